/// `--new-since REF`: the findings the project had at the merge-base of REF and HEAD,
/// used as the baseline of today's run (same fingerprints and occurrence matching as the
/// baseline file, so moved lines stay matched). The merge-base is analysed from git
/// objects with today's configuration, so a rule added since then does not pass off
/// old code as new; files renamed since then keep their findings under the new name.
public struct NewSinceBaseline: Sendable {
    public var ref: String
    public var mergeBase: CommitInfo
    /// Unsuppressed findings at the merge-base.
    public var findingsAtBase: Int
    public var baseline: Baseline

    /// The baseline for today's run of `engine` (already analysed once: its outcomes are
    /// reused for files that did not change since the merge-base).
    public init(ref: String, engine: AnalysisEngine) throws(GitError) {
        let root = engine.request.configuration.root
        let repository = try GitRepository(projectRoot: root)
        let base = try repository.mergeBase(of: ref)
        self.ref = ref
        mergeBase = try repository.info(base)
        let analyzer = CommitAnalyzer(repository: repository, request: engine.request)
        let (result, outcomes) = try analyzer.analyze(GitTree(commit: base, in: repository), reusing: engine)
        let renames = try RenameMap(from: base, in: repository, baseOutcomes: outcomes, today: engine.fileOutcomes)
        var findings = result.findings.filter { !$0.isSuppressed }
        for index in findings.indices {
            if let renamed = renames.newPath[findings[index].path] { findings[index].path = renamed }
        }
        findingsAtBase = findings.count
        baseline = Baseline(entries: Baseline.entries(for: findings))
    }

    /// Marks today's findings that the merge-base already had as baselined (and only those).
    public func mark(_ findings: inout [Finding]) {
        baseline.mark(&findings)
    }

    /// What the report says of it.
    public var note: NewSinceNote {
        NewSinceNote(ref: ref, mergeBase: mergeBase.id, subject: mergeBase.subject, findingsAtBase: findingsAtBase)
    }

    /// The line for people: which commit was compared with and what it had.
    public var summary: String {
        let finding = findingsAtBase == 1 ? "finding" : "findings"
        return "new since \(ref): merge-base \(mergeBase.id.prefix(10)) (\(mergeBase.subject)) had \(findingsAtBase) \(finding); "
            + "those still present are baselined"
    }
}
