/// An output format of `check`: one type per format, one function from a run to text.
/// Adding a format is one file with a type conforming to this protocol plus one case in
/// `CheckFormat`.
public protocol CheckReporter {
    /// Which findings the format lists; the others may still be counted or marked.
    static var selection: FindingSelection { get }
    static func render(_ run: CheckRun) -> String
}

/// Which findings a format lists (SPEC §5, §7). The one place that decides it.
public enum FindingSelection: Sendable {
    /// Every finding, suppressed and baselined ones marked (json, sarif).
    case all
    /// Unsuppressed findings, baselined ones included (codeclimate: GitLab compares reports itself).
    case unsuppressed
    /// Unsuppressed findings, baselined ones only with `--show-baselined` (text, github).
    case visible
    /// What fails `check`: unsuppressed and not baselined, whatever `--show-baselined` says (junit).
    case new

    public func includes(_ finding: Finding, showBaselined: Bool) -> Bool {
        switch self {
        case .all: return true
        case .unsuppressed: return !finding.isSuppressed
        case .visible: return !finding.isSuppressed && (showBaselined || !finding.isBaselined)
        case .new: return !finding.isSuppressed && !finding.isBaselined
        }
    }
}

/// What a `check` format renders: the run's findings and files, the rules in effect, and
/// how the user asked to see them.
public struct CheckRun {
    /// Every finding of the reported files, in output order, suppressed and baselined ones marked.
    public var findings: [Finding]
    /// The files analysed (`isReported` says which the run reports on).
    public var files: [AnalyzedFile]
    /// The rules that ran (after `--select` / `--ignore`), for SARIF's rule list.
    public var rules: [any Rule]
    /// The project root, absolute.
    public var root: String
    public var showBaselined: Bool
    /// ANSI colour (standard output only, never a file).
    public var useColor: Bool
    /// Findings only, no summary line.
    public var quiet: Bool

    public init(findings: [Finding], files: [AnalyzedFile] = [], rules: [any Rule] = [], root: String = "/",
                showBaselined: Bool = false, useColor: Bool = false, quiet: Bool = false) {
        self.findings = findings
        self.files = files
        self.rules = rules
        self.root = root
        self.showBaselined = showBaselined
        self.useColor = useColor
        self.quiet = quiet
    }

    public init(result: AnalysisResult, rules: [any Rule], root: String, showBaselined: Bool = false,
                useColor: Bool = false, quiet: Bool = false) {
        self.init(findings: result.findings, files: result.files, rules: rules, root: root,
                  showBaselined: showBaselined, useColor: useColor, quiet: quiet)
    }

    /// The findings `selection` lists.
    public func findings(_ selection: FindingSelection) -> [Finding] {
        findings.filter { selection.includes($0, showBaselined: showBaselined) }
    }

    /// How many files the run reports on.
    public var reportedFileCount: Int { files.filter(\.isReported).count }
}
