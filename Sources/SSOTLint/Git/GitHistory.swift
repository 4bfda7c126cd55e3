/// `report --git-history N`: the compliance of the last N first-parent commits of HEAD,
/// oldest first, computed from git objects in memory (nothing is checked out) with
/// today's configuration. Each distinct file version is analysed once, so N commits
/// cost about one cold run plus the files that changed.
public enum GitHistory {
    public struct Run: Sendable {
        public var entries: [HistoryEntry]
        /// Files that went through the per-file pass over all commits (for tests and benchmarks).
        public var perFilePasses: Int
    }

    /// The history of the project `engine` analysed; the newest commit reuses that
    /// analysis for the files that are the same in the work tree (most of them).
    public static func compute(commits count: Int, engine: AnalysisEngine, failUnder: Double? = nil) throws(GitError) -> Run {
        let request = engine.request
        let configuration = request.configuration
        let repository = try GitRepository(projectRoot: configuration.root)
        let analyzer = CommitAnalyzer(repository: repository, request: request)
        var entries: [HistoryEntry] = []
        // Newest first, each commit reusing the outcomes of the files it shares with the one after it.
        for (index, commit) in try repository.firstParentCommits(count: count).reversed().enumerated() {
            let result = try analyzer.analyzeWithOutcomes(commit.id, reusing: index == 0 ? engine : nil).result
            let report = ReportBuilder.build(files: result.files, findings: result.findings, configuration: configuration,
                                             patternDistributions: result.patternDistributions, failUnder: failUnder,
                                             rulesInEffect: request.rules)
            entries.append(HistoryEntry(report: report, time: commit.date, commit: commit.id, subject: commit.subject))
        }
        return Run(entries: entries.reversed(), perFilePasses: analyzer.perFilePasses)
    }
}
