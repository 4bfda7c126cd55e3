/// `--format json` (SPEC §7): `{"version": 1, "findings": [...]}` with every finding,
/// suppressed and baselined ones marked; `report` adds a `"report"` object.
public enum JSONReporter {
    public static let version = 1

    public static func render(_ findings: [Finding], extra: [(key: String, json: String)] = []) -> String {
        // One string grown in place: interpolating each finding into its own string and
        // joining them cost ~25,000 instructions a finding.
        var output = "{\"version\": \(version), \"findings\": ["
        output.reserveCapacity(64 + findings.count * 256)
        for (index, finding) in findings.enumerated() {
            output += index == 0 ? "\n  " : ",\n  "
            append(finding, to: &output)
        }
        output += findings.isEmpty ? "]" : "\n]"
        for (key, json) in extra {
            output += ", "
            output += JSONText.quoted(key)
            output += ": "
            output += json
        }
        output += "}\n"
        return output
    }

    static func append(_ finding: Finding, to output: inout String) {
        output += "{\"rule\": "
        output += JSONText.quoted(finding.ruleID)
        output += ", \"severity\": \""
        output += finding.severity.rawValue
        output += "\", \"path\": "
        output += JSONText.quoted(finding.path)
        output += ", \"line\": "
        output += String(finding.line)
        output += ", \"col\": "
        output += String(finding.column)
        output += ", \"end_line\": "
        output += String(finding.endLine)
        output += ", \"end_col\": "
        output += String(finding.endColumn)
        output += ", \"message\": "
        output += JSONText.quoted(finding.message)
        output += ", \"suppressed\": "
        output += finding.isSuppressed ? "true" : "false"
        output += ", \"baselined\": "
        output += finding.isBaselined ? "true" : "false"
        output += "}"
    }
}
