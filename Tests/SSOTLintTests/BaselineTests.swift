import Foundation
import PythonSource
import SSOTLint
import XCTest

/// Baseline fingerprints, matching, recording, pruning and the file format, on findings
/// made by hand from Python source: every line that mentions `os.environ` is an ENV001
/// finding, fingerprinted as the analyzer does.
final class BaselineTests: XCTestCase {
    static let original = """
        import os

        home = os.environ["HOME"]
        path = os.environ["PATH"]

        """

    /// ENV001 findings (and `TODO1` ones for `# TODO`) of `source` in `path`.
    static func findings(_ source: String, path: String = "pkg/a.py") -> [Finding] {
        let file = SourceFile(utf8: Array(source.utf8))
        let summary = SourceScanner.scan(file).summary
        var findings: [Finding] = []
        for (offset, text) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (rule, marker) in [("ENV001", "os.environ"), ("TODO1", "# TODO")] {
                guard let range = text.range(of: marker) else { continue }
                let column = text.distance(from: text.startIndex, to: range.lowerBound) + 1
                var finding = Finding(ruleID: rule, severity: .error, path: path, line: offset + 1, column: column,
                                      endLine: offset + 1, endColumn: column + marker.count, message: "\(rule) here")
                finding.lineHash = LineFingerprint.hash(line: offset + 1, source: file, summary: summary)
                findings.append(finding)
            }
        }
        return findings.sorted(by: Finding.outputOrder)
    }

    /// The lines of the findings that `baseline` does not cover (what `check` prints).
    static func newLines(_ baseline: Baseline, _ source: String) -> [Int] {
        var findings = findings(source)
        baseline.mark(&findings)
        return findings.filter { !$0.isBaselined }.map(\.line)
    }

    static func recorded(_ source: String) -> Baseline {
        Baseline().recording(findings(source))
    }

    // MARK: fingerprints that survive edits

    func testEveryFindingOfTheRecordedSourceIsBaselined() {
        var findings = Self.findings(Self.original)
        let outcome = Self.recorded(Self.original).mark(&findings)
        XCTAssertEqual(outcome.matched, 2)
        XCTAssertEqual(outcome.stale, [])
        XCTAssertTrue(findings.allSatisfy(\.isBaselined))
    }

    func testLinesInsertedAboveKeepAFindingBaselined() {
        let moved = "\"\"\"Docs.\"\"\"\n\nimport sys\n" + Self.original
        XCTAssertEqual(Self.findings(moved).map(\.line), [6, 7])
        XCTAssertEqual(Self.newLines(Self.recorded(Self.original), moved), [])
    }

    func testUnrelatedEditsElsewhereKeepFindingsBaselined() {
        let edited = Self.original.replacingOccurrences(of: "import os", with: "import os\nimport json  # used below")
            + "\ndef helper():\n    return 42\n"
        XCTAssertEqual(Self.newLines(Self.recorded(Self.original), edited), [])
    }

    func testChangingTheFindingsOwnLineMakesItNew() {
        let changed = Self.original.replacingOccurrences(of: "home = os.environ[\"HOME\"]", with: "home = os.environ[\"USER\"]")
        var findings = Self.findings(changed)
        let outcome = Self.recorded(Self.original).mark(&findings)
        XCTAssertEqual(findings.filter { !$0.isBaselined }.map(\.line), [3])
        XCTAssertEqual(outcome.matched, 1)
        XCTAssertEqual(outcome.stale.count, 1, "the entry of the old line no longer matches")
    }

    func testTrailingCommentAndWhitespaceChangesKeepTheMatch() {
        let edited = Self.original
            .replacingOccurrences(of: "home = os.environ[\"HOME\"]", with: "home   =  os.environ[\"HOME\"]    # read once")
            .replacingOccurrences(of: "path = os.environ[\"PATH\"]", with: "path = os.environ[\"PATH\"]  \t")
        XCTAssertEqual(Self.newLines(Self.recorded(Self.original), edited), [])
    }

    func testAHashInsideAStringIsPartOfTheLine() {
        // A '#' inside a string is not a comment: changing the text after it changes the line.
        let before = "import os\nvalue = os.environ.get(\"A\", \"#1\")\n"
        let after = "import os\nvalue = os.environ.get(\"A\", \"#2\")\n"
        XCTAssertEqual(Self.newLines(Self.recorded(before), after), [2])
    }

    func testTheSameRuleOnADifferentFileIsNotMatched() {
        let baseline = Self.recorded(Self.original)
        var findings = Self.findings(Self.original, path: "pkg/b.py")
        XCTAssertEqual(baseline.mark(&findings).matched, 0)
    }

    // MARK: identical lines

    func testIdenticalLinesGetOccurrenceIndices() {
        let source = "import os\nv = os.environ\nv = os.environ\n\nv = os.environ\n"
        let entries = Baseline.entries(for: Self.findings(source))
        XCTAssertEqual(entries.map(\.index), [0, 1, 2])
        XCTAssertEqual(Set(entries.map(\.hash)).count, 1)
    }

    func testOneMoreIdenticalLineIsOneNewFinding() {
        let source = "import os\nv = os.environ\nv = os.environ\n"
        let grown = source + "v = os.environ\n"
        XCTAssertEqual(Self.newLines(Self.recorded(source), grown), [4])
    }

    func testRemovingOneOfIdenticalLinesLeavesOneStaleEntry() {
        let source = "import os\nv = os.environ\nv = os.environ\n"
        var findings = Self.findings("import os\n\nv = os.environ\n")
        let outcome = Self.recorded(source).mark(&findings)
        XCTAssertEqual(outcome.matched, 1)
        XCTAssertEqual(outcome.stale.map(\.index), [1])
    }

    func testOccurrenceIndicesFollowOutputOrderWhateverTheInputOrder() {
        let source = "import os\nv = os.environ\nv = os.environ\n"
        let findings = Self.findings(source)
        XCTAssertEqual(Baseline.entries(for: findings.reversed()), Baseline.entries(for: findings))
        var reversed = Array(findings.reversed())
        XCTAssertEqual(Self.recorded(source).mark(&reversed).matched, 2)
    }

    // MARK: suppressions, stale entries, prune, scope

    func testSuppressedFindingsAreNeitherRecordedNorMarked() {
        var findings = Self.findings(Self.original)
        findings[0].isSuppressed = true
        let baseline = Baseline().recording(findings)
        XCTAssertEqual(baseline.entries.count, 1)
        var all = Self.findings(Self.original)
        all[0].isSuppressed = true
        XCTAssertEqual(Baseline.mark(&all, entries: Baseline.entries(for: Self.findings(Self.original))).matched, 1)
        XCTAssertFalse(all[0].isBaselined)
    }

    func testStaleCountIsTheEntriesThatMatchNoFinding() {
        let baseline = Self.recorded(Self.original + "user = os.environ[\"USER\"]  # TODO drop\n")
        XCTAssertEqual(baseline.entries.count, 4)
        var findings = Self.findings(Self.original)
        let outcome = baseline.mark(&findings)
        XCTAssertEqual(outcome.matched, 2)
        XCTAssertEqual(outcome.stale.map(\.rule), ["ENV001", "TODO1"])
    }

    func testPruneRemovesOnlyStaleEntries() {
        let baseline = Self.recorded(Self.original)
        let fixed = Self.original.replacingOccurrences(of: "path = os.environ[\"PATH\"]\n", with: "")
        var findings = Self.findings(fixed)
        let stale = baseline.mark(&findings).stale
        let pruned = baseline.removing(stale)
        XCTAssertEqual(pruned.entries.count, 1)
        XCTAssertEqual(Set(pruned.entries), Set(baseline.entries).subtracting(stale))
        var again = Self.findings(fixed)
        XCTAssertEqual(pruned.mark(&again).stale, [])
        XCTAssertEqual(pruned.mark(&again).matched, 1)
    }

    func testPruneNeverAdds() {
        let baseline = Self.recorded(Self.original)
        let grown = Self.original + "user = os.environ[\"USER\"]\n"
        var findings = Self.findings(grown)
        let outcome = baseline.mark(&findings)
        XCTAssertEqual(outcome.stale, [])
        XCTAssertEqual(baseline.removing(outcome.stale), baseline, "a new finding is not recorded by pruning")
        XCTAssertEqual(Self.newLines(baseline.removing(outcome.stale), grown), [5])
    }

    func testAFixedViolationThatComesBackAfterPruneIsNew() {
        let baseline = Self.recorded(Self.original)
        let fixed = "import os\n\nhome = os.environ[\"HOME\"]\n"
        var findings = Self.findings(fixed)
        let pruned = baseline.removing(baseline.mark(&findings).stale)
        XCTAssertEqual(Self.newLines(pruned, Self.original), [4])
    }

    func testScopeLimitsStaleEntriesToTheFilesAndRulesThatRan() {
        let baseline = Baseline(entries: Baseline.entries(for: Self.findings(Self.original))
            + Baseline.entries(for: Self.findings(Self.original, path: "pkg/b.py"))
            + Baseline.entries(for: Self.findings("# TODO x\n", path: "pkg/c.py")))
        var findings: [Finding] = []
        let onlyA = BaselineScope(reportedPaths: ["pkg/a.py"], unanalysablePaths: [], rulesNotRun: [])
        XCTAssertEqual(Set(baseline.mark(&findings, scope: onlyA).stale.map(\.path)), ["pkg/a.py"])
        let noTodo = BaselineScope(reportedPaths: nil, unanalysablePaths: ["pkg/b.py"], rulesNotRun: ["TODO1"])
        XCTAssertEqual(Set(baseline.mark(&findings, scope: noTodo).stale.map(\.path)), ["pkg/a.py"])
        XCTAssertEqual(baseline.mark(&findings).stale.count, 5)
    }

    func testRecordingReplacesOnlyTheEntriesInScope() {
        let baseline = Baseline(entries: Baseline.entries(for: Self.findings(Self.original))
            + Baseline.entries(for: Self.findings(Self.original, path: "pkg/b.py")))
        let onlyA = BaselineScope(reportedPaths: ["pkg/a.py"], unanalysablePaths: [], rulesNotRun: [])
        let updated = baseline.recording(Self.findings("import os\nx = os.environ\n"), scope: onlyA)
        XCTAssertEqual(updated.entries.filter { $0.path == "pkg/a.py" }.count, 1)
        XCTAssertEqual(updated.entries.filter { $0.path == "pkg/b.py" }, baseline.entries.filter { $0.path == "pkg/b.py" })
    }

    func testBaselinedFindingsStillCountInCompliance() {
        var findings = Self.findings(Self.original)
        XCTAssertEqual(Self.recorded(Self.original).mark(&findings).matched, 2)
        XCTAssertFalse(Compliance.isCompliant(findings, unanalysable: false, countSeverities: [.error]))
    }

    // MARK: the file

    func testTheFileIsDeterministicSortedAndOneEntryALine() throws {
        let entries = [
            Baseline.Entry(rule: "ENV001", path: "pkg/b.py", hash: "00000000000000aa", index: 0),
            Baseline.Entry(rule: "DUP100", path: "pkg/b.py", hash: "00000000000000bb", index: 1),
            Baseline.Entry(rule: "DUP100", path: "pkg/b.py", hash: "00000000000000bb", index: 0),
            Baseline.Entry(rule: "ENV001", path: "pkg/a \"x\".py", hash: "00000000000000cc", index: 0),
        ]
        let text = BaselineFile.render(Baseline(entries: entries + entries))
        XCTAssertEqual(text, """
            {
              "version": 1,
              "tool": "ssotlint",
              "entries": [
                {"rule": "ENV001", "path": "pkg/a \\"x\\".py", "hash": "00000000000000cc", "index": 0},
                {"rule": "DUP100", "path": "pkg/b.py", "hash": "00000000000000bb", "index": 0},
                {"rule": "DUP100", "path": "pkg/b.py", "hash": "00000000000000bb", "index": 1},
                {"rule": "ENV001", "path": "pkg/b.py", "hash": "00000000000000aa", "index": 0}
              ]
            }

            """)
        XCTAssertEqual(BaselineFile.render(Baseline(entries: entries.reversed())), text)
        XCTAssertEqual(try BaselineFile.parse(Array(text.utf8), path: "b.json"), Baseline(entries: entries))
    }

    func testAnEmptyBaselineRoundTrips() throws {
        let text = BaselineFile.render(Baseline())
        XCTAssertEqual(text, "{\n  \"version\": 1,\n  \"tool\": \"ssotlint\",\n  \"entries\": []\n}\n")
        XCTAssertEqual(try BaselineFile.parse(Array(text.utf8), path: "b.json"), Baseline())
    }

    func testBadFilesAreReportedWithTheirPath() {
        let cases: [(String, String)] = [
            ("[1,", "b.json: not valid JSON; re-create it with `ssotlint baseline`"),
            ("{\"version\": 1, \"entries\": []}", "b.json: not an ssotlint baseline (it needs \"tool\": \"ssotlint\")"),
            ("{\"version\": 2, \"tool\": \"ssotlint\", \"entries\": []}",
             "b.json: baseline version 2 is newer than this ssotlint reads (1); upgrade ssotlint"),
            ("{\"tool\": \"ssotlint\", \"entries\": []}", "b.json: the baseline needs an integer \"version\""),
            ("{\"version\": 1, \"tool\": \"ssotlint\"}", "b.json: the baseline needs an \"entries\" array"),
            ("{\"version\": 1, \"tool\": \"ssotlint\", \"entries\": [{\"rule\": \"A\", \"path\": \"p\", \"hash\": \"h\", \"index\": -1}]}",
             "b.json: entry 1 needs string \"rule\", \"path\" and \"hash\" and an integer \"index\" of 0 or more"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try BaselineFile.parse(Array(text.utf8), path: "b.json"), text) { error in
                XCTAssertEqual("\(error)", message)
            }
        }
    }

    func testReadingAMissingFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString).json").path
        XCTAssertNil(try BaselineFile.readIfPresent(path))
        XCTAssertThrowsError(try BaselineFile.read(path)) { error in
            XCTAssertEqual(error as? BaselineError, .notFound(path: path))
            XCTAssertEqual("\(error)", "baseline file not found: \(path)")
        }
    }

    func testWriteThenReadGivesTheSameBaseline() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("b.json").path
        let baseline = Self.recorded(Self.original)
        try BaselineFile.write(baseline, to: path)
        XCTAssertEqual(try BaselineFile.read(path), baseline)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["b.json"])
    }

    func testTheDefaultPathIsTheConfiguredOneRelativeToTheRoot() {
        var configuration = Configuration(file: "/p/.ssotlint.yml", root: "/p")
        XCTAssertEqual(BaselineFile.defaultPath(for: configuration), "/p/.ssotlint-baseline.json")
        configuration.baseline = "ci/baseline.json"
        XCTAssertEqual(BaselineFile.defaultPath(for: configuration), "/p/ci/baseline.json")
        configuration.baseline = "/elsewhere/b.json"
        XCTAssertEqual(BaselineFile.defaultPath(for: configuration), "/elsewhere/b.json")
    }
}
