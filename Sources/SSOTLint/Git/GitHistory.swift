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
        let log = try GitFirstParentLog(count: count, in: repository)
        guard let newest = log.commits.first else { return Run(entries: [], perFilePasses: 0) }
        // The blobs the older commits have in place of the newer ones, in one read.
        let options = FilePlan.discoveryOptions(configuration)
        try analyzer.prefetch(log.commits.dropLast().flatMap { commit in
            commit.changes.compactMap { change in
                change.before.flatMap { $0.kind == .file && options.includes(change.path) ? $0.object : nil }
            }
        })
        var tree = try GitTree(commit: newest.info.id, in: repository)
        var entries: [HistoryEntry] = []
        // Newest first: each commit's tree is the one after it with that commit's changes
        // undone, and its files reuse the outcomes of the files they share with it.
        for (index, commit) in log.commits.enumerated() {
            if index > 0 { tree = tree.undoing(log.commits[index - 1].changes, parent: commit.info.id) }
            let result = try analyzer.analyze(tree, reusing: index == 0 ? engine : nil).result
            let report = ReportBuilder.build(files: result.files, findings: result.findings, configuration: configuration,
                                             patternDistributions: result.patternDistributions, failUnder: failUnder,
                                             rulesInEffect: request.rules)
            entries.append(HistoryEntry(report: report, time: commit.info.date, commit: commit.info.id, subject: commit.info.subject))
        }
        return Run(entries: entries.reversed(), perFilePasses: analyzer.perFilePasses)
    }
}
