/// A reference into a project module, whose match waits for the symbol index: which of
/// its file's target lists it resolves to, and where it is. Numbers only, no strings:
/// most such references never match, so their line fingerprint stays a number
/// (`LineFingerprint.text(of:)` makes the finding's `lineHash` when one does).
struct ProjectReference: Sendable, Equatable {
    /// Index into `ProjectReferences.targetLists`.
    var targets: Int32
    var line: UInt32
    var column: UInt32
    var endLine: UInt32
    var endColumn: UInt32
    var lineHash: UInt64

    /// The occurrence a rule reports at this reference, matched through `via`.
    func occurrence(key: String, detail: String, via: [String]) -> Occurrence {
        var occurrence = Occurrence(key: key, line: Int(line), column: Int(column), endLine: Int(endLine),
                                    endColumn: Int(endColumn), detail: detail)
        occurrence.lineHash = LineFingerprint.text(of: lineHash)
        occurrence.via = via
        return occurrence
    }
}

/// The references of one file that only the symbol index can match, for rules that
/// follow re-exports: those of every reference, and those of a `skip-type-checking`
/// rule's view (nil when it is the same).
struct ProjectReferences: Sendable, Equatable {
    /// The distinct target lists of the references, each once: a file names the same few
    /// paths many times, and the cross-file pass matches each list once.
    var targetLists: [[String]] = []
    var all: [ProjectReference] = []
    var runtime: [ProjectReference]?

    func references(skippingTypeChecking: Bool) -> [ProjectReference] {
        skippingTypeChecking ? runtime ?? all : all
    }
}
