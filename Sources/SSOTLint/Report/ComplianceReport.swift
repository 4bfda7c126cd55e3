/// The scores of one category (or of all files): SPEC §6.
public struct CategoryScore: Sendable, Equatable {
    public var name: String
    public var files = 0
    public var compliant = 0
    /// Unsuppressed findings of a counted severity.
    public var findings = 0
    public var suppressed = 0
    /// Unsuppressed findings recorded in the baseline (they still count).
    public var baselined = 0
    /// Unsuppressed findings of a counted severity that are not baselined: with
    /// `--new-since`, the ones the branch brought.
    public var newFindings = 0
    public var threshold: Double?

    public init(name: String, threshold: Double? = nil) {
        self.name = name
        self.threshold = threshold
    }

    public var compliance: Compliance { Compliance(files: files, compliant: compliant) }
    public var filesWithViolations: Int { files - compliant }
    /// An empty category meets any threshold.
    public var meetsThreshold: Bool { threshold.map { compliance.meets($0) } ?? true }
}

/// A category whose score fell since the last recorded run (`--ratchet`).
public struct RatchetDrop: Sendable, Equatable {
    public var category: String
    public var previous: Compliance
    public var current: Compliance
}

/// Everything `ssotlint report` shows, computed from findings alone so that it can be
/// tested with hand-made ones.
public struct ComplianceReport: Sendable {
    public struct RuleCount: Sendable, Equatable {
        public var rule: String
        public var severity: Severity
        public var findings: Int
        public var suppressed: Int
    }

    public struct FileCount: Sendable, Equatable {
        public var path: String
        public var findings: Int
    }

    public var categories: [CategoryScore]
    public var overall: CategoryScore
    public var rules: [RuleCount]
    public var patternDistributions: [PatternDistribution]
    public var topFiles: [FileCount]
    /// The `syntax-error`, `encoding-error` and `unreadable-file` findings.
    public var unanalysable: [Finding]
    /// Paths discovery found but did not analyse (symbolic links, unreadable folders),
    /// with the reason: with the scored files they account for everything discovered.
    public var skipped: [UnreadablePath] = []
    public var ratchetDrops: [RatchetDrop] = []
    public var history: [HistoryEntry] = []
    /// Whether `history`'s last entry is this run (`--history FILE`) rather than the
    /// commit before it (`--git-history`): the migrations' "since the previous run" differs.
    public var historyEndsWithThisRun = true
    /// Each migration's progress (competing patterns, deprecated imports).
    public var migrations: [Migration] = []
    /// Every scored file.
    public var files: [FileScore] = []
    /// How many folder levels the folder breakdown keeps (0: none).
    public var folderDepth = 1
    /// With `--new-since`: the merge-base that the new findings are counted against.
    public var newSince: NewSinceNote?

    /// The folder breakdown, worst first.
    public var folders: [FolderScore] { FolderScore.breakdown(files, depth: folderDepth) }

    /// A migration's point in the previous run and in the first run of the history, if recorded.
    public func trend(of migration: Migration) -> (previous: MigrationPoint?, first: MigrationPoint?) {
        let earlier = historyEndsWithThisRun ? history.dropLast() : history[...]
        return (earlier.last?.migrations[migration.key], earlier.first?.migrations[migration.key])
    }

    /// Why the run fails; empty when every threshold is met.
    public var failures: [String] {
        var reasons: [String] = []
        for score in categories + [overall] where !score.meetsThreshold {
            reasons.append("\(score.name) \(score.compliance.display)% is below its threshold of \(Self.format(score.threshold ?? 0))%")
        }
        for drop in ratchetDrops {
            reasons.append("\(drop.category) fell from \(drop.previous.display)% to \(drop.current.display)% since the last recorded run")
        }
        return reasons
    }

    public var passed: Bool { failures.isEmpty }

    /// A threshold as written: `95`, `99.5`.
    public static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
