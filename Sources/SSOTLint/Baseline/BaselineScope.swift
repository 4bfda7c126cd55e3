/// The part of the project a run saw, and so the baseline entries it can speak for. A
/// run limited by PATH arguments, `--stdin-filename` or `--select` / `--ignore` sees only
/// some findings: entries outside its scope are neither stale (`check`, `baseline
/// --prune`) nor replaced (`baseline`).
public struct BaselineScope: Sendable, Equatable {
    /// The files reported on; nil: the whole project, so the entries of files that are
    /// gone or now excluded are stale too.
    public var reportedPaths: Set<String>?
    /// Files that could not be analysed: whether their entries still match is unknown.
    public var unanalysablePaths: Set<String>
    /// Rule ids that exist but did not run (deselected, or `unused-suppression` when it is
    /// not reported). An entry of a rule that no longer exists at all is stale.
    public var rulesNotRun: Set<String>

    /// Every entry: the run saw the whole project with every rule.
    public static let everything = BaselineScope(reportedPaths: nil, unanalysablePaths: [], rulesNotRun: [])

    public init(reportedPaths: Set<String>?, unanalysablePaths: Set<String>, rulesNotRun: Set<String>) {
        self.reportedPaths = reportedPaths
        self.unanalysablePaths = unanalysablePaths
        self.rulesNotRun = rulesNotRun
    }

    /// The scope of the run of `request` that produced `result`: a run limited by PATH
    /// arguments or standard input reports on some files only, and rules that did not run
    /// (deselected, or `unused-suppression` when it is not reported) say nothing.
    public init(request: AnalysisRequest, result: AnalysisResult) {
        reportedPaths = request.isWholeProject ? nil : Set(result.files.filter(\.isReported).map(\.path))
        unanalysablePaths = Set(result.files.filter(\.isUnanalysable).map(\.path))
        var notRun = Set(request.configuration.rules.map(\.common.id)).subtracting(request.rules.map(\.common.id))
        if !request.reportUnusedSuppressions { notRun.insert(BuiltinFindingID.unusedSuppression) }
        rulesNotRun = notRun
    }

    /// The run looked for this entry's finding (its file and its rule).
    public func covers(_ entry: Baseline.Entry) -> Bool {
        (reportedPaths?.contains(entry.path) ?? true) && !rulesNotRun.contains(entry.rule)
    }

    /// The run can tell that this entry no longer matches: it covers it and could
    /// analyse its file.
    public func judges(_ entry: Baseline.Entry) -> Bool {
        covers(entry) && !unanalysablePaths.contains(entry.path)
    }
}
