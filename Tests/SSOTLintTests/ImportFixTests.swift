import Foundation
import XCTest
@testable import SSOTLint

/// `check --fix` for `deprecated-import` (SPEC §4): what is rewritten, exactly how, and
/// what is left alone with a reason.
final class ImportFixTests: FolderTestCase {
    static let config = """
        version: 1
        rules:
          - id: DEP001
            kind: deprecated-import
            severity: error
            message: "{module} is deprecated; import {replacement}"
            modules:
              - { module: legacy.config, replacement: shared.config }
              - { module: legacy.settings, replacement: shared.config }
              - { module: legacy.tools, replacement: toolbox }
              - { module: legacy.wiki, replacement: "see the wiki" }
              - { module: shared.old_utils, names: [load, save], replacement: shared.utils }
              - { module: shared.old_utils, names: [dump], replacement: shared.serialization }

        """


    /// The plan for a project of `files` (path → bytes) under `config`.
    private func plan(_ files: [String: [UInt8]], config: String = config) throws -> FixPlan {
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let configuration = try ConfigurationLoader.parse(config, file: root + "/.ssotlint.yml")
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        request.jobs = 1
        request.planFixes = true
        return try XCTUnwrap(Analyzer.run(request).fixPlan)
    }

    /// `source` at `path` after the fixes (nil: not rewritten), and the refusals.
    private func fix(_ source: String, path: String = "app/m.py", config: String = config,
                     file: StaticString = #filePath, line: UInt = #line) throws -> (text: String?, refusals: [String]) {
        let plan = try plan([path: Array(source.utf8)], config: config)
        let text = plan.files.first { $0.path == path }.map { String(decoding: $0.fixed, as: UTF8.self) }
        return (text, plan.refusals.map { "\($0.line):\($0.column): \($0.reason)" })
    }

    private func assertFixed(_ source: String, _ expected: String, path: String = "app/m.py",
                             file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try fix(source, path: path)
        XCTAssertEqual(result.text, expected, "refusals: \(result.refusals)", file: file, line: line)
        XCTAssertEqual(result.refusals, [], file: file, line: line)
    }

    private func assertRefused(_ source: String, _ reason: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try fix(source)
        XCTAssertNil(result.text, file: file, line: line)
        XCTAssertEqual(result.refusals.count, 1, "\(result.refusals)", file: file, line: line)
        XCTAssertTrue(result.refusals.first?.contains(reason) ?? false, "\(result.refusals)", file: file, line: line)
    }

    // MARK: import M

    func testImportWithAliasKeepsTheAlias() throws {
        try assertFixed("import legacy.config as c\nc.load()\n", "import shared.config as c\nc.load()\n")
        try assertFixed("import legacy.config.sub as s\n", "import shared.config.sub as s\n")
        try assertFixed("import os, legacy.config as c  # why\n", "import os, shared.config as c  # why\n")
    }

    func testImportWithoutAliasIsRewrittenWhenItsTopNameIsNotUsed() throws {
        try assertFixed("import legacy.config\nimport legacy.config.sub\n", "import shared.config\nimport shared.config.sub\n")
        try assertFixed("if True:\n    import legacy.config; x = 1\n", "if True:\n    import shared.config; x = 1\n")
    }

    func testImportWithoutAliasIsRefusedWhenTheFileUsesItsTopName() throws {
        try assertRefused("import legacy.config\n\nvalue = legacy.config.load()\n", "the file uses 'legacy'")
        try assertRefused("import legacy.config\n\ndef f(legacy):\n    pass\n", "the file uses 'legacy'")
        try assertRefused("import legacy.config\nx: \"legacy.config.Settings\"\n", "is written in a string")
        try assertRefused("import legacy.config\nx: List['legacy.config.Settings']\n", "is written in a string")
    }

    func testDocstringsCommentsAndOtherStringsDoNotStopTheRewrite() throws {
        let source = "\"\"\"Reads legacy.config.\"\"\"\nimport legacy.config  # legacy.config\nm = b\"legacy.config\"\nn = f\"legacy.config\"\n"
        try assertFixed(source, source.replacingOccurrences(of: "import legacy.config", with: "import shared.config"))
    }

    func testImportWithoutAliasIsRefusedWhenTheNewTopNameIsTaken() throws {
        try assertRefused("import legacy.config\nshared = 1\n", "already uses the name 'shared'")
        try assertRefused("import legacy.config\nfrom x import shared\n", "'shared' is already bound by another import")
        // Bound to the same package already: no clash.
        try assertFixed("import shared.utils\nimport legacy.config\nshared.utils.f()\n",
                        "import shared.utils\nimport shared.config\nshared.utils.f()\n")
    }

