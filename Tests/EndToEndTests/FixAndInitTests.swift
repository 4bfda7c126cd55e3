import Foundation
import XCTest

/// `check --fix`, `check --diff` and `ssotlint init`, run as a user runs the binary.
final class FixAndInitTests: XCTestCase {
    static let config = """
        version: 1
        rules:
          - id: DEP001
            kind: deprecated-import
            severity: error
            message: "{module} is deprecated; import {replacement}"
            modules:
              - { module: legacy.config, replacement: shared.config }

        """

    static let before = """
        import legacy.config as cfg
        from legacy.config import (  # the settings
            load,
            save as store,
        )

        cfg.load()

        """
    static let after = before.replacingOccurrences(of: "legacy.config", with: "shared.config")

    /// A project with one fixable file, one file with an import left alone, and one clean.
    func project() throws -> ProjectTree {
        try ProjectTree(self, files: [
            ".ssotlint.yml": Self.config,
            "app/fixable.py": Self.before,
            "app/stuck.py": "import legacy.config\n\nlegacy.config.load()\n",
            "app/clean.py": "x = 1\n",
        ])
    }

    static let stuckNote = "ssotlint: app/stuck.py:1:8: DEP001 not fixed: the file uses 'legacy', which "
        + "`import legacy.config` binds; write `import legacy.config as NAME` or update the uses first"

    // MARK: --fix

    func testFixRewritesInPlaceThenReportsWhatIsLeft() throws {
        let tree = try project()
        let result = try tree.run("check", "--fix")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(tree.read("app/fixable.py"), Self.after)
        XCTAssertEqual(tree.read("app/stuck.py"), "import legacy.config\n\nlegacy.config.load()\n")
        XCTAssertEqual(result.lines, [
            "app/stuck.py:1:8: DEP001 legacy.config is deprecated; import shared.config",
            "Found 1 finding (1 error) in 1 file of 3.",
        ])
        XCTAssertEqual(result.errorLines, [
            Self.stuckNote,
            "ssotlint: rewrote 2 imports in 1 file; 1 left as it was (see above)",
        ])
        XCTAssertEqual(try tree.list("app"), ["clean.py", "fixable.py", "stuck.py"], "no temporary file left")
    }

