/// `--format codeclimate`: the Code Climate issue list GitLab reads as a Code Quality
/// report (`artifacts: reports: codequality`). One issue per unsuppressed finding.
/// Baselined findings are included: GitLab compares the merge request's report with the
/// target branch's itself and shows only what changed, so hiding them would make every
/// baselined finding look "fixed". Severities: error → major, warning → minor, info → info.
/// The fingerprint hashes rule, path, line hash and occurrence index, so it survives line
/// moves and is unique within a report.
public enum CodeClimateReporter: CheckReporter {
    public static let selection = FindingSelection.unsuppressed

    public static func render(_ run: CheckRun) -> String {
        // Occurrence indices count every finding, as SARIF's do, so both name a finding alike.
        let occurrences = SARIFReporter.occurrenceIndices(run.findings)
        var issues: [String] = []
        for (index, finding) in run.findings.enumerated() where selection.includes(finding, showBaselined: run.showBaselined) {
            issues.append(issue(finding, fingerprint: fingerprint(finding, occurrence: occurrences[index])))
        }
        if issues.isEmpty { return "[]\n" }
        return "[\n  " + issues.joined(separator: ",\n  ") + "\n]\n"
    }

    static func issue(_ finding: Finding, fingerprint: String) -> String {
        "{\"type\": \"issue\", \"check_name\": \(JSONText.quoted(finding.ruleID)), "
            + "\"description\": \(JSONText.quoted(finding.messageWithVia)), \"categories\": [\"Style\"], "
            + "\"severity\": \"\(severity(finding.severity))\", \"fingerprint\": \"\(fingerprint)\", "
            + "\"location\": {\"path\": \(JSONText.quoted(finding.path)), "
            + "\"lines\": {\"begin\": \(finding.line), \"end\": \(max(finding.endLine, finding.line))}}}"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    /// 32 hex digits, as long as the MD5 digests other Code Climate tools use: FNV-1a of the
    /// identifying fields, then of the same fields in reverse order.
    static func fingerprint(_ finding: Finding, occurrence: Int) -> String {
        let fields = [finding.ruleID, finding.path, finding.lineHash, String(occurrence)]
        return LineFingerprint.hash(bytes: Array(fields.joined(separator: "\u{0}").utf8))
            + LineFingerprint.hash(bytes: Array(fields.reversed().joined(separator: "\u{1}").utf8))
    }
}
