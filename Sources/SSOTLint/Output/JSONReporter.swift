/// `--format json` (SPEC §7): `{"version": 1, "findings": [...]}` with every finding,
/// suppressed and baselined ones marked; `report` adds a `"report"` object.
public enum JSONReporter {
    public static let version = 1

    public static func render(_ findings: [Finding], extra: [(key: String, json: String)] = []) -> String {
        var output = "{\"version\": \(version), \"findings\": ["
        for (index, finding) in findings.enumerated() {
            output += index == 0 ? "\n  " : ",\n  "
            output += object(finding)
        }
        output += findings.isEmpty ? "]" : "\n]"
        for (key, json) in extra {
            output += ", \(JSONText.quoted(key)): \(json)"
        }
        return output + "}\n"
    }

    static func object(_ finding: Finding) -> String {
        "{\"rule\": \(JSONText.quoted(finding.ruleID)), \"severity\": \"\(finding.severity.rawValue)\", "
            + "\"path\": \(JSONText.quoted(finding.path)), \"line\": \(finding.line), \"col\": \(finding.column), "
            + "\"end_line\": \(finding.endLine), \"end_col\": \(finding.endColumn), "
            + "\"message\": \(JSONText.quoted(finding.message)), "
            + "\"suppressed\": \(finding.isSuppressed), \"baselined\": \(finding.isBaselined)}"
    }
}
