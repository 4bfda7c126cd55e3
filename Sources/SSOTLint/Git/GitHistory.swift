import Dispatch

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
        var engines: [AnalysisEngine] = []
        // Newest first: each commit's tree is the one after it with that commit's changes
        // undone, and its files reuse the outcomes of the files they share with it.
        for (index, commit) in log.commits.enumerated() {
            if index > 0 { tree = tree.undoing(log.commits[index - 1].changes, parent: commit.info.id) }
            engines.append(try analyzer.prepare(tree, reusing: index == 0 ? engine : nil))
        }
        // The per-file passes are done; the commits' cross-file passes and reports are
        // independent of each other.
        var entries = [HistoryEntry?](repeating: nil, count: engines.count)
        entries.withUnsafeMutableBufferPointer { slots in
            let next = WorkCounter()
            DispatchQueue.concurrentPerform(iterations: max(1, min(request.jobs, slots.count))) { _ in
                while let index = next.take(below: slots.count) {
                    let result = engines[index].analyze()
                    let report = ReportBuilder.build(files: result.files, findings: result.findings, configuration: configuration,
                                                     patternDistributions: result.patternDistributions, failUnder: failUnder,
                                                     rulesInEffect: request.rules)
                    let info = log.commits[index].info
                    slots[index] = HistoryEntry(report: report, time: info.date, commit: info.id, subject: info.subject)
                }
            }
        }
        return Run(entries: entries.compactMap { $0 }.reversed(), perFilePasses: analyzer.perFilePasses)
    }
}
