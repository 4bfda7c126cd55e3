import Foundation
import XCTest

/// Every class of bad configuration (SPEC §3, §4, §8) as users meet it: the command
/// exits 2, prints nothing on standard output and exactly one line on standard error,
/// `ssotlint: error: FILE:LINE:COL: message`. (`ConfigurationErrorTests` covers the
/// messages in the library; this suite covers what the binary does with them.)
final class ConfigurationFaultTests: XCTestCase {
    static let bannedRule = """
        rules:
          - id: SSOT010
            kind: banned-api
            severity: error
            message: "use {replacement} instead of {api}"
            apis: [os.environ]
            replacement: shared.env.get_env

        """
    static let regexRule = "  - id: SSOT010\n    kind: regex\n    severity: info\n    message: m\n    pattern: x\n"

    struct Fault {
        var name: String
        var config: [UInt8]
        var files: [String: String] = [:]
        /// The line after `ssotlint: error: `, with `ROOT` for the project folder.
        var expected: String

        init(_ name: String, _ config: String, files: [String: String] = [:], _ expected: String) {
            self.init(name, Array(config.utf8), files: files, expected)
        }

        init(_ name: String, _ config: [UInt8], files: [String: String] = [:], _ expected: String) {
            self.name = name
            self.config = config
            self.files = files
            self.expected = expected
        }
    }

    /// One fault of each class; the messages are the library's (see ConfigurationErrorTests).
    static let faults: [Fault] = [
        Fault("YAML syntax", "version: 1\ninclude: [\"**/*.py\"\nexclude: []\n",
              "ROOT/.ssotlint.yml:3:1: invalid YAML: did not find expected ',' or ']' "
                  + "(while parsing a flow sequence at line 2, column 10)"),
        Fault("not UTF-8", Array("version: 1\nbaseline: caf".utf8) + [0xE9] + Array("\n".utf8),
              "ROOT/.ssotlint.yml:2:14: the configuration file is not UTF-8 text; save it as UTF-8"),
        Fault("duplicate key", "include: [\"**/*.py\"]\nexclude: []\ninclude: [src/]\n",
              "ROOT/.ssotlint.yml:3:1: key 'include' is given twice in this mapping (first at line 1, column 1); "
                  + "remove one of them"),
        Fault("unknown key", "version: 1\ntreshold:\n  overall: 90\n",
              "ROOT/.ssotlint.yml:2:1: unknown key 'treshold' in the configuration; did you mean 'thresholds'?"),
        Fault("unknown key in a rule", bannedRule + "    replacment: shared.env.get_env\n",
              "ROOT/.ssotlint.yml:8:5: unknown key 'replacment' in a banned-api rule; did you mean 'replacement'?"),
        Fault("wrong type", "respect-gitignore: maybe\n",
              "ROOT/.ssotlint.yml:1:20: respect-gitignore must be true or false, not 'maybe'"),
        Fault("unsupported version", "version: 2\n",
              "ROOT/.ssotlint.yml:1:10: unsupported configuration version 2; this ssotlint reads version 1"),
        Fault("bad glob", "exclude: 'src/[abc'\n",
              "ROOT/.ssotlint.yml:1:10: invalid glob 'src/[abc' in exclude: unterminated '[' (a class needs a "
                  + "closing ']' and cannot contain '/') at column 5 of the pattern"),
        Fault("unknown rule kind", "rules:\n  - id: SSOT010\n    kind: banned-apis\n",
              "ROOT/.ssotlint.yml:3:11: unknown rule kind 'banned-apis'; did you mean 'banned-api'?"),
        Fault("duplicate rule id", bannedRule + regexRule,
              "ROOT/.ssotlint.yml:8:9: duplicate rule id 'SSOT010' (first defined at ROOT/.ssotlint.yml:2:9); "
                  + "give each rule its own id"),
        Fault("invalid rule id", bannedRule.replacingOccurrences(of: "SSOT010", with: "10-SSOT"),
              "ROOT/.ssotlint.yml:2:9: invalid rule id '10-SSOT': use a letter, then letters, digits, '_' or '-'"),
        Fault("invalid regular expression",
              "rules:\n  - id: RX1\n    kind: regex\n    severity: info\n    message: m\n    pattern: 'print('\n",
              "ROOT/.ssotlint.yml:6:14: invalid regular expression in pattern: expected ')'"),
        Fault("unknown placeholder", bannedRule.replacingOccurrences(of: "{api}", with: "{module}"),
              "ROOT/.ssotlint.yml:5:14: unknown placeholder '{module}' in message (valid: {api}, {replacement}, {via})"),
        Fault("missing rule pack", "rules:\n  - Rules/ssot-core.yml\n",
              "ROOT/.ssotlint.yml:2:5: rule pack 'Rules/ssot-core.yml' not found (looked for ROOT/Rules/ssot-core.yml); "
                  + "paths of rule packs are relative to the configuration's folder"),
        Fault("unknown built-in pack", "rules:\n  - builtin:env-acess\n",
              "ROOT/.ssotlint.yml:2:5: unknown built-in rule pack 'builtin:env-acess'; did you mean 'builtin:env-access'?"),
        Fault("error inside a rule pack", "rules:\n  - Rules/team.yml\n",
              files: ["Rules/team.yml": "rules:\n  - id: TEAM1\n    kind: regex\n    severity: info\n    mesage: m\n"],
              "ROOT/Rules/team.yml:5:5: unknown key 'mesage' in a regex rule; did you mean 'message'?"),
        Fault("override of an unknown rule", "overrides:\n  ENV01: {severity: warning}\n",
              "ROOT/.ssotlint.yml:2:3: overrides name unknown rule 'ENV01'; did you mean 'ENV001'?"),
        Fault("threshold of an unknown category", "thresholds:\n  categories:\n    Production: 90\n",
              "ROOT/.ssotlint.yml:3:5: thresholds name unknown category 'Production'; categories are: Tests, Source"),
    ]

