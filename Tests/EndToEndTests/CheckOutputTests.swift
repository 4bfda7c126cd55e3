import Foundation
import XCTest

/// `ssotlint check`: output formats and files, colour, PATH arguments, standard input,
/// deterministic order and suppression reporting.
final class CheckOutputTests: XCTestCase {
    static let suppressedAndNot = """
        import os

        value = os.environ["HOME"]
        other = os.getenv("X")  # ssotlint: ignore[ENV001] -- read once at start-up

        """

    // MARK: --format json

    func testJSONFormatHasTheDocumentedKeysAndKeepsSuppressedFindings() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.suppressedAndNot, "pkg/b.py": "x = 1\n"])
        let result = try tree.run("check", "--format", "json")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        let document = try FindingsDocument(result.stdout)
        XCTAssertEqual(document.top["version"] as? Int, 1)
        XCTAssertTrue(Set(document.top.keys).isSuperset(of: ["version", "findings"]), "\(document.top.keys)")
        XCTAssertEqual(document.findings.count, 2, result.transcript)
        guard document.findings.count == 2 else { return }
        for finding in document.findings {
            XCTAssertEqual(Set(finding.keys), Expected.findingKeys)
        }
        let (first, second) = (document.findings[0], document.findings[1])
        XCTAssertEqual(first["rule"] as? String, "ENV001")
        XCTAssertEqual(first["severity"] as? String, "error")
        XCTAssertEqual(first["path"] as? String, "pkg/a.py")
        XCTAssertEqual(first["line"] as? Int, 3)
        XCTAssertEqual(first["col"] as? Int, 9)
        XCTAssertEqual(first["end_line"] as? Int, 3)
        XCTAssertEqual(first["end_col"] as? Int, 19)
        XCTAssertEqual(first["message"] as? String, "direct environment access through os.environ; use shared.isolated_environment.get_env")
        XCTAssertEqual(first["suppressed"] as? Bool, false)
        XCTAssertEqual(first["baselined"] as? Bool, false)

        XCTAssertEqual(second["path"] as? String, "pkg/a.py")
        XCTAssertEqual(second["line"] as? Int, 4)
        XCTAssertEqual(second["col"] as? Int, 9)
        XCTAssertEqual(second["suppressed"] as? Bool, true)
        XCTAssertEqual(second["baselined"] as? Bool, false)
        // Booleans are JSON booleans, not 0/1 or strings.
        XCTAssertTrue(result.output.contains("\"suppressed\": true"), result.output)
        XCTAssertFalse(result.output.contains("\"suppressed\": 1"), result.output)
    }

    func testTextFormatCountsButDoesNotPrintSuppressedFindings() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.suppressedAndNot])
        let result = try tree.run("check")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.lines, [
            "pkg/a.py:3:9: " + Expected.env001("os.environ"),
            "Found 1 finding (1 error) in 1 file of 1 (1 suppressed).",
        ])
    }

    // MARK: several formats and --output

    func testRepeatedFormatPrintsTextAndWritesJSON() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.suppressedAndNot])
        let json = try tree.run("check", "--format", "json")
        let result = try tree.run("check", "--format", "text", "--format", "json:out.json")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.lines, [
            "pkg/a.py:3:9: " + Expected.env001("os.environ"),
            "Found 1 finding (1 error) in 1 file of 1 (1 suppressed).",
        ])
        let written = try XCTUnwrap(tree.read("out.json"), "out.json was not written")
        XCTAssertEqual(written, json.output)
        // Written atomically: no temporary file is left beside it (the cache folder is expected).
        XCTAssertEqual(try tree.list().filter { $0 != ".ssotlint_cache" }, ["out.json", "pkg"])
    }

    func testFormatFileIsRelativeToTheCurrentFolder() throws {
        let tree = try ProjectTree(self, files: [".git/": "", "pkg/a.py": Self.suppressedAndNot])
        let result = try tree.run("check", "--format", "json:findings.json", in: "pkg")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.output, "")
        let written = try XCTUnwrap(tree.read("pkg/findings.json"), "pkg/findings.json was not written")
        XCTAssertEqual(try FindingsDocument(Data(written.utf8)).positions, ["pkg/a.py:3:9: ENV001", "pkg/a.py:4:9: ENV001"])
    }

    func testOutputWritesTheFileInsteadOfStandardOutput() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.suppressedAndNot])
        let result = try tree.run("check", "--output", "report.txt")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(tree.read("report.txt"), """
            pkg/a.py:3:9: \(Expected.env001("os.environ"))
            Found 1 finding (1 error) in 1 file of 1 (1 suppressed).

            """)

        let json = try tree.run("check", "--format", "json", "--output", "report.json")
        XCTAssertEqual(json.output, "")
        let written = try XCTUnwrap(tree.read("report.json"))
        XCTAssertEqual(try FindingsDocument(Data(written.utf8)).findings.count, 2)
        XCTAssertEqual(try tree.list().filter { $0 != ".ssotlint_cache" }, ["pkg", "report.json", "report.txt"])
    }

    // MARK: PATH arguments

    func testPathsLimitReportingWhileCrossFileRulesSeeEveryFile() throws {
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": Expected.duplicateAndTodoConfig,
            "pkg/a.py": "def make_thing():\n    pass\n",
            "pkg/b.py": "# TODO\n\nclass make_thing:\n    pass\n",
            "other/c.py": "# TODO\n",
        ])
        let all = try tree.run("check")
        XCTAssertEqual(all.lines, [
            "other/c.py:1:3: TODO1 to-do left in: TODO",
            "pkg/a.py:1:5: DUP100 'make_thing' is also defined at pkg/b.py:3",
            "pkg/b.py:1:3: TODO1 to-do left in: TODO",
            "pkg/b.py:3:7: DUP100 'make_thing' is also defined at pkg/a.py:1",
            "Found 4 findings (2 errors, 2 warnings) in 3 files of 3.",
        ], all.transcript)

        let one = try tree.run("check", "pkg/a.py")
        XCTAssertEqual(one.exitCode, 1, one.transcript)
        XCTAssertEqual(one.lines, [
            "pkg/a.py:1:5: DUP100 'make_thing' is also defined at pkg/b.py:3",
            "Found 1 finding (1 error) in 1 file of 1.",
        ])

        let folder = try tree.run("check", "other")
        XCTAssertEqual(folder.exitCode, 0, folder.transcript)
        XCTAssertEqual(folder.lines, ["other/c.py:1:3: TODO1 to-do left in: TODO", "Found 1 finding (1 warning) in 1 file of 1."])

        // Paths are typed relative to the current folder; output stays relative to the root.
        let fromInside = try tree.run("check", "b.py", in: "pkg")
        XCTAssertEqual(fromInside.lines, [
            "pkg/b.py:1:3: TODO1 to-do left in: TODO",
            "pkg/b.py:3:7: DUP100 'make_thing' is also defined at pkg/a.py:1",
            "Found 2 findings (1 error, 1 warning) in 1 file of 1.",
        ], fromInside.transcript)
    }

    func testANamedFileThatTheConfigurationExcludesIsSkipped() throws {
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": Expected.duplicateAndTodoConfig,
            "generated/g.py": "# TODO\n",
            "pkg/a.py": "x = 1\n",
        ])
        for arguments in [["check"], ["check", "generated/g.py"], ["check", "generated"]] {
            let result = try tree.run(arguments)
            XCTAssertEqual(result.exitCode, 0, "\(arguments)\n" + result.transcript)
            XCTAssertFalse(result.output.contains("generated/g.py"), "\(arguments)\n" + result.transcript)
        }
        let named = try tree.run("check", "generated/g.py", "pkg/a.py")
        XCTAssertEqual(named.lines, ["No findings in 1 file."], named.transcript)
    }

    // MARK: --stdin-filename

    func testStandardInputReplacesTheFileOnDisk() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.suppressedAndNot, "pkg/b.py": "x = 1\n"])
        let clean = try tree.run("check", "--stdin-filename", "pkg/a.py", stdin: "print(1)\n")
        XCTAssertEqual(clean.exitCode, 0, clean.transcript)
        XCTAssertEqual(clean.lines, ["No findings in 1 file."])

        let dirty = try tree.run("check", "--stdin-filename", "pkg/b.py", stdin: "import os\nos.getenv('X')\n")
        XCTAssertEqual(dirty.exitCode, 1, dirty.transcript)
        XCTAssertEqual(dirty.lines, [
            "pkg/b.py:2:1: " + Expected.env001("os.getenv"),
            "Found 1 finding (1 error) in 1 file of 1.",
        ])
    }

    func testStandardInputReplacesTheFileForCrossFileRules() throws {
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": Expected.duplicateAndTodoConfig,
            "pkg/a.py": "def make_thing():\n    pass\n",
            "pkg/b.py": "def make_thing():\n    pass\n",
        ])
        // b.py's make_thing moves to line 3 on standard input.
        let moved = try tree.run("check", "--stdin-filename", "pkg/b.py", stdin: "\n\ndef make_thing():\n    pass\n")
        XCTAssertEqual(moved.exitCode, 1, moved.transcript)
        XCTAssertEqual(moved.lines, [
            "pkg/b.py:3:5: DUP100 'make_thing' is also defined at pkg/a.py:1",
            "Found 1 finding (1 error) in 1 file of 1.",
        ])
        // a.py's make_thing is gone on standard input: b.py's is no longer a duplicate.
        let removed = try tree.run("check", "--stdin-filename", "pkg/a.py", stdin: "x = 1\n")
        XCTAssertEqual(removed.exitCode, 0, removed.transcript)
        XCTAssertEqual(removed.lines, ["No findings in 1 file."])
        let fromInside = try tree.run("check", "--stdin-filename", "a.py", in: "pkg",
                                      stdin: "def make_thing():\n    pass\n")
        XCTAssertEqual(fromInside.lines.first, "pkg/a.py:1:5: DUP100 'make_thing' is also defined at pkg/b.py:1",
                       fromInside.transcript)
    }

    func testStandardInputForAFileNotOnDisk() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": "x = 1\n"])
        let result = try tree.run("check", "--stdin-filename", "pkg/new.py", stdin: "import os\nv = os.environ\n")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.lines, [
            "pkg/new.py:2:5: " + Expected.env001("os.environ"),
            "Found 1 finding (1 error) in 1 file of 1.",
        ])
    }

    // MARK: colour

    func testColorAlwaysPaintsAndNeverDoesNot() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.suppressedAndNot])
        let plain = [
            "pkg/a.py:3:9: " + Expected.env001("os.environ"),
            "Found 1 finding (1 error) in 1 file of 1 (1 suppressed).",
        ]
        let always = try tree.run("check", "--color", "always")
        XCTAssertTrue(always.output.contains("\u{1B}["), always.transcript)
        XCTAssertEqual(CommandResult.lines(strippingColor(always.output)), plain)

        for arguments in [["check", "--color", "never"], ["check", "--color", "auto"], ["check"]] {
            let result = try tree.run(arguments)
            XCTAssertFalse(result.output.contains("\u{1B}"), "\(arguments) on a file\n" + result.transcript)
            XCTAssertEqual(result.lines, plain)
        }
    }

    func testColorAutoPaintsATerminalUnlessNoColorIsSet() throws {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.suppressedAndNot])
        let terminal = try SSOTLintBinary.runOnTerminal(["check", "--color", "auto"], directory: tree.root)
        XCTAssertEqual(terminal.exitCode, 1)
        XCTAssertTrue(terminal.output.contains("\u{1B}["), terminal.output)
        XCTAssertTrue(strippingColor(terminal.output).contains("pkg/a.py:3:9: " + Expected.env001("os.environ")))

        let noColor = try SSOTLintBinary.runOnTerminal(["check", "--color", "auto"], directory: tree.root,
                                                       environment: ["NO_COLOR": "1"])
        XCTAssertEqual(noColor.exitCode, 1)
        XCTAssertFalse(noColor.output.contains("\u{1B}"), noColor.output)
        XCTAssertTrue(noColor.output.contains("pkg/a.py:3:9: " + Expected.env001("os.environ")), noColor.output)
    }

    // MARK: order

    func testOrderIsByPathLineColumnRuleWhateverTheJobs() throws {
        let config = """
            version: 1
            rules:
              - builtin:env-access
              - id: AAA1
                kind: regex
                severity: info
                message: "environment: {match}"
                pattern: 'os\\.environ'

            """
        var files = [".ssotlint.yml": config]
        let names = ["b.py", "a/b.py", "B.py", "a-b.py", "a.py", "z/y/x.py", "é.py", "_.py", "a/a/a.py", "Z.py"]
        for (index, name) in names.enumerated() {
            var source = "import os\n"
            for line in 0..<(index % 4 + 1) {
                source += "x\(line) = os.getenv('A'); y = os.environ['B']\n"
            }
            files[name] = source
        }
        for index in 0..<40 { files["bulk/m\(index).py"] = "import os\nv = os.environ\n" }
        let tree = try ProjectTree(self, files: files)

        let serial = try tree.run("check", "--format", "json", "--jobs", "1")
        XCTAssertEqual(serial.exitCode, 1, serial.errors)
        let document = try FindingsDocument(serial.stdout)
        // Per generated line: ENV001 at os.getenv, ENV001 and AAA1 at os.environ; per bulk file: two.
        XCTAssertEqual(document.findings.count, 3 * (1 + 2 + 3 + 4 + 1 + 2 + 3 + 4 + 1 + 2) + 2 * 40)
        let keys = document.findings.map { finding in
            (Array(((finding["path"] as? String) ?? "").utf8), finding["line"] as? Int ?? 0,
             finding["col"] as? Int ?? 0, finding["rule"] as? String ?? "")
        }
        for (earlier, later) in zip(keys, keys.dropFirst()) {
            let ordered = earlier.0.lexicographicallyPrecedes(later.0)
                || (earlier.0 == later.0 && (earlier.1, earlier.2, earlier.3) < (later.1, later.2, later.3))
            XCTAssertTrue(ordered, "out of order: \(earlier) before \(later)")
        }
        XCTAssertEqual(Array(document.positions.prefix(6)), [
            "B.py:2:6: ENV001", "B.py:2:26: AAA1", "B.py:2:26: ENV001",
            "B.py:3:6: ENV001", "B.py:3:26: AAA1", "B.py:3:26: ENV001",
        ])

        for _ in 0..<3 {
            let parallel = try tree.run("check", "--format", "json", "--jobs", "4")
            XCTAssertEqual(parallel.stdout, serial.stdout, "--jobs 4 differs from --jobs 1")
        }
        let serialText = try tree.run("check", "--jobs", "1")
        let parallelText = try tree.run("check", "--jobs", "4")
        XCTAssertEqual(serialText.stdout, parallelText.stdout)
    }

    // MARK: suppressions

    func testReportUnusedSuppressions() throws {
        let tree = try ProjectTree(self, files: [
            "pkg/a.py": Self.suppressedAndNot.replacingOccurrences(of: "value = os.environ[\"HOME\"]\n", with: ""),
            "pkg/c.py": "x = 1  # ssotlint: ignore[ENV001]\n",
        ])
        let quiet = try tree.run("check")
        XCTAssertEqual(quiet.exitCode, 0, quiet.transcript)
        XCTAssertEqual(quiet.lines, ["No findings in 2 files (1 suppressed)."])

        let reported = try tree.run("check", "--report-unused-suppressions")
        XCTAssertEqual(reported.exitCode, 0, "unused-suppression is info, below --fail-on error\n" + reported.transcript)
        XCTAssertEqual(reported.lines.count, 2, reported.transcript)
        XCTAssertTrue(reported.lines.first?.hasPrefix("pkg/c.py:1:8: unused-suppression ") == true, reported.transcript)
        XCTAssertEqual(reported.lines.last, "Found 1 finding (1 info) in 1 file of 2 (1 suppressed).")

        let failing = try tree.run("check", "--report-unused-suppressions", "--fail-on", "info")
        XCTAssertEqual(failing.exitCode, 1, failing.transcript)
    }
}
