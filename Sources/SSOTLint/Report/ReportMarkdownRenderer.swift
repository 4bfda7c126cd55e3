/// `report --format markdown`: the report as a pull-request comment.
public enum ReportMarkdownRenderer: ReportRenderer {
    public static func render(_ report: ComplianceReport, findings: [Finding]) -> String {
        let grouped = ReportTextRenderer.grouped
        var lines = ["## SSOT compliance — \(report.passed ? "✅ pass" : "❌ fail")", ""]
        let showsNew = report.newSince != nil
        lines.append("| Category | Score | Threshold | Verdict | Files | Compliant | With violations | Findings | Suppressed | Baselined |"
            + (showsNew ? " New |" : ""))
        lines.append("|---|---:|---:|:---:|---:|---:|---:|---:|---:|---:|" + (showsNew ? "---:|" : ""))
        for score in report.categories + [report.overall] {
            let name = score.name == "Overall" ? "**Overall**" : escape(score.name)
            let value = score.files > 0 ? score.compliance.display + "%" : "n/a"
            let threshold = score.threshold.map { ComplianceReport.format($0) + "%" } ?? "—"
            let verdict = score.threshold == nil ? "—" : (score.meetsThreshold ? "✅" : "❌")
            lines.append("| \(name) | \(value) | \(threshold) | \(verdict) | \(grouped(score.files)) | \(grouped(score.compliant)) | "
                + "\(grouped(score.filesWithViolations)) | \(grouped(score.findings)) | \(grouped(score.suppressed)) | \(grouped(score.baselined)) |"
                + (showsNew ? " \(grouped(score.newFindings)) |" : ""))
        }
        if !report.failures.isEmpty {
            lines += [""] + report.failures.map { "- ❌ \(escape($0))" }
        }
        if let note = report.newSince {
            lines += ["", "\(escape(note.text)); *New* counts the findings it did not have."]
        }
        if !report.rules.isEmpty {
            lines += ["", "### Findings per rule", "", "| Rule | Severity | Findings | Suppressed |", "|---|---|---:|---:|"]
            for rule in report.rules {
                lines.append("| `\(rule.rule)` | \(rule.severity.rawValue) | \(rule.findings) | \(rule.suppressed) |")
            }
        }
        for distribution in report.patternDistributions {
            lines += ["", "### Competing patterns: `\(distribution.ruleID)`", "", "| Pattern | Files |", "|---|---:|"]
            for pattern in distribution.patterns {
                let mark = pattern.name == distribution.canonical ? " (canonical)" : ""
                lines.append("| \(escape(pattern.name))\(mark) | \(pattern.files) |")
            }
        }
        if !report.migrations.isEmpty {
            lines += ["", "### Migration progress", "", "| Rule | Migration | Now | Change |", "|---|---|---|---|"]
            for migration in report.migrations {
                let target = migration.kind == .canonicalPattern ? "to `\(migration.subject)`" : "off `\(migration.subject)`"
                let trend = ReportTextRenderer.trendText(report, migration).trimmingCharacters(in: .whitespaces)
                lines.append("| `\(migration.rule)` | \(target) | \(escape(migration.point.text)) | \(trend.isEmpty ? "—" : escape(trend)) |")
            }
        }
        let folders = report.folders
        if !folders.isEmpty {
            lines += ["", "<details><summary>Folders (worst first)</summary>", "", "| Folder | Score | Files | Compliant |", "|---|---:|---:|---:|"]
            lines += folders.map { "| `\($0.path)` | \($0.compliance.display)% | \(grouped($0.files)) | \(grouped($0.compliant)) |" }
            lines += ["", "</details>"]
        }
        if !report.topFiles.isEmpty {
            lines += ["", "<details><summary>Files with the most findings</summary>", "", "| File | Findings |", "|---|---:|"]
            lines += report.topFiles.map { "| `\($0.path)` | \($0.findings) |" }
            lines += ["", "</details>"]
        }
        if !report.unanalysable.isEmpty {
            lines += ["", "### Unanalysable files", ""]
            lines += report.unanalysable.map { "- `\($0.path):\($0.line):\($0.column)` \($0.ruleID): \(escape($0.message))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            if "|*_`<>[]\\".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