    func testAttributesNamedLikeTheTopNameAreNoUse() throws {
        try assertFixed("import legacy.config\nx = obj.legacy\n", "import shared.config\nx = obj.legacy\n")
    }

    // MARK: from M import n

    func testFromImportReplacesTheModulePathAndKeepsEverythingElse() throws {
        try assertFixed("from legacy.config import a, b as c\n", "from shared.config import a, b as c\n")
        try assertFixed("from legacy.config.sub import n\n", "from shared.config.sub import n\n")
        try assertFixed("from legacy.config import *\n", "from shared.config import *\n")
        try assertFixed(
            "from legacy.config import (  # settings\r\n    a,  # first\r\n    b as bb,\r\n)\r\nx = 1\r\n",
            "from shared.config import (  # settings\r\n    a,  # first\r\n    b as bb,\r\n)\r\nx = 1\r\n")
        try assertFixed("from legacy . config import a\n", "from shared.config import a\n")
    }

    func testFromPackageImportModuleKeepsTheBinding() throws {
        try assertFixed("from legacy import config\n", "from shared import config\n")
        try assertFixed("from legacy import config as cfg\n", "from shared import config as cfg\n")
        try assertFixed("from legacy import settings\n", "from shared import config as settings\n")
        try assertFixed("from legacy import settings as s\n", "from shared import config as s\n")
        try assertFixed("from legacy import (\n    config,\n    settings,  # old\n)\n",
                        "from shared import (\n    config,\n    config as settings,  # old\n)\n")
    }

    func testTopLevelReplacementBecomesAnImportStatement() throws {
        try assertFixed("from legacy import tools as t  # tools\n", "import toolbox as t  # tools\n")
        try assertFixed("from legacy import tools\n", "import toolbox as tools\n")
        try assertRefused("from legacy import (\n    tools,  # the tools\n)\n", "is a top-level module")
    }

    func testNamesEntriesAreRewrittenWhenEveryNameMovesToOneModule() throws {
        try assertFixed("from shared.old_utils import load, save as s\n", "from shared.utils import load, save as s\n")
        try assertRefused("from shared.old_utils import load, other\n", "also imports other, which is not deprecated")
        try assertRefused("from shared.old_utils import load, dump\n", "move to different modules (shared.serialization, shared.utils)")
    }

    func testRelativeImportsBecomeAbsolute() throws {
        try assertFixed("from . import config\n", "from shared import config\n", path: "legacy/other.py")
        try assertFixed("from .config import load\n", "from shared.config import load\n", path: "legacy/other.py")
        try assertFixed("from ..config import load\n", "from shared.config import load\n", path: "legacy/sub/m.py")
    }

    // MARK: what is left alone

    func testAReplacementThatIsNotAModulePathIsRefused() throws {
        try assertRefused("import legacy.wiki as w\n", "the replacement 'see the wiki' of legacy.wiki is not a module path")
    }

    func testSuppressedFindingsAreNotFixed() throws {
        let result = try fix("import legacy.config as c  # ssotlint: ignore[DEP001]\n")
        XCTAssertNil(result.text)
        XCTAssertEqual(result.refusals, [])
    }

    func testRefusalsCarryTheFindingPosition() throws {
        let plan = try plan(["app/m.py": Array("import os\nimport legacy.config\nlegacy.config.x()\n".utf8)])
        XCTAssertEqual(plan.refusals.map(\.description), [
            "app/m.py:2:8: DEP001 not fixed: the file uses 'legacy', which `import legacy.config` binds; "
                + "write `import legacy.config as NAME` or update the uses first",
        ])
    }

    func testTypeCheckingImportsAreLeftAloneWhenTheRuleSkipsThem() throws {
        let config = Self.config.replacingOccurrences(of: "    severity: error\n", with: "    severity: error\n    skip-type-checking: true\n")
        let source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import legacy.config as c\nimport legacy.tools as t\n"
        let result = try fix(source, config: config)
        XCTAssertEqual(result.text, "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import legacy.config as c\nimport toolbox as t\n")
    }

    func testTwoRulesOnOneImportFixItOnce() throws {
        let config = Self.config + """
              - id: DEP002
                kind: deprecated-import
                severity: error
                message: "{module} moved"
                modules: [{ module: legacy.config, replacement: other.config }]

            """
        let result = try fix("import legacy.config as c\n", config: config)
        XCTAssertEqual(result.text, "import shared.config as c\n")
        XCTAssertEqual(result.refusals, ["1:8: another rule rewrites this import in this run; run --fix again"])
    }