    func tree(for fault: Fault) throws -> ProjectTree {
        let tree = try ProjectTree(self, files: fault.files.merging([
            "pkg/a.py": "import os\nv = os.environ\n",
        ]) { first, _ in first })
        try tree.write(".ssotlint.yml", bytes: fault.config)
        return tree
    }

    func assertFault(_ result: CommandResult, _ fault: Fault, root: String, _ context: String,
                     file: StaticString = #filePath, line: UInt = #line) {
        let label = "\(fault.name), \(context)"
        XCTAssertEqual(result.exitCode, 2, "\(label)\n\(result.transcript)", file: file, line: line)
        XCTAssertEqual(result.output, "", "\(label): nothing on standard output", file: file, line: line)
        XCTAssertEqual(result.errorLines, ["ssotlint: error: " + fault.expected.replacingOccurrences(of: "ROOT", with: root)],
                       label, file: file, line: line)
    }

    func testEveryFaultExitsTwoWithOneLineOnStandardError() throws {
        for fault in Self.faults {
            let tree = try tree(for: fault)
            for arguments in [["check"], ["check", "--format", "json", "--exit-zero"], ["report", "--format", "json"],
                              ["baseline"], ["rules"]] {
                assertFault(try tree.run(arguments), fault, root: tree.root, arguments.joined(separator: " "))
            }
            XCTAssertFalse(FileManager.default.fileExists(atPath: tree.path(".ssotlint-baseline.json")), fault.name)
            // Found upward from a subfolder, and named with --config, it is the same error.
            assertFault(try tree.run("check", in: "pkg"), fault, root: tree.root, "check in pkg")
            assertFault(try tree.run("check", "--config", tree.path(".ssotlint.yml"), in: "pkg"), fault,
                        root: tree.root, "check --config")
        }
    }

    func testMissingConfigurationNamedWithConfig() throws {
        let tree = try ProjectTree(self, files: ["a.py": "x = 1\n"])
        let result = try tree.run("check", "--config", "custom.yml")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errorLines, ["ssotlint: error: \(tree.root)/custom.yml: no such configuration file"])
    }

    // MARK: Catastrophic backtracking

    /// Runs `check` with `rule` (a pattern on its line 8) beside `env.py` under a time
    /// limit. The run must end: either the configuration refuses the pattern (exit 2,
    /// one line at the pattern's position `refusedAt`), or matching is bounded and the
    /// rest of the project is still checked (exit 1 with env.py's finding).
    func assertBoundedRegex(_ rule: String, files: [String: String], refusedAt position: String, seconds: Double = 20,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let tree = try ProjectTree(self, files: files.merging([
            ".ssotlint.yml": "version: 1\nrules:\n  - builtin:env-access\n" + rule,
            "env.py": BadInputTests.environmentUse,
        ]) { first, _ in first })
        let run = try TimedRun(ssotlint: ["check", "--format", "json", "--no-cache"], directory: tree.root)
        guard let (result, elapsed) = run.wait(seconds: seconds) else {
            return XCTFail("check did not finish in \(Int(seconds)) s: the regular expression is not bounded",
                           file: file, line: line)
        }
        print("regular expression on a long line: check took \(String(format: "%.2f", elapsed)) s, exit \(result.exitCode)")
        if result.exitCode == 2 {
            XCTAssertEqual(result.output, "", file: file, line: line)
            XCTAssertEqual(result.errorLines.count, 1, result.transcript, file: file, line: line)
            XCTAssertTrue(result.errors.hasPrefix("ssotlint: error: \(tree.root)/.ssotlint.yml:\(position): "),
                          result.transcript, file: file, line: line)
            return
        }
        XCTAssertEqual(result.exitCode, 1, result.transcript, file: file, line: line)
        let findings = try BadInputTests.findingLines(result)
        XCTAssertTrue(findings.contains(BadInputTests.environmentFinding), result.transcript, file: file, line: line)
        print("findings: \(findings.map { $0.prefix(60) })")
    }

    static func regexRule(_ pattern: String) -> String {
        "  - id: RX1\n    kind: regex\n    severity: warning\n    message: \"m: {match}\"\n    pattern: '\(pattern)'\n"
    }

    /// 50,000 `a` and a `!`: no match, so a backtracking engine tries every split.
    static let longLine = ["evil.py": String(repeating: "a", count: 50_000) + "!\n"]

    /// Nested repetition is exponential; the configuration refuses it.
    func testNestedRepetitionIsRefused() throws {
        try assertBoundedRegex(Self.regexRule("(a+)+$"), files: Self.longLine, refusedAt: "8:14")
        let names = """
              - id: DUP9
                kind: duplicate-definition
                severity: error
                message: "{name} is also defined at {others}"
                names: '(a+)+b'

            """
        let definition = "def " + String(repeating: "a", count: 5_000) + "():\n    pass\n"
        try assertBoundedRegex(names, files: ["one.py": definition, "two.py": definition], refusedAt: "8:12")
    }

    /// Repeated alternatives that overlap (`a|aa`) are as exponential as nested repetition.
    func testRepeatedOverlappingAlternativesDoNotHang() throws {
        try assertBoundedRegex(Self.regexRule("(a|aa)+$"), files: Self.longLine, refusedAt: "8:14")
    }

    /// Even a plain pattern is quadratic on one long line (every start position scans to
    /// the `!`); a generated or minified file has such lines.
    func testPlainPatternOnAVeryLongLineDoesNotHang() throws {
        try assertBoundedRegex(Self.regexRule("\\w+$"), files: Self.longLine, refusedAt: "8:14")
    }
}