    func testFixOfEverythingExitsZero() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": Self.config, "app/m.py": Self.before])
        let result = try tree.run("check", "--fix")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines, ["No findings in 1 file."])
        XCTAssertEqual(result.errorLines, ["ssotlint: rewrote 2 imports in 1 file"])
        let again = try tree.run("check", "--fix")
        XCTAssertEqual(again.errorLines, ["ssotlint: nothing to fix"])
    }

    func testFixKeepsLineEndsAndPermissions() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": Self.config])
        try tree.write("run.py", bytes: Array("#!/usr/bin/env python3\r\nfrom legacy.config import load\r\nload()".utf8))
        XCTAssertEqual(chmod(tree.path("run.py"), 0o755), 0)
        let result = try tree.run("check", "--fix", "--quiet")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.errors, "")
        XCTAssertEqual(tree.read("run.py"), "#!/usr/bin/env python3\r\nfrom shared.config import load\r\nload()")
        var status = stat()
        XCTAssertEqual(stat(tree.path("run.py"), &status), 0)
        XCTAssertEqual(status.st_mode & 0o7777, 0o755)
    }

    func testFixTouchesOnlyTheNamedFiles() throws {
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": Self.config, "a.py": "import legacy.config as c\n", "b.py": "import legacy.config as c\n",
        ])
        let result = try tree.run("check", "--fix", "b.py")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(tree.read("a.py"), "import legacy.config as c\n")
        XCTAssertEqual(tree.read("b.py"), "import shared.config as c\n")
    }

    func testFixLeavesSuppressedImportsAlone() throws {
        let source = "import legacy.config as c  # ssotlint: ignore[DEP001] -- until 2.0\n"
        let tree = try ProjectTree(self, files: [".ssotlint.yml": Self.config, "a.py": source])
        let result = try tree.run("check", "--fix")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(tree.read("a.py"), source)
    }

    func testFixCannotRewriteStandardInput() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": Self.config])
        let result = try tree.run("check", "--fix", "--stdin-filename", "a.py", stdin: "import legacy.config as c\n")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
        XCTAssertEqual(result.errorLines, [
            "ssotlint: error: --fix cannot rewrite standard input (--stdin-filename); use --diff to see the rewrites",
        ])
    }

    // MARK: --diff

    func testDiffPrintsTheRewritesAndWritesNothing() throws {
        let tree = try project()
        let result = try tree.run("check", "--diff")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.output, """
            --- a/app/fixable.py
            +++ b/app/fixable.py
            @@ -1,5 +1,5 @@
            -import legacy.config as cfg
            -from legacy.config import (  # the settings
            +import shared.config as cfg
            +from shared.config import (  # the settings
                 load,
                 save as store,
             )

            """)
        XCTAssertEqual(result.errorLines, [Self.stuckNote, "ssotlint: would rewrite 2 imports in 1 file; 1 left as it was (see above)"])
        XCTAssertEqual(tree.read("app/fixable.py"), Self.before)
    }

    func testDiffWithNothingToFixExitsZero() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": Self.config, "a.py": "import shared.config\n"])
        let result = try tree.run("check", "--diff")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.output, "")
    }

    func testDiffReadsStandardInput() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": Self.config, "pkg/a.py": "x = 1\n"])
        let result = try tree.run("check", "--diff", "--quiet", "--stdin-filename", "pkg/a.py",
                                  stdin: "from legacy.config import x\n")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.output, "--- a/pkg/a.py\n+++ b/pkg/a.py\n@@ -1 +1 @@\n-from legacy.config import x\n+from shared.config import x\n")
        XCTAssertEqual(tree.read("pkg/a.py"), "x = 1\n")
    }

    // MARK: init

    func testInitWritesAStarterThatCheckUses() throws {
        let tree = try ProjectTree(self, files: [
            "src/app/__init__.py": "", "src/app/env.py": "import os\nhome = os.environ['HOME']\n", "tests/test_a.py": "",
        ])
        let result = try tree.run("init")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines, [
            "Wrote .ssotlint.yml (src-roots: src; test folders: tests/**).",
            "Next: `ssotlint check` to lint, `ssotlint baseline` to accept today's findings.",
        ])
        let text = try XCTUnwrap(tree.read(".ssotlint.yml"))
        XCTAssertTrue(text.contains("\nsrc-roots: [\"src\"]\n"), text)
        XCTAssertTrue(text.contains("    paths: [\"tests/**\", \"test_*.py\", \"*_test.py\", \"conftest.py\"]\n"), text)
        var status = stat()
        XCTAssertEqual(stat(tree.path(".ssotlint.yml"), &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o644 & ~Self.umaskValue())

        let check = try tree.run("check")
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertEqual(check.lines.first?.hasPrefix("src/app/env.py:2:8: ENV001 "), true, check.transcript)
        let rules = try tree.run("rules")
        XCTAssertEqual(rules.exitCode, 0, rules.transcript)
    }

    func testInitRefusesToOverwrite() throws {
        let tree = try ProjectTree(self, files: [".ssotlint.yml": "version: 1\n"])
        let result = try tree.run("init")
        XCTAssertEqual(result.exitCode, 2, result.transcript)
        XCTAssertEqual(result.output, "")
        XCTAssertEqual(result.errorLines, [
            "ssotlint: error: .ssotlint.yml already exists in \(tree.root); edit it, or remove it to start again",
        ])
        XCTAssertEqual(tree.read(".ssotlint.yml"), "version: 1\n")
    }

    func testInitInAFlatProject() throws {
        let tree = try ProjectTree(self, files: ["tool.py": "", "pkg/tests/test_x.py": ""])
        let result = try tree.run("init")
        XCTAssertEqual(result.exitCode, 0, result.transcript)
        XCTAssertEqual(result.lines.first, "Wrote .ssotlint.yml (src-roots: .; test folders: **/tests/**).")
        XCTAssertEqual(try tree.list(), [".ssotlint.yml", "pkg", "tool.py"])
    }

    static func umaskValue() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
