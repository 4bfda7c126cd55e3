extension AnalysisEngine {
    /// The stages after the per-file pass, from the outcomes alone (no file is read):
    /// references through re-exports → cross-file rules → suppressions → sorted findings
    /// → baseline → fixes.
    func assemble(_ files: [String], _ outcomes: [String: FileOutcome]) -> AnalysisResult {
        let configuration = request.configuration
        let reexported = matchThroughReexports(files, outcomes)
        var findingsByFile = files.map { (outcomes[$0]?.findings ?? []) + (reexported.findings[$0] ?? []) }
        let indexOfPath = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1, $0) })
        var distributions: [PatternDistribution] = []
        for (ruleIndex, rule) in projectRules.enumerated() {
            // Once per rule: `common` is a copy each time it is asked for.
            let common = rule.common
            let occurrences = files.compactMap { path -> FileOccurrences? in
                guard let outcome = outcomes[path], !outcome.isUnanalysable, common.applies(to: path) else { return nil }
                return FileOccurrences(path: path, occurrences: outcome.occurrences[ruleIndex]
                    + (reexported.occurrences[ruleIndex]?[path] ?? []))
            }
            for finding in rule.findings(occurrences) {
                if let index = indexOfPath[finding.path] { findingsByFile[index].append(finding) }
            }
            if let patterns = rule as? CompetingPatternsRule {
                let canonical = patterns.canonical(occurrences).map { patterns.patterns[$0].name }
                // Every occurrence of a competing-patterns rule is a use of one of its patterns.
                let using = occurrences.filter { !$0.occurrences.isEmpty }.count
                distributions.append(PatternDistribution(ruleID: rule.common.id, canonical: canonical,
                                                         patterns: patterns.distribution(occurrences), filesUsingAny: using))
            }
        }

        let rulesByID = Dictionary(request.rules.map { ($0.common.id, $0.common) }, uniquingKeysWith: { first, _ in first })
        var findings: [Finding] = []
        var analysed: [AnalyzedFile] = []
        var fixSources: [(source: FixSource, findings: [Finding])] = []
        for (index, path) in files.enumerated() {
            let outcome = outcomes[path]
            var fileFindings = findingsByFile[index]
            if let suppressions = outcome?.suppressions {
                fileFindings += suppressions.apply(to: &fileFindings, path: path, rules: rulesByID,
                                                   requireReason: configuration.requireReason,
                                                   reportUnused: request.reportUnusedSuppressions)
            }
            let isReported = isReported(path)
            analysed.append(AnalyzedFile(path: path, category: outcome?.category ?? configuration.category(of: path),
                                         isUnanalysable: outcome?.isUnanalysable ?? true, isReported: isReported))
            guard isReported else { continue }
            findings += fileFindings
            if let source = outcome?.fixSource { fixSources.append((source, fileFindings)) }
        }
        findings.sort(by: Finding.outputOrder)
        var result = AnalysisResult(findings: findings, files: analysed, skippedSymlinks: discovered.skippedSymlinks,
                                    unreadablePaths: discovered.unreadable, patternDistributions: distributions)
        if let baseline = request.baseline {
            result.staleBaselineEntries = baseline.mark(&result.findings, scope: BaselineScope(request: request, result: result)).stale
        }
        if request.planFixes {
            result.fixPlan = ImportFixes.plan(fixSources, rules: request.rules.compactMap { $0 as? DeprecatedImportRule })
        }
        return result
    }
}
