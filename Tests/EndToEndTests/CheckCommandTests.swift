import Foundation
import XCTest

/// `ssotlint check`: findings, exit codes, rule selection and the project root, run as a
/// user runs the built binary.
final class CheckCommandTests: XCTestCase {
    static let environmentUse = "import os\n\nvalue = os.environ[\"HOME\"]\n"

    func testCleanTreeExitsZeroWithASummary() throws {
        let tree = try ProjectTree(self, files: [
            "pkg/a.py": "def f():\n    return 1\n",
            "pkg/b.py": "x = 1\n",
        ])
        let result = try tree.run("check")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines, ["No findings in 2 files."])
        XCTAssertEqual(result.errors, "")
    }

    func testEnvironmentAccessWithoutConfigIsAnEnv001Error() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.environmentUse, "pkg/b.py": "x = 1\n"])
        let result = try tree.run("check")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.lines, [
            "pkg/a.py:3:9: " + Expected.env001("os.environ"),
            "Found 1 finding (1 error) in 1 file of 2.",
        ])
        XCTAssertEqual(result.errors, "")
    }

    func testWithoutConfigOrGitTheCurrentFolderIsTheRoot() throws {
        let tree = try ProjectTree(self, files: ["src/sub/m.py": "import os\nv = os.environ\n"])
        let result = try tree.run("check", in: "src")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.lines.first, "sub/m.py:2:5: " + Expected.env001("os.environ"))
    }

    func testWithoutConfigTheGitWorkTreeIsTheRoot() throws {
        let tree = try ProjectTree(self, files: [".git/": "", "src/sub/m.py": "import os\nv = os.environ\n"])
        let result = try tree.run("check", in: "src")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.lines, [
            "src/sub/m.py:2:5: " + Expected.env001("os.environ"),
            "Found 1 finding (1 error) in 1 file of 1.",
        ])
    }

    func testExitZeroPrintsFindingsButExitsZero() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.environmentUse])
        let result = try tree.run("check", "--exit-zero")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines, [
            "pkg/a.py:3:9: " + Expected.env001("os.environ"),
            "Found 1 finding (1 error) in 1 file of 1.",
        ])
    }

    func testQuietPrintsOnlyTheFindings() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.environmentUse, "pkg/b.py": "x = 1\n"])
        let result = try tree.run("check", "--quiet")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.lines, ["pkg/a.py:3:9: " + Expected.env001("os.environ")])
        let clean = try tree.run("check", "--quiet", "pkg/b.py")
        XCTAssertEqual(clean.exitCode, 0, clean.transcript)
        XCTAssertEqual(clean.output, "")
    }

    func testExitZeroStillExitsTwoOnAConfigurationError() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": "version: 1\ntreshold: 3\n", "a.py": "x = 1\n"])
        let result = try tree.run("check", "--exit-zero")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
    }

    // MARK: --fail-on and --fail-under

    static let warningConfig = """
        version: 1
        rules: [builtin:env-access]
        overrides:
          ENV001: { severity: warning }

        """

    func testFailOnDecidesWhichSeveritiesFail() throws {
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": Self.warningConfig, "pkg/a.py": Self.environmentUse, "pkg/b.py": "x = 1\n",
        ])
        let expected = [
            "pkg/a.py:3:9: " + Expected.env001("os.environ"),
            "Found 1 finding (1 warning) in 1 file of 2.",
        ]
        for (options, exitCode) in [([], 0), (["--fail-on", "error"], 0), (["--fail-on", "warning"], 1),
                                    (["--fail-on", "info"], 1)] as [([String], Int32)] {
            let result = try tree.run(["check"] + options)
            XCTAssertEqual(result.exitCode, exitCode, "\(options)\n" + result.transcript)
            XCTAssertEqual(result.lines, expected, "\(options)")
        }
    }

    func testFailUnderComparesOverallCompliance() throws {
        // One compliant file of two: exactly 50 %.
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": Self.warningConfig, "pkg/a.py": Self.environmentUse, "pkg/b.py": "x = 1\n",
        ])
        let met = try tree.run("check", "--fail-under", "50")
        XCTAssertEqual(met.exitCode, 0, met.transcript)
        let missed = try tree.run("check", "--fail-under", "50.1")
        XCTAssertEqual(missed.exitCode, 1, missed.transcript)
        XCTAssertTrue(missed.errors.contains("50.0%"), missed.transcript)
    }

    // MARK: --select and --ignore

    func selectionTree() throws -> ProjectTree {
        var config = Expected.duplicateAndTodoConfig
        config += "  - builtin:env-access\n"
        return try ProjectTree(self, files: [
            ".ssotlint.yml": config,
            "pkg/a.py": "import os\nv = os.environ  # TODO remove\n",
        ])
    }

    func testSelectRunsOnlyTheNamedRules() throws {
        let tree = try selectionTree()
        let todo = "pkg/a.py:2:19: TODO1 to-do left in: TODO"
        let env = "pkg/a.py:2:5: " + Expected.env001("os.environ")

        let all = try tree.run("check")
        XCTAssertEqual(all.lines.dropLast(), [env, todo], all.transcript)

        let selected = try tree.run("check", "--select", "TODO1")
        XCTAssertEqual(selected.exitCode, 0, selected.transcript)
        XCTAssertEqual(selected.lines, [todo, "Found 1 finding (1 warning) in 1 file of 1."])

        let both = try tree.run("check", "--select", "ENV001,TODO1")
        XCTAssertEqual(both.lines.dropLast(), [env, todo], both.transcript)

        let byPrefix = try tree.run("check", "--select", "ENV")
        XCTAssertEqual(byPrefix.exitCode, 1, byPrefix.transcript)
        XCTAssertEqual(byPrefix.lines.dropLast(), [env])
    }

    func testIgnoreDropsTheNamedRules() throws {
        let tree = try selectionTree()
        let result = try tree.run("check", "--ignore", "ENV001")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines, ["pkg/a.py:2:19: TODO1 to-do left in: TODO", "Found 1 finding (1 warning) in 1 file of 1."])

        let byPrefix = try tree.run("check", "--ignore", "TODO,ENV")
        XCTAssertEqual(byPrefix.exitCode, 0, byPrefix.transcript)
        XCTAssertEqual(byPrefix.lines, ["No findings in 1 file."])
    }

    func testUnknownSelectorIsAUsageErrorWithOneLine() throws {
        let tree = try selectionTree()
        for option in ["--select", "--ignore"] {
            let result = try tree.run("check", option, "ENV001,NOPE")
            XCTAssertEqual(result.exitCode, 2, result.transcript)
            XCTAssertEqual(result.output, "", option)
            XCTAssertEqual(result.errorLines.count, 1, result.transcript)
            XCTAssertTrue(result.errors.hasPrefix("ssotlint: error: "), result.transcript)
            XCTAssertTrue(result.errors.contains("'NOPE'"), result.transcript)
        }
    }

    // MARK: unanalysable files

    func testSyntaxErrorIsAFindingAndTheRestIsStillAnalysed() throws {
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": Expected.duplicateAndTodoConfig + "  - builtin:env-access\n",
            // An unanalysable file contributes nothing to cross-file rules, so its
            // make_thing is no duplicate of good.py's.
            "pkg/bad.py": "def make_thing():\n    s = \"unterminated\n",
            "pkg/good.py": "import os\n\ndef make_thing():\n    return os.getenv(\"X\")\n",
        ])
        let result = try tree.run("check")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        let lines = result.lines
        XCTAssertEqual(lines.count, 3, result.transcript)
        guard lines.count == 3 else { return }
        XCTAssertTrue(lines[0].hasPrefix("pkg/bad.py:2:9: syntax-error "), lines[0])
        XCTAssertEqual(lines[1], "pkg/good.py:4:12: " + Expected.env001("os.getenv"))
        XCTAssertEqual(lines[2], "Found 2 findings (2 errors) in 2 files of 2.")
    }

    func testInvalidUTF8IsAnEncodingError() throws {
        let tree = try ProjectTree(self, files: ["pkg/good.py": Self.environmentUse])
        try tree.write("pkg/bytes.py", bytes: Array("x = 1\ny = '".utf8) + [0xFF, 0xFE] + Array("'\n".utf8))
        let result = try tree.run("check")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        let lines = result.lines
        XCTAssertEqual(lines.count, 3, result.transcript)
        guard lines.count == 3 else { return }
        XCTAssertTrue(lines[0].hasPrefix("pkg/bytes.py:2:6: encoding-error "), lines[0])
        XCTAssertEqual(lines[1], "pkg/good.py:3:9: " + Expected.env001("os.environ"))
        XCTAssertEqual(lines[2], "Found 2 findings (2 errors) in 2 files of 2.")
    }

    // MARK: configuration and usage errors

    func testConfigurationErrorNamesFileLineAndColumn() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": "version: 1\ntreshold: 3\n", "a.py": "x = 1\n"])
        let result = try tree.run("check")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errorLines.count, 1, result.transcript)
        XCTAssertTrue(namesConfigPosition(result.errors, tree, "2:1"), result.transcript)
        XCTAssertTrue(result.errors.contains("'treshold'") && result.errors.contains("'thresholds'"), result.transcript)
    }

    func testUnknownRuleKindNamesItsPosition() throws {
        let config = """
            version: 1
            rules:
              - id: X1
                kind: banned-apii
                severity: error
                message: m

            """
        let tree = try ProjectTree(self, files: [".ssotlint.yml": config, "a.py": "x = 1\n"])
        let result = try tree.run("check")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errorLines.count, 1, result.transcript)
        XCTAssertTrue(namesConfigPosition(result.errors, tree, "4:11"), result.transcript)
        XCTAssertTrue(result.errors.contains("'banned-apii'"), result.transcript)
    }

    /// `ssotlint: error: FILE:LINE:COL: ...`, FILE being the configuration's absolute
    /// path or its path relative to the current folder.
    func namesConfigPosition(_ errors: String, _ tree: ProjectTree, _ position: String) -> Bool {
        [tree.path(".ssotlint.yml"), ".ssotlint.yml"].contains { file in
            errors.hasPrefix("ssotlint: error: \(file):\(position): ")
        }
    }

    func testUnknownFormatIsAUsageError() throws {
        let tree = try ProjectTree(self, files: ["a.py": "x = 1\n"])
        let result = try tree.run("check", "--format", "xml")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errorLines.count, 1, result.transcript)
        XCTAssertTrue(result.errors.contains("'xml'"), result.transcript)
    }

    /// SPEC §2: exit code 2 for every usage error, including those the argument parser
    /// finds (not its own default, 64).
    func testInvalidOptionsExitTwo() throws {
        let tree = try ProjectTree(self, files: ["a.py": "x = 1\n"])
        for arguments in [["check", "--jobs", "0"], ["check", "--fail-on", "fatal"], ["check", "--no-such-option"],
                          ["check", "--color", "sometimes"], ["check", "--format", "json:"], ["no-such-command"]] {
            let result = try tree.run(arguments)
            XCTAssertEqual(result.exitCode, 2, "\(arguments)\n" + result.transcript)
            XCTAssertFalse(result.errors.isEmpty, "\(arguments)")
        }
    }

    /// A PATH that does not exist is a mistake (a typo in a pre-commit or CI invocation);
    /// it must not pass silently as "No findings in 0 files".
    func testAPathThatDoesNotExistIsReported() throws {
        let tree = try ProjectTree(self, files: ["a.py": "x = 1\n"])
        let result = try tree.run("check", "no_such_file.py")
        XCTAssertNotEqual(result.exitCode, 0, result.transcript)
        XCTAssertTrue((result.output + result.errors).contains("no_such_file.py"), result.transcript)
    }
}
