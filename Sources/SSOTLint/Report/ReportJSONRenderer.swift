/// `report --format json`: the findings document of `check --format json` with a
/// `"report"` object (documented in the README).
public enum ReportJSONRenderer: ReportRenderer {
    public static func render(_ report: ComplianceReport, findings: [Finding]) -> String {
        JSONReporter.render(findings, extra: [("report", reportObject(report))])
    }

    static func pointObject(_ point: MigrationPoint?) -> String {
        guard let point else { return "null" }
        return "{\"files\": \(point.files), \"of\": \(point.of.map(String.init) ?? "null")}"
    }

    /// The `"report"` object.
    public static func reportObject(_ report: ComplianceReport) -> String {
        func score(_ score: CategoryScore) -> String {
            let exact = score.compliance.percentage.map { String($0) } ?? "null"
            let threshold = score.threshold.map { String($0) } ?? "null"
            return "{\"name\": \(JSONText.quoted(score.name)), \"files\": \(score.files), \"compliant\": \(score.compliant), "
                + "\"files_with_violations\": \(score.filesWithViolations), \"findings\": \(score.findings), "
                + "\"suppressed\": \(score.suppressed), \"baselined\": \(score.baselined), \"new_findings\": \(score.newFindings), "
                + "\"score\": \(exact), "
                + "\"score_display\": \(JSONText.quoted(score.compliance.display)), \"threshold\": \(threshold), "
                + "\"passed\": \(score.meetsThreshold)}"
        }
        let categories = report.categories.map(score).joined(separator: ",\n    ")
        let rules = report.rules.map {
            "{\"rule\": \(JSONText.quoted($0.rule)), \"severity\": \"\($0.severity.rawValue)\", \"findings\": \($0.findings), \"suppressed\": \($0.suppressed)}"
        }.joined(separator: ", ")
        let patterns = report.patternDistributions.map { distribution in
            let list = distribution.patterns.map { "{\"name\": \(JSONText.quoted($0.name)), \"files\": \($0.files)}" }.joined(separator: ", ")
            let canonical = distribution.canonical.map { JSONText.quoted($0) } ?? "null"
            return "{\"rule\": \(JSONText.quoted(distribution.ruleID)), \"canonical\": \(canonical), \"patterns\": [\(list)]}"
        }.joined(separator: ", ")
        let top = report.topFiles.map { "{\"path\": \(JSONText.quoted($0.path)), \"findings\": \($0.findings)}" }.joined(separator: ", ")
        let unanalysable = report.unanalysable.map {
            "{\"path\": \(JSONText.quoted($0.path)), \"rule\": \(JSONText.quoted($0.ruleID)), \"line\": \($0.line), \"col\": \($0.column), \"message\": \(JSONText.quoted($0.message))}"
        }.joined(separator: ", ")
        let failures = report.failures.map(JSONText.quoted).joined(separator: ", ")
        let skipped = report.skipped.map { "{\"path\": \(JSONText.quoted($0.path)), \"reason\": \(JSONText.quoted($0.reason))}" }
            .joined(separator: ", ")
        let unanalysableFiles = Set(report.unanalysable.map(\.path)).count
        let files = "{\"discovered\": \(report.overall.files + report.skipped.count), \"scored\": \(report.overall.files), "
            + "\"analysed\": \(report.overall.files - unanalysableFiles), \"unanalysable\": \(unanalysableFiles), "
            + "\"skipped\": [\(skipped)]}"
        let history = report.history.map(\.jsonLine).joined(separator: ", ")
        let scoredFiles = report.files.map {
            "{\"path\": \(JSONText.quoted($0.path)), \"category\": \(JSONText.quoted($0.category)), \"compliant\": \($0.compliant), "
                + "\"findings\": \($0.findings), \"suppressed\": \($0.suppressed), \"baselined\": \($0.baselined), "
                + "\"unanalysable\": \($0.unanalysable)}"
        }.joined(separator: ",\n    ")
        let folders = report.folders.map {
            "{\"path\": \(JSONText.quoted($0.path)), \"files\": \($0.files), \"compliant\": \($0.compliant), "
                + "\"score\": \($0.compliance.percentage.map { String($0) } ?? "null"), \"score_display\": \(JSONText.quoted($0.compliance.display))}"
        }.joined(separator: ", ")
        let migrations = report.migrations.map { migration in
            let trend = report.trend(of: migration)
            let share = migration.point.share?.percentage.map { String($0) } ?? "null"
            return "{\"rule\": \(JSONText.quoted(migration.rule)), \"kind\": \"\(migration.kind.rawValue)\", "
                + "\"subject\": \(JSONText.quoted(migration.subject)), \"files\": \(migration.files), "
                + "\"of\": \(migration.of.map(String.init) ?? "null"), \"share\": \(share), "
                + "\"previous\": \(pointObject(trend.previous)), \"first\": \(pointObject(trend.first))}"
        }.joined(separator: ", ")
        let newSince = report.newSince.map {
            "{\"ref\": \(JSONText.quoted($0.ref)), \"merge_base\": \(JSONText.quoted($0.mergeBase)), "
                + "\"subject\": \(JSONText.quoted($0.subject)), \"findings_at_base\": \($0.findingsAtBase)}"
        } ?? "null"
        return "{\n  \"files\": \(files),\n  \"categories\": [\n    \(categories)\n  ],\n  \"overall\": \(score(report.overall)),\n"
            + "  \"rules\": [\(rules)],\n  \"patterns\": [\(patterns)],\n  \"top_files\": [\(top)],\n"
            + "  \"unanalysable\": [\(unanalysable)],\n  \"history\": [\(history)],\n"
            + "  \"migrations\": [\(migrations)],\n  \"folders\": [\(folders)],\n  \"new_since\": \(newSince),\n"
            + "  \"scored_files\": [\n    \(scoredFiles)\n  ],\n"
            + "  \"verdict\": {\"passed\": \(report.passed), \"failures\": [\(failures)]}\n}"
    }
}
