import Foundation
import XCTest

/// Texts that several end-to-end tests expect verbatim.
enum Expected {
    /// `builtin:env-access`'s message for `api`.
    static func env001(_ api: String) -> String {
        "ENV001 direct environment access through \(api); use shared.isolated_environment.get_env"
    }

    /// A configuration whose only rules are a duplicate-definition rule on `make_*`
    /// functions and classes and a warning for `TODO` in comments.
    static let duplicateAndTodoConfig = """
        version: 1
        exclude: ["generated/"]
        rules:
          - id: DUP100
            kind: duplicate-definition
            severity: error
            message: "'{name}' is also defined at {others}"
            names: 'make_\\w+'
          - id: TODO1
            kind: regex
            severity: warning
            message: "to-do left in: {match}"
            pattern: 'TODO'
            in: comments

        """

    /// The keys of one finding in `--format json` (SPEC §7).
    static let findingKeys: Set<String> = [
        "rule", "severity", "path", "line", "col", "end_line", "end_col", "message", "suppressed", "baselined",
    ]
}

/// Standard output as parsed JSON: the top-level object and its findings.
struct FindingsDocument {
    var top: [String: Any]
    var findings: [[String: Any]]

    init(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let object = try JSONSerialization.jsonObject(with: data)
        top = try XCTUnwrap(object as? [String: Any], "the JSON output is not an object", file: file, line: line)
        findings = try XCTUnwrap(top["findings"] as? [[String: Any]], "no findings array", file: file, line: line)
    }

    /// `path:line:col: rule` of every finding, in output order.
    var positions: [String] {
        findings.map { "\($0["path"] ?? "?"):\($0["line"] ?? "?"):\($0["col"] ?? "?"): \($0["rule"] ?? "?")" }
    }
}

/// Text with ANSI escape sequences (`ESC [ ... m`) removed.
func strippingColor(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}
