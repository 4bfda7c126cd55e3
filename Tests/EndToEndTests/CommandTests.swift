import Foundation
import XCTest

/// `rules`, `explain`, `debug tokens`, `--version` and `--help`, run as a user runs them.
final class CommandTests: XCTestCase {
    // MARK: rules and explain

    func testRulesListsTheRulesInEffectInOrder() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": Expected.duplicateAndTodoConfig + "  - builtin:env-access\n"])
        let result = try tree.run("rules")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines.map { $0.split(separator: " ").first.map(String.init) ?? "" },
                       ["DUP100", "TODO1", "ENV001"], result.transcript)
        let env = try XCTUnwrap(result.lines.last)
        XCTAssertEqual(env.split(separator: " ", omittingEmptySubsequences: true).prefix(3), ["ENV001", "error", "banned-api"])
        XCTAssertTrue(env.hasSuffix("direct environment access through {api}; use {replacement}"), env)

        let selected = try tree.run("rules", "--select", "DUP,TODO")
        XCTAssertEqual(selected.lines.compactMap { $0.split(separator: " ").first.map(String.init) }, ["DUP100", "TODO1"])
    }

    func testRulesWithoutConfigListsTheEnvironmentRule() throws {
        let tree = try ProjectTree(self)
        let result = try tree.run("rules")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines.count, 1, result.transcript)
        XCTAssertTrue(result.output.hasPrefix("ENV001 "), result.transcript)
    }

    func testExplainPrintsDocumentationSettingsAndExamples() throws {
        let tree = try ProjectTree(self)
        let result = try tree.run("explain", "ENV001")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.errors, "")
        let lines = result.lines
        XCTAssertEqual(lines.first, "ENV001 (banned-api, error)")
        XCTAssertTrue(result.output.contains("Reads and writes of the process environment belong in one sanctioned accessor."),
                      result.output)
        XCTAssertTrue(lines.contains("message:      direct environment access through {api}; use {replacement}"), result.output)
        XCTAssertTrue(lines.contains("replacement:  shared.isolated_environment.get_env"), result.output)
        // The kind's examples: its YAML keys and Python files, a ↓ where each finding is reported.
        let examples = try XCTUnwrap(lines.firstIndex(of: "Examples of banned-api rules (↓ marks where a finding is reported):"),
                                     result.output)
        let reported = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Reported: ") }, result.output)
        let notReported = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Not reported: ") }, result.output)
        XCTAssertLessThan(examples, reported)
        XCTAssertLessThan(reported, notReported)
        let triggering = lines[(reported + 1)..<notReported]
        let nonTriggering = lines[(notReported + 1)...]
        XCTAssertTrue(triggering.contains("    apis: [os.environ, os.getenv]"), result.output)
        XCTAssertTrue(triggering.contains("    home = ↓os.environ[\"HOME\"]"), result.output)
        XCTAssertTrue(nonTriggering.contains { $0.contains("os.environ") }, result.output)
        XCTAssertFalse(nonTriggering.contains { $0.contains("↓") }, result.output)
        XCTAssertFalse(result.output.contains("expect"), result.output)
    }

    func testExplainOfAnInlineRuleShowsItsDocs() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": Expected.duplicateAndTodoConfig])
        let result = try tree.run("explain", "TODO1")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines.first, "TODO1 (regex, warning)")
        // Without `docs`, the message stands in for them.
        XCTAssertTrue(result.lines.contains("to-do left in: {match}"), result.output)
    }

    func testExplainOfAnUnknownRuleIsAUsageError() throws {
        let tree = try ProjectTree(self)
        let result = try tree.run("explain", "NOPE")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errorLines.count, 1, result.transcript)
        XCTAssertTrue(result.errors.hasPrefix("ssotlint: error: ") && result.errors.contains("'NOPE'"), result.transcript)
    }

    // MARK: version and help

    func testVersionPrintsOneVersionLine() throws {
        let tree = try ProjectTree(self)
        let result = try tree.run("--version")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines.count, 1, result.transcript)
        XCTAssertNotNil(result.output.range(of: #"^\d+\.\d+\.\d+\S*\n$"#, options: .regularExpression), result.output)
    }

    func testHelpExitsZeroAndNamesTheCommands() throws {
        let tree = try ProjectTree(self)
        let result = try tree.run("--help")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        for command in ["check", "rules", "explain"] {
            XCTAssertTrue(result.output.contains(command), "--help does not mention \(command)\n" + result.output)
        }
        let check = try tree.run("check", "--help")
        XCTAssertEqual(check.exitCode, 0, check.transcript)
        for option in ["--fail-on", "--format", "--stdin-filename", "--exit-zero", "--select", "--ignore"] {
            XCTAssertTrue(check.output.contains(option), "check --help does not mention \(option)\n" + check.output)
        }
    }

    // MARK: debug tokens

    func testDebugTokensJSONPrintsCPythonShapedTokens() throws {
        let tree = try ProjectTree(self, files: ["a.py": "x = 1\n", "b.py": "x = (\n"])
        try tree.write("c.py", bytes: Array("x = '".utf8) + [0xFF] + Array("'\n".utf8))
        let result = try tree.run("debug", "tokens", "--json", "a.py", "b.py", "c.py")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        let lines = result.lines
        XCTAssertEqual(lines.count, 3, result.transcript)
        guard lines.count == 3 else { return }
        XCTAssertEqual(lines[0], """
            {"path": "a.py", "tokens": [["NAME", "x", 1, 0, 1, 1], ["OP", "=", 1, 2, 1, 3], \
            ["NUMBER", "1", 1, 4, 1, 5], ["NEWLINE", "\\n", 1, 5, 1, 6], ["ENDMARKER", "", 2, 0, 2, 0]], "error": null}
            """)

        // Each line is one JSON object: {"path", "tokens": [[TYPE, STRING, L, C, L, C]...], "error"}.
        for line in lines {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], line)
            XCTAssertEqual(Set(object.keys), ["path", "tokens", "error"], line)
            let tokens = try XCTUnwrap(object["tokens"] as? [[Any]], line)
            for token in tokens {
                XCTAssertEqual(token.count, 6, line)
                XCTAssertNotNil(token.first as? String, line)
                XCTAssertEqual(token.dropFirst(2).compactMap { $0 as? Int }.count, 4, line)
            }
        }
        let unclosed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        XCTAssertEqual((unclosed["tokens"] as? [[Any]])?.map { $0[0] as? String }, ["NAME", "OP", "OP", "NL"])
        let eofError = try XCTUnwrap(unclosed["error"] as? [String: Any], lines[1])
        XCTAssertEqual(Set(eofError.keys), ["message", "line", "col"])
        XCTAssertEqual(eofError["line"] as? Int, 2)

        let undecodable = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        XCTAssertEqual((undecodable["tokens"] as? [Any])?.count, 0)
        let encodingError = try XCTUnwrap(undecodable["error"] as? [String: Any], lines[2])
        XCTAssertEqual(encodingError["line"] as? Int, 1)
        XCTAssertEqual(encodingError["col"] as? Int, 6)
    }

    func testDebugTokensOfAMissingFileExitsTwo() throws {
        let tree = try ProjectTree(self, files: ["a.py": "x = 1\n"])
        let result = try tree.run("debug", "tokens", "--json", "a.py", "missing.py")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
        XCTAssertEqual(result.lines.count, 1, result.transcript)
        XCTAssertTrue(result.errors.contains("missing.py"), result.transcript)
    }
}
