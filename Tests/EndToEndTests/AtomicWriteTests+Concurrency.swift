import Foundation
import XCTest

/// Several runs writing the same file at once: a reader never sees a partial document,
/// the last rename wins with a complete one, and no temporary file is left behind.
extension AtomicWriteTests {
    static let writers = 8

    /// Starts `writers` runs of `arguments` at once and, while they run, reads `target`
    /// over and over, handing each read to `validate`. Returns the results and the
    /// number of reads.
    func runConcurrently(_ tree: ProjectTree, _ arguments: [String], reading target: String,
                         validate: (Data) -> Bool, file: StaticString = #filePath,
                         line: UInt = #line) throws -> (results: [CommandResult], reads: Int) {
        let runs = try (0..<Self.writers).map { _ in try TimedRun(ssotlint: arguments, directory: tree.root) }
        var reads = 0
        var bad = 0
        while runs.contains(where: { $0.process.isRunning }) {
            if let data = FileManager.default.contents(atPath: tree.path(target)) {
                reads += 1
                if !validate(data) { bad += 1 }
            }
        }
        XCTAssertEqual(bad, 0, "\(bad) of \(reads) reads of \(target) saw an incomplete document", file: file, line: line)
        let results = try runs.map { try XCTUnwrap($0.wait(seconds: 120), file: file, line: line).result }
        return (results, reads)
    }

    static func isJSONDocument(_ data: Data) -> Bool {
        (try? JSONSerialization.jsonObject(with: data)) != nil
    }

    func testConcurrentOutputWritersLeaveOneCompleteDocument() throws {
        let tree = try ProjectTree(self, files: ["a.py": Self.manyFindings, "same.json": "{\"old\": true}\n"])
        let expected = try tree.run("check", "--no-cache", "--format", "json").stdout
        let before = Set(try Self.snapshot(tree).keys)
        let (results, reads) = try runConcurrently(
            tree, ["check", "--no-cache", "--format", "json", "--output", "same.json"], reading: "same.json",
            validate: Self.isJSONDocument)
        print("\(Self.writers) concurrent --output writers: \(reads) reads, all complete JSON")
        for result in results { XCTAssertEqual(result.exitCode, 1, result.transcript) }
        XCTAssertEqual(FileManager.default.contents(atPath: tree.path("same.json")), expected)
        XCTAssertEqual(Set(try Self.snapshot(tree).keys), before, "temporary files were left behind")
    }

    func testConcurrentFormatFileWritersLeaveOneCompleteDocument() throws {
        let tree = try ProjectTree(self, files: ["a.py": Self.manyFindings])
        let (results, _) = try runConcurrently(
            tree, ["check", "--no-cache", "--format", "sarif:same.sarif", "--format", "text"], reading: "same.sarif",
            validate: Self.isJSONDocument)
        for result in results { XCTAssertEqual(result.exitCode, 1, result.errors) }
        XCTAssertEqual(Set(try Self.snapshot(tree).keys), ["a.py", "same.sarif"], "temporary files were left behind")
    }

    func testConcurrentBaselineWritersLeaveAUsableBaseline() throws {
        let tree = try ProjectTree(self, files: ["a.py": Self.manyFindings])
        let (results, _) = try runConcurrently(tree, ["baseline", "--no-cache"], reading: ".ssotlint-baseline.json",
                                               validate: Self.isJSONDocument)
        for result in results { XCTAssertEqual(result.exitCode, 0, result.transcript) }
        XCTAssertEqual(Set(try Self.snapshot(tree).keys), ["a.py", ".ssotlint-baseline.json"])
        let check = try tree.run("check", "--no-cache", "--quiet")
        XCTAssertEqual(check.exitCode, 0, check.transcript)
    }

    /// Concurrent `report --history` runs take turns under the lock on `history.jsonl.lock`:
    /// each adds its entry, none is lost, and every version a reader sees is whole.
    func testConcurrentHistoryWritersEachAddAnEntry() throws {
        let tree = try ProjectTree(self, files: ["a.py": "import os\nv = os.environ\n"])
        for _ in 0..<2 { XCTAssertEqual(try tree.run("report", "--no-cache", "--quiet", "--history", "history.jsonl").exitCode, 0) }
        let validLines = { (data: Data) -> Bool in
            String(decoding: data, as: UTF8.self).split(separator: "\n").allSatisfy { Self.isJSONDocument(Data($0.utf8)) }
        }
        let (results, _) = try runConcurrently(tree, ["report", "--no-cache", "--history", "history.jsonl"],
                                               reading: "history.jsonl", validate: validLines)
        for result in results { XCTAssertEqual(result.exitCode, 0, result.transcript) }
        let history = try XCTUnwrap(FileManager.default.contents(atPath: tree.path("history.jsonl")))
        XCTAssertTrue(history.last == UInt8(ascii: "\n") && validLines(history))
        let entries = String(decoding: history, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(entries.count, 2 + Self.writers, "every run's entry is in the history")
        XCTAssertEqual(Set(try Self.snapshot(tree).keys), ["a.py", "history.jsonl", "history.jsonl.lock"])
    }

    /// Runs sharing a cache all print the right findings, and the cache they leave is
    /// usable by the next run.
    func testConcurrentRunsSharingTheCacheAgree() throws {
        let tree = try ProjectTree(self, files: ["a.py": Self.manyFindings, "b.py": "import os\nw = os.getenv(\"B\")\n"])
        let expected = try tree.run("check", "--no-cache", "--format", "json").stdout
        let runs = try (0..<Self.writers).map { _ in
            try TimedRun(ssotlint: ["check", "--format", "json"], directory: tree.root)
        }
        for run in runs {
            let (result, _) = try XCTUnwrap(run.wait(seconds: 120))
            XCTAssertEqual(result.stdout, expected, result.errors)
        }
        let cacheEntries = try Self.snapshot(tree).keys.filter { $0.hasPrefix(".ssotlint_cache/") }
        XCTAssertFalse(cacheEntries.contains { $0.hasSuffix(".tmp") || $0.contains("nosync") },
                       "temporary files were left behind: \(cacheEntries.sorted())")
        XCTAssertEqual(try tree.run("check", "--format", "json").stdout, expected, "the run after them, from the cache")
    }
}
