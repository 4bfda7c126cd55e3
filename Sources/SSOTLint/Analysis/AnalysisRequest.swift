import Foundation

/// What to analyse and how.
public struct AnalysisRequest {
    public var configuration: Configuration
    /// The rules that run (after `--select` / `--ignore`).
    public var rules: [any Rule]
    /// PATH arguments as typed (relative to `workingDirectory` or absolute); empty: the project.
    public var paths: [String] = []
    public var workingDirectory: String
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// `--stdin-filename`: this file's source comes from standard input (path as typed).
    public var stdin: (path: String, bytes: [UInt8])?
    public var reportUnusedSuppressions = false
    /// Reuse and update per-file outcomes under `cache-dir` (`--no-cache` turns it off).
    public var useCache = true
    /// Findings recorded here are marked baselined, and its entries that match nothing
    /// are listed as stale (SPEC §5); nil: no baseline.
    public var baseline: Baseline?
    /// The project's files as listed from a git tree instead of discovered on disk; their
    /// bytes are given to the engine with `update(_:)` (nil: discovery on disk).
    public var treeFiles: DiscoveredFiles?
    /// Plan `check --fix` rewrites from the tokens and facts of the per-file pass.
    public var planFixes = false
    /// Keep what `AnalysisEngine.fixes(for:findings:)` plans from, without planning every
    /// file's rewrites in each analysis (an editor asks for one file's at a time).
    public var keepsFixSources = false
    /// With a rule that follows re-exports, probe each file and give only those a re-export
    /// may lead to an API the second pass (`ReexportCandidates`); false gives every file
    /// that pass instead (the same findings, slower: tests compare the two).
    public var probesReexports = true

    public init(configuration: Configuration, rules: [any Rule], workingDirectory: String) {
        self.configuration = configuration
        self.rules = rules
        self.workingDirectory = workingDirectory
    }

    /// Whether the run reports on the whole project (no PATH arguments, no standard input).
    var isWholeProject: Bool { paths.isEmpty && stdin == nil }
}
