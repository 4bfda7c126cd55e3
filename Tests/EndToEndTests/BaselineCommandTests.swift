import Foundation
import XCTest

/// `ssotlint baseline` and `check`'s use of the baseline (SPEC §5), run as a user runs
/// the built binary: what is printed, exit codes and the file written.
final class BaselineCommandTests: XCTestCase {
    static let source = "import os\n\nhome = os.environ[\"HOME\"]\n"
    static let home = "pkg/a.py:3:8: " + Expected.env001("os.environ")
    static let baselineFile = ".ssotlint-baseline.json"
    static let staleNote = "ssotlint: 1 baseline entry no longer matches; run ssotlint baseline --prune"

    /// A project with one ENV001 finding, recorded in the default baseline.
    func recordedTree(_ extra: [String: String] = [:], findings: Int = 1) throws -> ProjectTree {
        let tree = try ProjectTree(self, files: ["pkg/a.py": Self.source, "pkg/b.py": "x = 1\n"].merging(extra) { $1 })
        let recorded = try tree.run("baseline")
        XCTAssertEqual(recorded.exitCode, 0, recorded.transcript)
        XCTAssertEqual(recorded.lines, ["Recorded \(findings) finding\(findings == 1 ? "" : "s") in \(Self.baselineFile)"])
        XCTAssertEqual(recorded.errors, "")
        return tree
    }

