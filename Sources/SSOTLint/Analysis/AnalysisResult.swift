/// One file that was analysed.
public struct AnalyzedFile: Sendable {
    public var path: String
    public var category: String
    /// It could not be read, decoded or lexed.
    public var isUnanalysable: Bool
    /// A PATH argument named it (or none were given).
    public var isReported: Bool

    public init(path: String, category: String, isUnanalysable: Bool = false, isReported: Bool = true) {
        self.path = path
        self.category = category
        self.isUnanalysable = isUnanalysable
        self.isReported = isReported
    }
}

/// How a `competing-patterns` rule's patterns are used across the project.
public struct PatternDistribution: Sendable {
    public var ruleID: String
    public var canonical: String?
    public var patterns: [(name: String, files: Int)]
    /// Files that use any of the patterns (a file using two counts once).
    public var filesUsingAny: Int

    public init(ruleID: String, canonical: String?, patterns: [(name: String, files: Int)], filesUsingAny: Int? = nil) {
        self.ruleID = ruleID
        self.canonical = canonical
        self.patterns = patterns
        self.filesUsingAny = filesUsingAny ?? patterns.map(\.files).max() ?? 0
    }
}

public struct AnalysisResult {
    /// Findings of the reported files, suppressed and baselined ones included (and
    /// marked), in output order.
    public var findings: [Finding]
    public var files: [AnalyzedFile]
    public var skippedSymlinks: [String]
    /// Folders and names discovery could not read, with the reason.
    public var unreadablePaths: [UnreadablePath]
    public var patternDistributions: [PatternDistribution]
    /// The baseline's entries that the run could judge and that matched no finding.
    public var staleBaselineEntries: [Baseline.Entry] = []
    /// The rewrites of `check --fix`, when the request asked for them.
    public var fixPlan: FixPlan?
}

extension AnalysisResult {
    /// Symbolic links and unreadable paths, each with why it was not analysed.
    public var skippedPaths: [UnreadablePath] {
        (skippedSymlinks.map { UnreadablePath(path: $0, reason: "symbolic link (not followed)") } + unreadablePaths)
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Compliance over the reported files.
    public func compliance(countSeverities: Set<Severity>) -> Compliance {
        var byPath: [String: [Finding]] = [:]
        for finding in findings { byPath[finding.path, default: []].append(finding) }
        let reported = files.filter(\.isReported)
        let compliant = reported.filter { file in
            Compliance.isCompliant(byPath[file.path] ?? [], unanalysable: file.isUnanalysable, countSeverities: countSeverities)
        }.count
        return Compliance(files: reported.count, compliant: compliant)
    }
}
