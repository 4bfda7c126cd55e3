import Foundation
@testable import SSOTLint
import XCTest

/// The incremental cache gives exactly the cold run's findings, including cross-file
/// ones after files holding duplicates or the majority pattern change.
final class AnalysisCacheTests: XCTestCase {
    var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/pkg", withIntermediateDirectories: true)
        try write(".ssotlint.yml", """
            version: 1
            rules:
              - builtin:env-access
              - id: DUP
                kind: duplicate-definition
                severity: error
                message: "{name} also at {others}"
                names: 'make_\\w+'
              - id: PAT
                kind: competing-patterns
                severity: error
                message: "{pattern} instead of {canonical}"
                patterns:
                  - { name: new, apis: [lib.new] }
                  - { name: old, apis: [lib.old] }
            """)
        try write("pkg/a.py", "import os\nfrom lib import new\ndef make_client(): return os.environ\n")
        try write("pkg/b.py", "from lib import new\n")
        try write("pkg/c.py", "from lib import old\ndef make_client(): pass\n")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(toFile: root + "/" + path, atomically: false, encoding: .utf8)
    }

    /// Findings as `path:line ID` lines, from a run with or without the cache, and how
    /// many files the run analysed and took from the cache.
    func analyse(cache: Bool) throws -> (findings: [String], statistics: AnalysisEngine.Statistics, files: Int) {
        let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        request.useCache = cache
        let engine = AnalysisEngine(request)
        let result = engine.analyze()
        return (result.findings.map { "\($0.path):\($0.line):\($0.column) \($0.ruleID) \($0.message)" },
                engine.statistics, result.files.count)
    }

    func run(cache: Bool) throws -> [String] { try analyse(cache: cache).findings }

    /// Runs warm twice and compares with a cold run; the second warm run must take every
    /// file from the cache.
    func assertWarmEqualsCold(file: StaticString = #filePath, line: UInt = #line) throws {
        let cold = try analyse(cache: false)
        XCTAssertEqual(cold.statistics, AnalysisEngine.Statistics(perFilePasses: cold.files, cacheHits: 0), file: file, line: line)
        XCTAssertEqual(try run(cache: true), cold.findings, "first cached run", file: file, line: line)
        let warm = try analyse(cache: true)
        XCTAssertEqual(warm.findings, cold.findings, "second cached run", file: file, line: line)
        XCTAssertEqual(warm.statistics, AnalysisEngine.Statistics(perFilePasses: 0, cacheHits: cold.files),
                       "the second cached run is served by the cache", file: file, line: line)
    }

    func testCacheHitGivesTheColdRunsFindings() throws {
        try assertWarmEqualsCold()
        XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/.ssotlint_cache/analysis.bin"))
    }

    func testAnEditedFileIsTheOnlyOneAnalysedAgain() throws {
        try assertWarmEqualsCold()
        try write("pkg/b.py", "from lib import old\n")
        let warm = try analyse(cache: true)
        XCTAssertEqual(warm.statistics, AnalysisEngine.Statistics(perFilePasses: 1, cacheHits: 2))
        XCTAssertEqual(warm.findings, try run(cache: false))
    }

    func testDeletingAFileWithADuplicateChangesOtherFilesFindings() throws {
        try assertWarmEqualsCold()
        XCTAssertTrue(try run(cache: true).contains { $0.hasPrefix("pkg/a.py:3:5 DUP") })
        try FileManager.default.removeItem(atPath: root + "/pkg/c.py")
        try assertWarmEqualsCold()
        XCTAssertFalse(try run(cache: true).contains { $0.contains(" DUP ") })
    }

    func testRenamingAndAddingFilesAreSeen() throws {
        try assertWarmEqualsCold()
        try FileManager.default.moveItem(atPath: root + "/pkg/c.py", toPath: root + "/pkg/d.py")
        try assertWarmEqualsCold()
        XCTAssertTrue(try run(cache: true).contains { $0.hasPrefix("pkg/d.py:2:5 DUP") })
        // Two more files using the old pattern make it the majority: a.py and b.py flip.
        try write("pkg/e.py", "from lib import old\n")
        try write("pkg/f.py", "from lib import old\n")
        try assertWarmEqualsCold()
        XCTAssertTrue(try run(cache: true).contains { $0.hasPrefix("pkg/b.py:1:17 PAT") })
    }

    func testAnEditIsSeenEvenWithinTheSameSecond() throws {
        try assertWarmEqualsCold()
        try write("pkg/b.py", "import os\nfrom lib import new\nos.getenv('X')\n")
        try assertWarmEqualsCold()
        XCTAssertTrue(try run(cache: true).contains { $0.hasPrefix("pkg/b.py:3:1 ENV001") })
    }

    func testAConfigurationChangeInvalidatesTheCache() throws {
        try assertWarmEqualsCold()
        let text = try String(contentsOfFile: root + "/.ssotlint.yml", encoding: .utf8)
        try write(".ssotlint.yml", text.replacingOccurrences(of: "names: 'make_\\w+'", with: "names: 'nothing'"))
        try assertWarmEqualsCold()
        XCTAssertFalse(try run(cache: true).contains { $0.contains(" DUP ") })
    }

    func testAnotherReleaseOrBuildDoesNotTrustTheCache() throws {
        try assertWarmEqualsCold()
        let configuration = try ConfigurationLoader.load(path: nil, from: root)
        let key = RuleSetFingerprint.of(configuration, rules: configuration.rules)
        let folder = root + "/.ssotlint_cache"
        XCTAssertFalse(AnalysisCache.load(folder: folder, key: key).entries.isEmpty, "this build's cache")
        for other in [RuleSetFingerprint.of(configuration, rules: configuration.rules, release: "9.9.9"),
                      RuleSetFingerprint.of(configuration, rules: configuration.rules, build: "rebuilt"),
                      RuleSetFingerprint.of(configuration, rules: configuration.rules, projectRoots: ["pkg"])] {
            XCTAssertNotEqual(other, key)
            XCTAssertTrue(AnalysisCache.load(folder: folder, key: other).entries.isEmpty, "trusted by \(other)")
        }
    }

    func testACorruptOrForeignCacheIsIgnoredAndRewritten() throws {
        try assertWarmEqualsCold()
        let cacheFile = root + "/.ssotlint_cache/analysis.bin"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cacheFile)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: cacheFile))
        try assertWarmEqualsCold()
        try Data("SSOTLINT-CACHE-1\nnot a cache at all, from another version".utf8).write(to: URL(fileURLWithPath: cacheFile))
        try assertWarmEqualsCold()
        try Data().write(to: URL(fileURLWithPath: cacheFile))
        try assertWarmEqualsCold()
    }
}
