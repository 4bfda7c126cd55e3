import Foundation
import SSOTLint
import XCTest

/// A project held in memory: after in-memory overlays and changed files, only files whose
/// bytes changed go through the per-file pass again, and the findings are those of a cold
/// run over the same contents on disk, cross-file ones included.
final class AnalysisEngineTests: FolderTestCase {
    static let configuration = """
        version: 1
        exclude: ["generated/"]
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
        """

    static let files = [
        "pkg/a.py": "import os\nfrom lib import new\ndef make_client(): return os.environ\n",
        "pkg/b.py": "from lib import new\n",
        "pkg/c.py": "from lib import old\ndef make_client(): pass\n",
        "pkg/d.py": "x = 1\n",
    ]

    func write(_ files: [String: String], under folder: String) throws {
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
    }

    func request(_ folder: String, configuration text: String = configuration) throws -> AnalysisRequest {
        let configuration = try ConfigurationLoader.parse(text, file: folder + "/.ssotlint.yml")
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: folder)
        request.useCache = false
        request.jobs = 2
        return request
    }

    func lines(_ result: AnalysisResult) -> [String] {
        result.findings.map { "\($0.path):\($0.line):\($0.column) \($0.ruleID) \($0.message)" }
    }

    /// The findings of a cold run over `files` written to a folder of their own.
    func coldRun(_ files: [String: String], configuration: String = configuration) throws -> [String] {
        let folder = root + "/cold-\(UUID().uuidString)"
        try write(files, under: folder)
        return lines(Analyzer.run(try request(folder, configuration: configuration)))
    }

    func makeEngine() throws -> AnalysisEngine {
        let project = root + "/project"
        try write(Self.files, under: project)
        return AnalysisEngine(try request(project))
    }

    func testAnOverlayIsTheOnlyFileAnalysedAgainAndMatchesAColdRun() throws {
        let engine = try makeEngine()
        let first = engine.analyze()
        XCTAssertEqual(engine.statistics.perFilePasses, 4)
        XCTAssertEqual(lines(first), try coldRun(Self.files))
        XCTAssertTrue(lines(first).contains { $0.hasPrefix("pkg/a.py:3:5 DUP") })

        // c.py's buffer drops its duplicate and joins the majority: a.py's and c.py's findings change.
        let edited = "from lib import new\n"
        let second = engine.analyze(after: ["pkg/c.py": .overlay(Array(edited.utf8))])
        XCTAssertEqual(engine.statistics.perFilePasses, 5, "exactly one more per-file pass")
        var expected = Self.files
        expected["pkg/c.py"] = edited
        XCTAssertEqual(lines(second), try coldRun(expected))
        XCTAssertFalse(lines(second).contains { $0.contains(" DUP ") })

        // Closing the buffer goes back to the file on disk.
        let third = engine.analyze(after: ["pkg/c.py": .disk])
        XCTAssertEqual(engine.statistics.perFilePasses, 6)
        XCTAssertEqual(lines(third), lines(first))
    }

    /// The symbol index is kept while the files analysed again export what they did (an
    /// editor's typing rarely changes a module's imports); a facade that starts to re-export
    /// an API makes a new one, and the findings are a cold run's at every step.
    func testTheSymbolIndexIsKeptWhileNoFileExportsOtherwise() throws {
        let configuration = Self.configuration.replacingOccurrences(
            of: "    kind: competing-patterns\n", with: "    kind: competing-patterns\n    follow-reexports: true\n")
        func coldRun(_ files: [String: String]) throws -> [String] { try self.coldRun(files, configuration: configuration) }
        var files = Self.files
        files["pkg/facade.py"] = "x = 1\n"
        files["pkg/e.py"] = "from pkg.facade import old\nold()\n"
        let project = root + "/project"
        try write(files, under: project)
        let engine = AnalysisEngine(try request(project, configuration: configuration))
        XCTAssertEqual(lines(engine.analyze()), try coldRun(files))
        XCTAssertEqual(engine.symbolIndexesMade, 1)

        for (path, text) in [("pkg/e.py", "from pkg.facade import old\nold()  # edited\n"), ("pkg/b.py", "from lib import new  # edited\n")] {
            files[path] = text
            XCTAssertEqual(lines(engine.analyze(after: [path: .overlay(Array(text.utf8))])), try coldRun(files), path)
            XCTAssertEqual(engine.symbolIndexesMade, 1, "\(path) exports what it did")
        }

        files["pkg/facade.py"] = "from lib import old\n"
        let reexported = lines(engine.analyze(after: ["pkg/facade.py": .overlay(Array(files["pkg/facade.py"]!.utf8))]))
        XCTAssertEqual(reexported, try coldRun(files))
        XCTAssertEqual(engine.symbolIndexesMade, 2)
        // e.py's use through the facade makes `old` the majority (c.py, the facade, e.py).
        XCTAssertTrue(reexported.contains("pkg/b.py:1:17 PAT new instead of old"), "\(reexported)")

        files["pkg/e.py"] = "from pkg.facade import old\nold()\n"
        XCTAssertEqual(lines(engine.analyze(after: ["pkg/e.py": .overlay(Array(files["pkg/e.py"]!.utf8))])), try coldRun(files))
        XCTAssertEqual(engine.symbolIndexesMade, 2)
    }

    func testUnchangedBytesAreNotAnalysedAgain() throws {
        let engine = try makeEngine()
        let first = engine.analyze()
        let same = engine.analyze(after: ["pkg/b.py": .overlay(Array(Self.files["pkg/b.py"]!.utf8)), "pkg/d.py": .disk])
        XCTAssertEqual(engine.statistics.perFilePasses, 4, "the bytes are those already analysed")
        XCTAssertEqual(lines(same), lines(first))
        XCTAssertEqual(lines(engine.analyze()), lines(first))
        XCTAssertEqual(engine.statistics.perFilePasses, 4)
    }

    func testFilesCreatedAndDeletedOnDiskOrOnlyInMemory() throws {
        let engine = try makeEngine()
        _ = engine.analyze()
        let project = engine.request.configuration.root
        // A buffer never saved, a new file on disk, a deleted file, and an excluded buffer.
        try "from lib import old\n".write(toFile: project + "/pkg/e.py", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: project + "/pkg/d.py")
        let result = engine.analyze(after: [
            "pkg/unsaved.py": .overlay(Array("from lib import old\ndef make_client(): pass\n".utf8)),
            "pkg/e.py": .disk, "pkg/d.py": .disk,
            "generated/x.py": .overlay(Array("import os\nos.environ\n".utf8)),
        ])
        XCTAssertEqual(engine.statistics.perFilePasses, 6, "two new files")
        XCTAssertEqual(result.files.map(\.path), ["pkg/a.py", "pkg/b.py", "pkg/c.py", "pkg/e.py", "pkg/unsaved.py"])
        var expected = Self.files
        expected["pkg/d.py"] = nil
        expected["pkg/e.py"] = "from lib import old\n"
        expected["pkg/unsaved.py"] = "from lib import old\ndef make_client(): pass\n"
        XCTAssertEqual(lines(result), try coldRun(expected))
        XCTAssertTrue(lines(result).contains { $0.hasPrefix("pkg/unsaved.py:2:5 DUP") })
    }
}
