/// Builds the compliance report from an analysis: every reported file in exactly one
/// category, scores from all of its findings (never a truncated list).
public enum ReportBuilder {
    public static let topFileCount = 10

    public static func build(files: [AnalyzedFile], findings: [Finding], configuration: Configuration,
                             patternDistributions: [PatternDistribution] = [], failUnder: Double? = nil,
                             rulesInEffect: [any Rule]? = nil) -> ComplianceReport {
        let counted = configuration.countSeverities
        var categories = configuration.categories.map {
            CategoryScore(name: $0.name, threshold: configuration.thresholds.categories[$0.name])
        }
        var other = CategoryScore(name: Category.otherName, threshold: configuration.thresholds.categories[Category.otherName])
        var overall = CategoryScore(name: "Overall", threshold: strictest(configuration.thresholds.overall, failUnder))

        var byPath: [String: [Finding]] = [:]
        for finding in findings { byPath[finding.path, default: []].append(finding) }
        var rules: [String: ComplianceReport.RuleCount] = [:]
        var topFiles: [ComplianceReport.FileCount] = []
        var fileScores: [FileScore] = []
        for file in files where file.isReported {
            let fileFindings = byPath[file.path] ?? []
            var score = CategoryScore(name: "")
            score.files = 1
            score.compliant = Compliance.isCompliant(fileFindings, unanalysable: file.isUnanalysable, countSeverities: counted) ? 1 : 0
            var shown = 0
            for finding in fileFindings {
                var count = rules[finding.ruleID]
                    ?? ComplianceReport.RuleCount(rule: finding.ruleID, severity: finding.severity, findings: 0, suppressed: 0)
                if finding.isSuppressed {
                    score.suppressed += 1
                    count.suppressed += 1
                } else {
                    count.findings += 1
                    shown += 1
                    let counts = counted.contains(finding.severity) || isUnanalysable(finding)
                    if counts { score.findings += 1 }
                    if finding.isBaselined { score.baselined += 1 } else if counts { score.newFindings += 1 }
                }
                rules[finding.ruleID] = count
            }
            if shown > 0 { topFiles.append(.init(path: file.path, findings: shown)) }
            fileScores.append(FileScore(path: file.path, category: file.category, compliant: score.compliant == 1,
                                        findings: score.findings, suppressed: score.suppressed, baselined: score.baselined,
                                        unanalysable: file.isUnanalysable))
            add(score, to: &overall)
            if let index = categories.firstIndex(where: { $0.name == file.category }) {
                add(score, to: &categories[index])
            } else {
                add(score, to: &other)
            }
        }
        if other.files > 0 { categories.append(other) }
        topFiles.sort { $0.findings != $1.findings ? $0.findings > $1.findings : $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let ruleCounts = rules.values.sorted { $0.findings != $1.findings ? $0.findings > $1.findings : $0.rule < $1.rule }
        var report = ComplianceReport(
            categories: categories, overall: overall, rules: ruleCounts, patternDistributions: patternDistributions,
            topFiles: Array(topFiles.prefix(topFileCount)),
            unanalysable: findings.filter(isUnanalysable))
        report.files = fileScores
        report.migrations = Migration.of(patternDistributions, findings: findings, rules: rulesInEffect ?? configuration.rules)
        return report
    }

    static func isUnanalysable(_ finding: Finding) -> Bool {
        [BuiltinFindingID.syntaxError, BuiltinFindingID.encodingError, BuiltinFindingID.unreadableFile].contains(finding.ruleID)
    }

    static func add(_ score: CategoryScore, to total: inout CategoryScore) {
        total.files += score.files
        total.compliant += score.compliant
        total.findings += score.findings
        total.suppressed += score.suppressed
        total.baselined += score.baselined
        total.newFindings += score.newFindings
    }

    /// Of two optional thresholds, the higher.
    static func strictest(_ a: Double?, _ b: Double?) -> Double? {
        switch (a, b) {
        case let (a?, b?): return max(a, b)
        default: return a ?? b
        }
    }

    /// Categories (and the overall score) whose exact score is more than 0.05 points
    /// below the last recorded run's; compared in integers:
    /// `c/f·100 < lc/lf·100 − 0.05` ⇔ `2000·c·lf + f·lf < 2000·lc·f`.
    public static func ratchetDrops(_ report: ComplianceReport, since last: HistoryEntry) -> [RatchetDrop] {
        var drops: [RatchetDrop] = []
        for score in report.categories + [report.overall] {
            guard let previous = last.scores[score.name], previous.files > 0, score.files > 0 else { continue }
            let (c, f, lc, lf) = (score.compliant, score.files, previous.compliant, previous.files)
            if 2000 * c * lf + f * lf < 2000 * lc * f {
                drops.append(RatchetDrop(category: score.name, previous: previous, current: score.compliance))
            }
        }
        return drops
    }
}
