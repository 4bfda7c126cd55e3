/// The findings a project has accepted for now (SPEC §5): `check` fails only on findings
/// that are not in it, while scores still count them. Entries are fingerprints, not line
/// numbers, so they survive edits elsewhere in a file and lines that move.
public struct Baseline: Sendable, Equatable {
    /// One accepted finding: its rule, its file, the `LineFingerprint` of its line, and
    /// its occurrence index among the findings that share those three, in output order
    /// (two identical violating lines in one file are entries 0 and 1).
    public struct Entry: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var rule: String
        public var path: String
        public var hash: String
        public var index: Int

        public init(rule: String, path: String, hash: String, index: Int) {
            self.rule = rule
            self.path = path
            self.hash = hash
            self.index = index
        }

        /// File order: path, rule, hash, index, so that a file's entries sit together in diffs.
        public static func < (a: Entry, b: Entry) -> Bool {
            if a.path != b.path { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
            if a.rule != b.rule { return a.rule.utf8.lexicographicallyPrecedes(b.rule.utf8) }
            if a.hash != b.hash { return a.hash.utf8.lexicographicallyPrecedes(b.hash.utf8) }
            return a.index < b.index
        }

        public var description: String { "\(path): \(rule) \(hash)#\(index)" }
    }

    /// Sorted in file order, without duplicates.
    public private(set) var entries: [Entry]

    public init<Entries: Sequence>(entries: Entries) where Entries.Element == Entry {
        self.entries = Set(entries).sorted()
    }

    public init() {
        entries = []
    }

    /// The entries that record `findings`; suppressed findings are not recorded.
    public static func entries(for findings: [Finding]) -> [Entry] {
        fingerprints(of: findings).map(\.entry).sorted()
    }

    /// This baseline with the entries `scope` covers replaced by those of `findings`:
    /// `ssotlint baseline` records today's findings without dropping the entries of
    /// files or rules that the run did not look at.
    public func recording(_ findings: [Finding], scope: BaselineScope = .everything) -> Baseline {
        Baseline(entries: entries.filter { !scope.covers($0) } + Baseline.entries(for: findings))
    }

    /// This baseline without `stale`. `ssotlint baseline --prune` only ever removes, so
    /// that a fixed violation cannot come back unnoticed.
    public func removing<Entries: Sequence>(_ stale: Entries) -> Baseline where Entries.Element == Entry {
        let removed = Set(stale)
        return Baseline(entries: entries.filter { !removed.contains($0) })
    }

    /// Each unsuppressed finding's position in `findings` with its entry. Occurrence
    /// indices count in output order, whatever order `findings` is in.
    static func fingerprints(of findings: [Finding]) -> [(position: Int, entry: Entry)] {
        let order = findings.indices.filter { !findings[$0].isSuppressed }.sorted { a, b in
            if Finding.outputOrder(findings[a], findings[b]) { return true }
            if Finding.outputOrder(findings[b], findings[a]) { return false }
            return a < b
        }
        var seen: [Entry: Int] = [:]
        return order.map { position in
            let finding = findings[position]
            let key = Entry(rule: finding.ruleID, path: finding.path, hash: finding.lineHash, index: 0)
            let index = seen[key, default: 0]
            seen[key] = index + 1
            return (position, Entry(rule: finding.ruleID, path: finding.path, hash: finding.lineHash, index: index))
        }
    }
}
