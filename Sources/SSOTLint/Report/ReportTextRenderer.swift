/// `report --format text`: the table of SPEC §1 with the columns of §6, then findings per
/// rule, competing-pattern distributions, the files with the most findings, the
/// unanalysable files, the score over time and the verdict.
public enum ReportTextRenderer: ReportRenderer {
    public static func render(_ report: ComplianceReport, findings: [Finding]) -> String {
        var lines = ["SSOT compliance — \(grouped(report.overall.files)) files", ""]
        lines += table(report)
        lines += newSinceLines(report)
        if !report.rules.isEmpty {
            lines += ["", "Findings per rule"]
            let width = report.rules.map(\.rule.count).max() ?? 0
            for rule in report.rules {
                let suppressed = rule.suppressed > 0 ? "  (\(rule.suppressed) suppressed)" : ""
                lines.append("  \(pad(rule.rule, width))  \(leftPad(String(rule.findings), 6))  \(pad(rule.severity.rawValue, 7))\(suppressed)")
            }
        }
        for distribution in report.patternDistributions {
            lines += ["", "Competing patterns: \(distribution.ruleID)"]
            let width = distribution.patterns.map(\.name.count).max() ?? 0
            for pattern in distribution.patterns {
                let mark = pattern.name == distribution.canonical ? "  (canonical)" : ""
                lines.append("  \(pad(pattern.name, width))  \(leftPad(String(pattern.files), 6)) \(pad(pattern.files == 1 ? "file" : "files", 5))\(mark)")
            }
        }
        lines += migrationLines(report)
        lines += folderLines(report)
        if !report.topFiles.isEmpty {
            lines += ["", "Files with the most findings"]
            for file in report.topFiles { lines.append("  \(leftPad(String(file.findings), 6))  \(file.path)") }
        }
        if !report.unanalysable.isEmpty {
            lines += ["", "Unanalysable files"]
            for finding in report.unanalysable {
                lines.append("  \(finding.path):\(finding.line):\(finding.column): \(finding.ruleID) \(finding.message)")
            }
        }
        if !report.skipped.isEmpty {
            lines += ["", "Skipped paths"]
            for path in report.skipped { lines.append("  \(path.path): \(path.reason)") }
        }
        if !report.history.isEmpty {
            lines += ["", "Score over time (overall)"]
            for entry in report.history.suffix(10) {
                let score = entry.scores["Overall"].map { $0.display + "%" } ?? "n/a"
                let commit = (entry.commit.map { "  " + String($0.prefix(10)) } ?? "") + (entry.subject.map { "  " + $0 } ?? "")
                lines.append("  \(entry.time)  \(leftPad(score, 7))\(commit)")
            }
        }
        lines.append("")
        let failures = report.failures
        lines.append(failures.isEmpty ? "Verdict: pass" : "Verdict: FAIL")
        lines += failures.map { "  - \($0)" }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    }

    static let headers = ["", "Score", "Threshold", "Verdict", "Files", "Compliant", "With violations", "Findings",
                          "Suppressed", "Baselined"]

    static func table(_ report: ComplianceReport) -> [String] {
        // With --new-since, the findings the branch brought sit beside the scores.
        let headers = report.newSince == nil ? Self.headers : Self.headers + ["New"]
        let rows = (report.categories + [report.overall]).map { score -> [String] in
            let new = report.newSince == nil ? [] : [grouped(score.newFindings)]
            return [score.name, score.compliance.files > 0 ? score.compliance.display + "%" : "n/a",
             score.threshold.map { ComplianceReport.format($0) + "%" } ?? "—",
             score.threshold == nil ? "—" : (score.meetsThreshold ? "pass" : "FAIL"),
             grouped(score.files), grouped(score.compliant), grouped(score.filesWithViolations), grouped(score.findings),
             grouped(score.suppressed), grouped(score.baselined)] + new
        }
        let widths = headers.indices.map { column in ([headers] + rows).map { $0[column].count }.max() ?? 0 }
        return ([headers] + rows).map { row in
            "  " + row.enumerated().map { column, text in
                column == 0 ? pad(text, widths[column]) : leftPad(text, widths[column])
            }.joined(separator: "  ")
        }
    }

    /// `1138` → `1,138`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
