import Foundation
@testable import SSOTLint
import XCTest

/// A change to one file's exports changes other files' findings: warm-cache runs equal
/// cold runs after a facade, an alias or a star-imported module is edited, added,
/// deleted or renamed (SPEC §4, following re-exports).
final class ReexportCacheTests: FolderTestCase {
    static let configuration = """
        version: 1
        rules:
          - id: RX
            kind: banned-api
            severity: error
            message: "{api}{via}"
            apis: [pkg.impl.Legacy]
            follow-reexports: true
          - id: PAT
            kind: competing-patterns
            severity: error
            message: "{pattern} instead of {canonical}"
            follow-reexports: true
            patterns:
              - { name: new, apis: [pkg.impl.New], canonical: true }
              - { name: old, apis: [pkg.impl.Legacy] }
        """

    override func setUpWithError() throws {
        try super.setUpWithError()
        try write(".ssotlint.yml", Self.configuration)
        try write("pkg/impl.py", "class Legacy: pass\nclass New: pass\nOld = Legacy\n")
        try write("pkg/__init__.py", "from .impl import Legacy\n")
        try write("pkg/stars.py", "from .impl import *\n")
        try write("app/a.py", "from pkg import Legacy\n")
        try write("app/b.py", "from pkg.impl import Old\nfrom pkg.stars import New\n")
        try write("app/c.py", "import pkg.stars\npkg.stars.Legacy()\n")
    }

    func write(_ path: String, _ text: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func request(cache: Bool) throws -> AnalysisRequest {
        let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        request.useCache = cache
        return request
    }

    func lines(_ result: AnalysisResult) -> [String] {
        result.findings.map { "\($0.path):\($0.line):\($0.column) \($0.ruleID) \($0.message)" }
    }

    func run(cache: Bool) throws -> [String] { lines(Analyzer.run(try request(cache: cache))) }

    /// Warm twice (the second served by the cache), each equal to a cold run; returns it.
    @discardableResult
    func assertWarmEqualsCold(file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let cold = try run(cache: false)
        XCTAssertEqual(try run(cache: true), cold, "first cached run", file: file, line: line)
        XCTAssertEqual(try run(cache: true), cold, "second cached run", file: file, line: line)
        return cold
    }

    /// A cache written by one analysis of exactly these files holds each probe's verdict
    /// (a file that needed a closer look has project references): a warm run of the
    /// unchanged project asks no probe; one after an edit asks every file's.
    func testAWarmRunOfTheUnchangedProjectAsksNoProbe() throws {
        let cold = try assertWarmEqualsCold()
        let warm = AnalysisEngine(try request(cache: true))
        XCTAssertEqual(lines(warm.analyze()), cold)
        XCTAssertEqual(warm.statistics.cacheHits, 6)
        XCTAssertEqual(warm.probesAsked, 0)

        try write("app/b.py", "from pkg.impl import Old\n")
        let edited = AnalysisEngine(try request(cache: true))
        XCTAssertEqual(lines(edited.analyze()), try run(cache: false))
        // Every file still with a probe: app/a.py and app/c.py hold project references.
        XCTAssertEqual(edited.probesAsked, 4, "pkg/impl.py, pkg/__init__.py, pkg/stars.py, app/b.py")
    }

    func testTheProjectAsWritten() throws {
        XCTAssertEqual(try assertWarmEqualsCold(), [
            "app/a.py:1:17 PAT old instead of new",
            "app/a.py:1:17 RX pkg.impl.Legacypkg.Legacy → pkg.impl.Legacy",
            "app/b.py:1:22 PAT old instead of new",
            "app/b.py:1:22 RX pkg.impl.Legacypkg.impl.Old → pkg.impl.Legacy",
            "app/c.py:2:1 PAT old instead of new",
            "app/c.py:2:1 RX pkg.impl.Legacypkg.stars.Legacy → pkg.impl.Legacy",
            "pkg/__init__.py:1:19 PAT old instead of new",
            "pkg/__init__.py:1:19 RX pkg.impl.Legacy",
        ])
    }

    /// A file no following rule reports in keeps its exports (others resolve through it)
    /// but no references for the index.
    func testReferencesWaitForTheIndexOnlyWhereAFollowingRuleReports() throws {
        try write(".ssotlint.yml", Self.configuration.replacingOccurrences(
            of: "    follow-reexports: true\n", with: "    follow-reexports: true\n    paths: [app/a.py, app/c.py]\n"))
        let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        request.useCache = false
        let engine = AnalysisEngine(request)
        let findings = engine.analyze().findings.map { "\($0.path):\($0.line) \($0.ruleID)" }
        XCTAssertEqual(findings, ["app/a.py:1 PAT", "app/a.py:1 RX", "app/c.py:2 PAT", "app/c.py:2 RX"])
        XCTAssertNotNil(engine.outcomes["app/a.py"]?.projectReferences)
        XCTAssertNil(engine.outcomes["app/b.py"]?.projectReferences)
        XCTAssertNil(engine.outcomes["pkg/__init__.py"]?.projectReferences)
        XCTAssertNotNil(engine.outcomes["pkg/__init__.py"]?.exports, "a facade outside the rules' paths is still resolved through")
    }

    func testEditingAFacadeOrAnAlias() throws {
        try assertWarmEqualsCold()
        try write("pkg/__init__.py", "from .impl import New as Legacy\n")
        XCTAssertFalse(try assertWarmEqualsCold().contains { $0.hasPrefix("app/a.py") })
        try write("pkg/impl.py", "class Legacy: pass\nclass New: pass\nOld = New\n")
        XCTAssertFalse(try assertWarmEqualsCold().contains { $0.hasPrefix("app/b.py:1") })
    }

    func testAddingAndDeletingAFacade() throws {
        try FileManager.default.removeItem(atPath: root + "/pkg/__init__.py")
        XCTAssertFalse(try assertWarmEqualsCold().contains { $0.hasPrefix("app/a.py") })
        try write("pkg/__init__.py", "from .impl import Legacy\n")
        XCTAssertTrue(try assertWarmEqualsCold().contains { $0.hasPrefix("app/a.py:1:17 RX") })
    }

    func testRenamingAStarImportedModuleAndItsAll() throws {
        try assertWarmEqualsCold()
        try FileManager.default.moveItem(atPath: root + "/pkg/impl.py", toPath: root + "/pkg/impl2.py")
        // pkg.impl is gone: only paths written as pkg.impl.Legacy still match, directly.
        XCTAssertEqual(try assertWarmEqualsCold(), [
            "app/a.py:1:17 PAT old instead of new",
            "app/a.py:1:17 RX pkg.impl.Legacypkg.Legacy → pkg.impl.Legacy",
            "pkg/__init__.py:1:19 PAT old instead of new",
            "pkg/__init__.py:1:19 RX pkg.impl.Legacy",
        ])
        try FileManager.default.moveItem(atPath: root + "/pkg/impl2.py", toPath: root + "/pkg/impl.py")
        try write("pkg/impl.py", "__all__ = ['New']\nclass Legacy: pass\nclass New: pass\nOld = Legacy\n")
        XCTAssertFalse(try assertWarmEqualsCold().contains { $0.hasPrefix("app/c.py") }, "__all__ leaves Legacy out")
    }

    func testANewTopLevelModuleIsFollowed() throws {
        try assertWarmEqualsCold()
        try write("compat.py", "from pkg.impl import Legacy as OldManager\n")
        try write("app/d.py", "import compat\ncompat.OldManager()\n")
        XCTAssertTrue(try assertWarmEqualsCold().contains { $0.hasPrefix("app/d.py:2:1 RX") })
    }
}