    // MARK: bytes

    func testByteOrderMarkIsKept() throws {
        let plan = try plan(["app/m.py": [0xEF, 0xBB, 0xBF] + Array("import legacy.config as c\n".utf8)])
        XCTAssertEqual(plan.files.first?.fixed, [0xEF, 0xBB, 0xBF] + Array("import shared.config as c\n".utf8))
    }

    func testFilesInOtherEncodingsAreLeftAlone() throws {
        let latin1 = Array("# -*- coding: latin-1 -*-\n# caf".utf8) + [0xE9] + Array("\nimport legacy.config as c\n".utf8)
        let plan = try plan(["app/m.py": latin1])
        XCTAssertEqual(plan.files.count, 0)
        XCTAssertEqual(plan.refusals.map(\.reason), ["the file is encoded in iso-8859-1; --fix rewrites UTF-8 files only"])
    }

    func testWriteReplacesTheFileAndKeepsItsMode() throws {
        let plan = try plan(["app/m.py": Array("from legacy.config import a\n".utf8)])
        let path = root + "/app/m.py"
        XCTAssertEqual(chmod(path, 0o750), 0)
        try ImportFixes.write(plan, root: root)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "from shared.config import a\n")
        var status = stat()
        XCTAssertEqual(stat(path, &status), 0)
        XCTAssertEqual(status.st_mode & 0o7777, 0o750)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/app"), ["m.py"], "no temporary file left")
    }

    func testWriteRefusesAFileThatChangedSinceThePlan() throws {
        let plan = try plan(["app/m.py": Array("from legacy.config import a\n".utf8)])
        try Data("from legacy.config import b\n".utf8).write(to: URL(fileURLWithPath: root + "/app/m.py"))
        XCTAssertThrowsError(try ImportFixes.write(plan, root: root)) { error in
            XCTAssertEqual("\(error)", "cannot write app/m.py: it changed while ssotlint ran; run --fix again")
        }
        XCTAssertEqual(try String(contentsOfFile: root + "/app/m.py", encoding: .utf8), "from legacy.config import b\n")
    }

    func testCreateNeverOverwrites() throws {
        let path = root + "/new.txt"
        try AtomicFile.create(path, with: Array("one\n".utf8))
        XCTAssertThrowsError(try AtomicFile.create(path, with: Array("two\n".utf8)))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "one\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["new.txt"])
    }

    // MARK: diff

    func testDiffHunksHaveThreeLinesOfContextAndMergeWhenClose() {
        let old = (1...12).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 2\n", with: "LINE 2\n").replacingOccurrences(of: "line 7\n", with: "LINE 7\n")
            .replacingOccurrences(of: "line 12\n", with: "LINE 12")
        XCTAssertEqual(UnifiedDiff.render(path: "a.py", old: Array(old.utf8), new: Array(new.utf8)), """
            --- a/a.py
            +++ b/a.py
            @@ -1,12 +1,12 @@
             line 1
            -line 2
            +LINE 2
             line 3
             line 4
             line 5
             line 6
            -line 7
            +LINE 7
             line 8
             line 9
             line 10
             line 11
            -line 12
            +LINE 12
            \\ No newline at end of file

            """)
        XCTAssertEqual(UnifiedDiff.render(path: "a.py", old: Array(old.utf8), new: Array(old.utf8)), "")
    }

    func testDiffKeepsCarriageReturnsAndSeparatesDistantHunks() {
        let old = (1...20).map { "l\($0)\r\n" }.joined()
        let new = old.replacingOccurrences(of: "l1\r\n", with: "x1\r\n").replacingOccurrences(of: "l20\r\n", with: "x20\r\n")
        XCTAssertEqual(UnifiedDiff.render(path: "p/b.py", old: Array(old.utf8), new: Array(new.utf8)),
                       "--- a/p/b.py\n+++ b/p/b.py\n@@ -1,4 +1,4 @@\n-l1\r\n+x1\r\n l2\r\n l3\r\n l4\r\n"
                        + "@@ -17,4 +17,4 @@\n l17\r\n l18\r\n l19\r\n-l20\r\n+x20\r\n")
    }

    func testDiffOfALineBreakRemovedIsOneHunk() {
        XCTAssertEqual(UnifiedDiff.render(path: "c.py", old: Array("a\nimport x.\\\n  y\nb\n".utf8), new: Array("a\nimport z\nb\n".utf8)),
                       "--- a/c.py\n+++ b/c.py\n@@ -1,4 +1,3 @@\n a\n-import x.\\\n-  y\n+import z\n b\n")
    }
}
