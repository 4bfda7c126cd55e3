import SSOTLint
import XCTest

/// Migration progress, the folder breakdown and the history entries that carry them.
final class MigrationAndFolderTests: XCTestCase {
    func file(_ path: String, compliant: Bool) -> FileScore {
        FileScore(path: path, category: "Source", compliant: compliant, findings: compliant ? 0 : 1, suppressed: 0, baselined: 0,
                  unanalysable: false)
    }

    func testFoldersAreWorstFirstBelowTheFolderThatHoldsEveryFile() {
        let files = [
            file("src/app/a.py", compliant: true), file("src/app/b.py", compliant: false),
            file("src/lib/c.py", compliant: true), file("src/lib/deep/d.py", compliant: true),
            file("src/tools/e.py", compliant: false), file("src/top.py", compliant: true),
        ]
        XCTAssertEqual(FolderScore.breakdown(files, depth: 1).map { "\($0.path) \($0.compliant)/\($0.files)" },
                       ["src/tools 0/1", "src/app 1/2", "src/lib 2/2", "src 1/1"])
        XCTAssertEqual(FolderScore.breakdown(files, depth: 2).map(\.path), ["src/tools", "src/app", "src", "src/lib", "src/lib/deep"])
        XCTAssertEqual(FolderScore.breakdown(files, depth: 0), [])
        XCTAssertEqual(FolderScore.breakdown([file("a.py", compliant: true), file("pkg/b.py", compliant: false)], depth: 1).map(\.path),
                       ["pkg", "."])
    }

    func testMigrationTextAndChange() {
        let now = Migration(rule: "WS001", kind: .canonicalPattern, subject: "factory", files: 131, of: 519)
        XCTAssertEqual(now.text, "WS001 factory: 131 of 519 files, 25.2%")
        XCTAssertEqual(now.point.change(since: MigrationPoint(files: 91, of: 519)), "+40 files (+7.7 points)")
        let module = Migration(rule: "DEP001", kind: .deprecatedModule, subject: "legacy.config", files: 1)
        XCTAssertEqual(module.text, "DEP001 legacy.config: 1 file still imports it")
        XCTAssertEqual(module.point.change(since: MigrationPoint(files: 4)), "−3 files")
        XCTAssertEqual(module.point.change(since: MigrationPoint(files: 1)), "±0 files")
    }

    func testHistoryEntriesKeepSubjectPatternsAndMigrations() throws {
        var entry = HistoryEntry(time: "2026-01-02T03:04:05+00:00", commit: "abc", scores: ["Overall": Compliance(files: 4, compliant: 3)],
                                 rules: ["WS001": 2])
        entry.subject = "Move to the factory"
        entry.patterns = ["WS001": ["factory": 3, "legacy": 2]]
        entry.migrations = ["WS001 factory": MigrationPoint(files: 3, of: 4), "DEP001 legacy.config": MigrationPoint(files: 2)]
        XCTAssertEqual(entry.jsonLine, "{\"time\": \"2026-01-02T03:04:05+00:00\", \"commit\": \"abc\", \"subject\": \"Move to the factory\", "
            + "\"scores\": {\"Overall\": {\"files\": 4, \"compliant\": 3}}, \"rules\": {\"WS001\": 2}, "
            + "\"patterns\": {\"WS001\": {\"factory\": 3, \"legacy\": 2}}, "
            + "\"migrations\": {\"DEP001 legacy.config\": {\"files\": 2}, \"WS001 factory\": {\"files\": 3, \"of\": 4}}}")
        XCTAssertEqual(HistoryEntry(jsonLine: entry.jsonLine), entry)
        let old = try XCTUnwrap(HistoryEntry(jsonLine: "{\"time\": \"t\", \"commit\": null, \"scores\": {}, \"rules\": {}}"))
        XCTAssertNil(old.subject)
        XCTAssertEqual(old.migrations, [:])
    }
}