    /// The entries of a baseline file as `path rule #index`.
    func entries(_ tree: ProjectTree, _ file: String = baselineFile) throws -> [String] {
        let text = try XCTUnwrap(tree.read(file), "no \(file)")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["version"] as? Int, 1)
        XCTAssertEqual(object["tool"] as? String, "ssotlint")
        let list = try XCTUnwrap(object["entries"] as? [[String: Any]])
        return list.map { "\($0["path"] ?? "?") \($0["rule"] ?? "?") #\($0["index"] ?? "?")" }
    }

    // MARK: baseline, then check

    func testBaselineThenCheckPassesWithTheFindingBaselined() throws {
        let tree = try recordedTree()
        let text = try XCTUnwrap(tree.read(Self.baselineFile))
        XCTAssertTrue(text.hasPrefix("{\n  \"version\": 1,\n  \"tool\": \"ssotlint\",\n  \"entries\": [\n"
            + "    {\"rule\": \"ENV001\", \"path\": \"pkg/a.py\", \"hash\": \""), text)
        let check = try tree.run("check")
        XCTAssertEqual(check.exitCode, 0, check.transcript)
        XCTAssertEqual(check.lines, ["No findings in 2 files (1 baselined)."])
        XCTAssertEqual(check.errors, "")
        let json = try FindingsDocument(try tree.run("check", "--format", "json").stdout)
        XCTAssertEqual(json.findings.map { $0["baselined"] as? Bool }, [true])
    }

    func testANewViolationFailsAndOnlyItIsPrinted() throws {
        let tree = try recordedTree()
        try tree.write("pkg/a.py", "import os\n\"\"\"Moved down.\"\"\"\n\nhome = os.environ[\"HOME\"]  # still here\n"
            + "path = os.environ[\"PATH\"]\n")
        let check = try tree.run("check")
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertEqual(check.lines, [
            "pkg/a.py:5:8: " + Expected.env001("os.environ"),
            "Found 1 finding (1 error) in 1 file of 2 (1 baselined).",
        ])
        let shown = try tree.run("check", "--show-baselined")
        XCTAssertEqual(shown.exitCode, 1, shown.transcript)
        XCTAssertEqual(shown.lines, [
            "pkg/a.py:4:8: " + Expected.env001("os.environ"),
            "pkg/a.py:5:8: " + Expected.env001("os.environ"),
            "Found 2 findings (2 errors) in 1 file of 2.",
        ])
    }

    func testAFixedViolationLeavesAStaleEntryThatPruneRemoves() throws {
        let tree = try recordedTree(["pkg/c.py": "import os\nuser = os.environ[\"USER\"]\n"], findings: 2)
        XCTAssertEqual(try entries(tree).count, 2)
        try tree.write("pkg/a.py", "import os\n\nhome = os.getcwd()\n")

        let check = try tree.run("check")
        XCTAssertEqual(check.exitCode, 0, check.transcript)
        XCTAssertEqual(check.errorLines, [Self.staleNote])
        XCTAssertEqual(try tree.run("check", "--quiet").errors, "")

        let strict = try tree.run("check", "--strict-baseline")
        XCTAssertEqual(strict.exitCode, 1, strict.transcript)
        XCTAssertEqual(strict.errorLines, [Self.staleNote])

        let prune = try tree.run("baseline", "--prune")
        XCTAssertEqual(prune.exitCode, 0, prune.transcript)
        XCTAssertEqual(prune.lines, ["Removed 1 stale entry from \(Self.baselineFile)"])
        XCTAssertEqual(try entries(tree), ["pkg/c.py ENV001 #0"])

        let again = try tree.run("check", "--strict-baseline")
        XCTAssertEqual(again.exitCode, 0, again.transcript)
        XCTAssertEqual(again.errors, "")
        XCTAssertEqual(again.lines, ["No findings in 3 files (1 baselined)."])
    }

    func testPruneNeverAddsSoAFixedViolationCannotComeBack() throws {
        let tree = try recordedTree()
        try tree.write("pkg/b.py", "import os\npath = os.environ[\"PATH\"]\n")
        let prune = try tree.run("baseline", "--prune")
        XCTAssertEqual(prune.exitCode, 0, prune.transcript)
        XCTAssertEqual(prune.lines, ["Removed 0 stale entries from \(Self.baselineFile)"])
        XCTAssertEqual(try entries(tree), ["pkg/a.py ENV001 #0"])
        let check = try tree.run("check")
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertEqual(check.lines.first, "pkg/b.py:2:8: " + Expected.env001("os.environ"))
    }

    func testIdenticalLinesAreCountedOccurrences() throws {
        let tree = try ProjectTree(self, files: ["a.py": "import os\nv = os.environ\nv = os.environ\n"])
        XCTAssertEqual(try tree.run("baseline").lines, ["Recorded 2 findings in \(Self.baselineFile)"])
        XCTAssertEqual(try entries(tree), ["a.py ENV001 #0", "a.py ENV001 #1"])
        try tree.write("a.py", "import os\nv = os.environ\nv = os.environ\nv = os.environ\n")
        let check = try tree.run("check")
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertEqual(check.lines.last, "Found 1 finding (1 error) in 1 file of 1 (2 baselined).")
    }

    func testBaselinedFindingsStillCountInTheScore() throws {
        let tree = try recordedTree()
        let check = try tree.run("check", "--fail-under", "100")
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertTrue(check.errors.contains("compliance 50.0% is below --fail-under 100"), check.transcript)
    }

    // MARK: where the baseline lives

    func testTheConfiguredBaselineIsUsedRelativeToTheRoot() throws {
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": "version: 1\nrules: [builtin:env-access]\nbaseline: ci/baseline.json\n",
            "ci/": "", "pkg/a.py": Self.source,
        ])
        let recorded = try tree.run("baseline", in: "pkg")
        XCTAssertEqual(recorded.exitCode, 0, recorded.transcript)
        XCTAssertEqual(recorded.lines, ["Recorded 1 finding in \(tree.path("ci/baseline.json"))"])
        XCTAssertEqual(try entries(tree, "ci/baseline.json"), ["pkg/a.py ENV001 #0"])
        XCTAssertNil(tree.read(Self.baselineFile))
        XCTAssertEqual(try tree.run("check", in: "pkg").exitCode, 0)
    }

    func testBaselineOptionNamesAFileRelativeToTheCurrentFolder() throws {
        let tree = try ProjectTree(self, files: [".git/": "", "pkg/a.py": Self.source])
        let recorded = try tree.run("baseline", "--output", "mine.json", in: "pkg")
        XCTAssertEqual(recorded.lines, ["Recorded 1 finding in mine.json"], recorded.transcript)
        XCTAssertEqual(try entries(tree, "pkg/mine.json"), ["pkg/a.py ENV001 #0"])
        XCTAssertEqual(try tree.run("check").exitCode, 1, "the default baseline does not exist")
        XCTAssertEqual(try tree.run("check", "--baseline", "pkg/mine.json").exitCode, 0)
        try tree.write("pkg/a.py", "x = 1\n")
        let stale = try tree.run("check", "--baseline", "mine.json", in: "pkg")
        XCTAssertEqual(stale.errorLines, [
            "ssotlint: 1 baseline entry no longer matches; run ssotlint baseline --prune --output mine.json",
        ])
    }

    func testANamedBaselineThatIsMissingIsAnError() throws {
        let tree = try ProjectTree(self, files: ["a.py": "x = 1\n"])
        let check = try tree.run("check", "--baseline", "nope.json")
        XCTAssertEqual(check.exitCode, 2, check.transcript)
        XCTAssertEqual(check.errorLines, ["ssotlint: error: baseline file not found: nope.json"])
        let prune = try tree.run("baseline", "--prune")
        XCTAssertEqual(prune.exitCode, 2, prune.transcript)
        XCTAssertEqual(prune.errorLines, ["ssotlint: error: baseline file not found: \(tree.path(Self.baselineFile))"])
    }

    func testADamagedBaselineIsAnErrorNamingTheFile() throws {
        let tree = try ProjectTree(self, files: ["a.py": "x = 1\n", Self.baselineFile: "{\"version\": 1"])
        let check = try tree.run("check")
        XCTAssertEqual(check.exitCode, 2, check.transcript)
        XCTAssertEqual(check.errorLines, [
            "ssotlint: error: \(tree.path(Self.baselineFile)): not valid JSON; re-create it with `ssotlint baseline`",
        ])
        let partial = try tree.run("baseline", "a.py")
        XCTAssertEqual(partial.exitCode, 2, "a partial run cannot keep the other files' entries\n" + partial.transcript)
        let whole = try tree.run("baseline")
        XCTAssertEqual(whole.exitCode, 0, whole.transcript)
        XCTAssertEqual(try entries(tree), [])
        XCTAssertEqual(try tree.run("check").exitCode, 0)
    }

    // MARK: partial runs

    func testBaselineWithPathsReplacesOnlyThoseFilesEntries() throws {
        let tree = try recordedTree(["pkg/c.py": "import os\nuser = os.environ[\"USER\"]\n"], findings: 2)
        try tree.write("pkg/a.py", "x = 1\n")
        try tree.write("pkg/b.py", "import os\nv = os.environ\n")
        let recorded = try tree.run("baseline", "pkg/a.py", "pkg/b.py")
        XCTAssertEqual(recorded.exitCode, 0, recorded.transcript)
        XCTAssertEqual(recorded.lines, ["Recorded 1 finding in \(Self.baselineFile) (kept 1 entry of files or rules not analysed)"])
        XCTAssertEqual(try entries(tree), ["pkg/b.py ENV001 #0", "pkg/c.py ENV001 #0"])
    }

    func testPathsAndSelectLimitWhichEntriesCanBeStale() throws {
        var config = Expected.duplicateAndTodoConfig
        config += "  - builtin:env-access\n"
        let tree = try ProjectTree(self, files: [
            ".ssotlint.yml": config, "pkg/a.py": Self.source, "pkg/b.py": "import os\nv = os.environ  # TODO\n",
        ])
        XCTAssertEqual(try tree.run("baseline").lines, ["Recorded 3 findings in \(Self.baselineFile)"])
        try tree.write("pkg/a.py", "x = 1\n")
        for arguments in [["pkg/b.py"], ["--select", "TODO1"], ["--ignore", "ENV001"]] {
            let check = try tree.run(["check", "--strict-baseline"] + arguments)
            XCTAssertEqual(check.exitCode, 0, "\(arguments)\n" + check.transcript)
            XCTAssertEqual(check.errors, "", "\(arguments)")
        }
        let prune = try tree.run("baseline", "--prune", "--select", "TODO1")
        XCTAssertEqual(prune.lines, ["Removed 0 stale entries from \(Self.baselineFile)"], prune.transcript)
        XCTAssertEqual(try tree.run("check", "--strict-baseline", "pkg/a.py").exitCode, 1)
    }

    func testStandardInputIsMatchedAgainstTheBaseline() throws {
        let tree = try recordedTree()
        let moved = "import os\n\n\nhome = os.environ[\"HOME\"]\nuser = os.environ[\"USER\"]\n"
        let check = try tree.run("check", "--stdin-filename", "pkg/a.py", "--strict-baseline", stdin: moved)
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertEqual(check.lines.first, "pkg/a.py:5:8: " + Expected.env001("os.environ"))
        XCTAssertEqual(check.errors, "")
    }

    // MARK: writing

    func testRewritingReplacesTheFileAndNeverWritesIntoTheOldOne() throws {
        // The new baseline goes to a temporary file renamed over the old one: the old
        // file's bytes (seen through a hard link) are never touched, so an interrupted
        // run leaves either the old baseline or the new one, never half of one.
        let tree = try recordedTree()
        let before = try XCTUnwrap(tree.read(Self.baselineFile))
        XCTAssertEqual(link(tree.path(Self.baselineFile), tree.path("old.json")), 0)
        try tree.write("pkg/b.py", "import os\nv = os.environ\n")
        let recorded = try tree.run("baseline")
        XCTAssertEqual(recorded.lines, ["Recorded 2 findings in \(Self.baselineFile)"], recorded.transcript)
        XCTAssertEqual(tree.read("old.json"), before)
        XCTAssertEqual(try entries(tree).count, 2)
        XCTAssertEqual(try tree.list().filter { $0.hasSuffix(".tmp") }, [])
    }

    func testAFailedWriteExitsTwoAndLeavesTheBaselineAlone() throws {
        let tree = try recordedTree()
        let before = tree.read(Self.baselineFile)
        let failed = try tree.run("baseline", "--output", "pkg/a.py/baseline.json")
        XCTAssertEqual(failed.exitCode, 2, failed.transcript)
        XCTAssertTrue(failed.errors.hasPrefix("ssotlint: error: cannot write pkg/a.py/baseline.json"), failed.transcript)
        XCTAssertEqual(tree.read(Self.baselineFile), before)
        XCTAssertEqual(tree.read("pkg/a.py"), Self.source)
    }

    func testQuietBaselinePrintsNothing() throws {
        let tree = try ProjectTree(self, files: ["a.py": Self.source])
        let recorded = try tree.run("baseline", "--quiet")
        XCTAssertEqual(recorded.exitCode, 0, recorded.transcript)
        XCTAssertEqual(recorded.output + recorded.errors, "")
        XCTAssertEqual(try entries(tree), ["a.py ENV001 #0"])
    }
}
