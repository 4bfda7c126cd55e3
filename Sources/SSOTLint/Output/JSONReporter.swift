/// `--format json` (SPEC §7): `{"version": 1, "findings": [...]}` with every finding,
/// suppressed and baselined ones marked; `report` adds a `"report"` object.
public enum JSONReporter: CheckReporter {
    public static let version = 1
    public static let selection = FindingSelection.all

    public static func render(_ run: CheckRun) -> String {
        render(run.findings(selection))
    }

    /// The document with these findings and, after them, the `extra` keys (`report`'s object).
    public static func render(_ findings: [Finding], extra: [(key: String, json: String)] = []) -> String {
        // Bytes appended to one buffer: building a string per finding, or appending to a
        // String piece by piece, cost 15,000–25,000 instructions a finding.
        var output = JSONBytes(capacity: 64 + findings.count * 256)
        output.append("{\"version\": \(version), \"findings\": [")
        for (index, finding) in findings.enumerated() {
            output.append(index == 0 ? "\n  " : ",\n  ")
            append(finding, to: &output)
        }
        output.append(findings.isEmpty ? "]" : "\n]")
        for (key, json) in extra {
            output.append(", ")
            output.appendQuoted(key)
            output.append(": ")
            output.append(json)
        }
        output.append("}\n")
        return output.text
    }

    static func append(_ finding: Finding, to output: inout JSONBytes) {
        output.append("{\"rule\": ")
        output.appendQuoted(finding.ruleID)
        output.append(", \"severity\": \"")
        output.append(finding.severity.rawValue)
        output.append("\", \"path\": ")
        output.appendQuoted(finding.path)
        // Piece by piece: string interpolation and a literal array of the four numbers cost
        // more than the rest of the finding.
        output.append(", \"line\": ")
        output.append(finding.line)
        output.append(", \"col\": ")
        output.append(finding.column)
        output.append(", \"end_line\": ")
        output.append(finding.endLine)
        output.append(", \"end_col\": ")
        output.append(finding.endColumn)
        output.append(", \"message\": ")
        output.appendQuoted(finding.message)
        output.append(", \"suppressed\": ")
        output.append(finding.isSuppressed ? "true" : "false")
        output.append(", \"baselined\": ")
        output.append(finding.isBaselined ? "true" : "false")
        if !finding.via.isEmpty {
            output.append(", \"via\": [")
            for (index, path) in finding.via.enumerated() {
                if index > 0 { output.append(", ") }
                output.appendQuoted(path)
            }
            output.append("]")
        }
        output.append("}")
    }
}

/// JSON text built as UTF-8 bytes.
struct JSONBytes {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ number: Int) {
        guard number >= 0 else { return append(String(number)) }
        // Digits written from the end of a small buffer: `String(number)` allocated.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = number
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: digits[start...])
        }
    }

    mutating func appendQuoted(_ text: String) {
        if JSONText.needsEscape(text) { append(JSONText.quoted(text)) } else {
            bytes.append(UInt8(ascii: "\""))
            append(text)
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
