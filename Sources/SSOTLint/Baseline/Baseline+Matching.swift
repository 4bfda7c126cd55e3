extension Baseline {
    /// Marks the findings recorded in `entries` as baselined (and clears the mark on the
    /// others). Returns how many were marked and the entries that matched no finding,
    /// counting only entries that `scope` can judge: a run limited to some files or
    /// rules says nothing about the others.
    @discardableResult
    public static func mark(_ findings: inout [Finding], entries: [Entry],
                            scope: BaselineScope = .everything) -> (matched: Int, stale: [Entry]) {
        var unmatched = Set(entries)
        var matched = 0
        for position in findings.indices { findings[position].isBaselined = false }
        for (position, entry) in fingerprints(of: findings) where unmatched.remove(entry) != nil {
            findings[position].isBaselined = true
            matched += 1
        }
        return (matched, unmatched.filter(scope.judges).sorted())
    }

    /// `mark(_:entries:scope:)` with this baseline's entries.
    @discardableResult
    public func mark(_ findings: inout [Finding], scope: BaselineScope = .everything) -> (matched: Int, stale: [Entry]) {
        Baseline.mark(&findings, entries: entries, scope: scope)
    }
}
