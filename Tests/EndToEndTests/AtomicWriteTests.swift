import Foundation
import XCTest

/// Every file ssotlint writes (SPEC §8: `--output`, `--format NAME:FILE`, the baseline,
/// the `--history` file, the cache, `--fix` and `init`) goes to a temporary file in the
/// same folder and is then renamed. Failures are injected where even root cannot write
/// (the target is a folder, its folder is a regular file) and runs are killed in the
/// middle of a write (`ulimit -f`: the kernel sends SIGXFSZ once the file outgrows the
/// limit). The old file must be byte-identical afterwards.
final class AtomicWriteTests: XCTestCase {
    /// 2,000 ENV001 findings: every output is far larger than the write limit below.
    static let manyFindings = "import os\n" + (0..<2000).map { "v\($0) = os.environ[\"K\($0)\"]\n" }.joined()

    /// Every regular file below the project root and its bytes; folders end in `/`.
    static func snapshot(_ tree: ProjectTree) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: tree.root)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: tree.path(relative), isDirectory: &isFolder)
            if isFolder.boolValue {
                result[relative + "/"] = Data()
            } else {
                result[relative] = FileManager.default.contents(atPath: tree.path(relative)) ?? Data()
            }
        }
        return result
    }

    // MARK: Failures the process sees

    /// A target that is a folder, or lies below a regular file: exit 2, one clear error
    /// line, and not one byte changed or left behind in the project.
    func testFailedWritesChangeNothing() throws {
        let tree = try ProjectTree(self, files: [
            "a.py": "import os\nv = os.environ\n", "outdir/keep.txt": "keep\n", "regular": "old bytes\n",
        ])
        let runs: [[String]] = [
            ["check", "--format", "json", "--output", "outdir"],
            ["check", "--format", "json", "--output", "regular/out.json"],
            ["check", "--format", "text", "--format", "sarif:outdir"],
            ["check", "--format", "junit:regular/junit.xml"],
            ["report", "--output", "outdir"],
            ["report", "--format", "html:regular/report.html"],
            ["report", "--history", "outdir"],
            ["report", "--history", "regular/history.jsonl"],
            ["baseline", "--output", "outdir"],
            ["baseline", "--output", "regular/baseline.json"],
        ]
        let before = try Self.snapshot(tree)
        for arguments in runs {
            let label = arguments.joined(separator: " ")
            let result = try tree.run(arguments + ["--no-cache"])
            XCTAssertEqual(result.exitCode, 2, "\(label)\n\(result.transcript)")
            let errors = result.errorLines.filter { $0.hasPrefix("ssotlint: error: ") }
            XCTAssertEqual(errors.count, 1, "\(label)\n\(result.transcript)")
            XCTAssertEqual(result.errorLines.last, errors.first, "the error is the last line: \(label)")
            let target = arguments.last!.split(separator: ":").last.map(String.init)!
            XCTAssertTrue(errors.first?.contains(target) == true, "the error names \(target): \(label)\n\(result.errors)")
            XCTAssertFalse(result.errors.contains("Domain="), "a raw NSError is no message for people: \(label)\n\(result.errors)")
            XCTAssertEqual(try Self.snapshot(tree), before, "the project is unchanged and has no leftovers: \(label)")
        }
    }

    /// A folder the user may not write to (the runs are `nobody`'s, as root may write
    /// anywhere): exit 2, one error naming the file, and the old files untouched. A history
    /// whose lock file exists is locked read-only, and then only the write fails.
    func testReadOnlyFolderKeepsTheOldFiles() throws {
        guard let prefix = TimedRun.unprivilegedPrefix() else {
            throw XCTSkip("running as root without setpriv: file permissions cannot be tested")
        }
        let tree = try ProjectTree(self, files: ["a.py": "import os\nv = os.environ\n", "locked/out.json": "old\n",
                                                 "locked/baseline.json": "old baseline\n"])
        XCTAssertEqual(try tree.run("report", "--no-cache", "--quiet", "--history", "locked/history.jsonl").exitCode, 0)
        XCTAssertEqual(chmod(tree.path("locked"), 0o555), 0)
        defer { chmod(tree.path("locked"), 0o755) }
        let before = try Self.snapshot(tree)
        let denied = "cannot create a temporary file beside it: Permission denied"
        let runs: [([String], String)] = [
            (["check", "--format", "json", "--output", "locked/out.json"], "cannot write locked/out.json: " + denied),
            (["baseline", "--output", "locked/baseline.json"], "cannot write locked/baseline.json: " + denied),
            (["report", "--history", "locked/history.jsonl"], "cannot write locked/history.jsonl: " + denied),
            (["report", "--history", "locked/new.jsonl"],
             "cannot lock the history file locked/new.jsonl: cannot open locked/new.jsonl.lock: Permission denied"),
        ]
        for (arguments, error) in runs {
            let run = try TimedRun(prefix + [try SSOTLintBinary.location()] + arguments + ["--no-cache"], directory: tree.root)
            let result = try XCTUnwrap(run.wait(seconds: 60), "the run did not finish in 60 s").result
            XCTAssertEqual(result.exitCode, 2, "\(arguments)\n\(result.transcript)")
            XCTAssertEqual(result.errorLines.last, "ssotlint: error: " + error, result.transcript)
            XCTAssertEqual(try Self.snapshot(tree), before, "\(arguments) changed the project")
        }
    }

    /// Every write stays beside its target: with TMPDIR pointed at an empty folder, runs
    /// that write the cache, outputs, a baseline, the history and a `--fix` leave it empty,
    /// and the project holds only what they wrote.
    func testWritesLeaveNothingInTheTemporaryFolder() throws {
        let config = FixAndInitTests.config
        let tree = try ProjectTree(self, files: [".ssotlint.yml": config, "a.py": "from legacy.config import load\n"])
        let temporary = try ProjectTree(self)
        let runs: [[String]] = [
            ["check", "--format", "json", "--output", "out.json", "--format", "sarif:out.sarif"],
            ["report", "--history", "history.jsonl", "--output", "report.txt"],
            ["check", "--fix"],
            ["baseline"],
        ]
        for arguments in runs {
            let result = try tree.run(arguments, environment: ["TMPDIR": temporary.root])
            XCTAssertTrue([0, 1].contains(result.exitCode), "\(arguments)\n\(result.transcript)")
        }
        XCTAssertEqual(tree.read("a.py"), "from shared.config import load\n")
        XCTAssertEqual(try temporary.list(), [], "something was written to TMPDIR")
        XCTAssertEqual(try tree.list(), [".ssotlint-baseline.json", ".ssotlint.yml", ".ssotlint_cache", "a.py", "history.jsonl",
                                         "history.jsonl.lock", "out.json", "out.sarif", "report.txt"])
        XCTAssertEqual(try tree.list(".ssotlint_cache").filter { $0.hasSuffix(".tmp") || $0.contains("nosync") }, [])
    }

    // MARK: Runs killed in the middle of a write

    /// Runs the binary with writes limited to `blocks` × 512 bytes; it must die of
    /// SIGXFSZ (or, if it ignores the signal, fail with exit 2).
    func runKilledMidWrite(_ tree: ProjectTree, _ arguments: [String], blocks: Int = 16,
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let script = "ulimit -c 0; ulimit -f \(blocks); exec \"$0\" \"$@\""
        let run = try TimedRun(["/bin/sh", "-c", script, try SSOTLintBinary.location()] + arguments, directory: tree.root)
        let (result, _) = try XCTUnwrap(run.wait(seconds: 120), file: file, line: line)
        XCTAssertTrue([128 + SIGXFSZ, 2].contains(result.exitCode),
                      "the write was not interrupted: \(arguments)\n\(result.transcript)", file: file, line: line)
    }

    /// Kills `arguments` mid-write and checks that `target` is byte-identical and that any
    /// temporary file left behind is hidden and never mistaken for Python.
    func assertKilledWriteKeeps(_ target: String, _ tree: ProjectTree, _ arguments: [String], blocks: Int = 16,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try Self.snapshot(tree)
        try runKilledMidWrite(tree, arguments, blocks: blocks, file: file, line: line)
        let after = try Self.snapshot(tree)
        XCTAssertEqual(after[target], before[target], "\(target) changed: \(arguments)", file: file, line: line)
        let leftovers = after.keys.filter { before[$0] == nil }.sorted()
        if !leftovers.isEmpty { print("killed \(arguments.joined(separator: " ")): left behind \(leftovers)") }
        for leftover in leftovers {
            let name = leftover.split(separator: "/").last.map(String.init) ?? leftover
            XCTAssertTrue(name.hasPrefix(".") && !name.hasSuffix(".py"),
                          "a leftover that is visible or looks like Python: \(leftover)", file: file, line: line)
        }
    }

    func testKilledOutputWritesKeepTheOldFile() throws {
        let tree = try ProjectTree(self, files: ["a.py": Self.manyFindings, "out.json": "{\"old\": true}\n",
                                                 "out.sarif": "old sarif\n", "report.json": "old report\n"])
        try assertKilledWriteKeeps("out.json", tree, ["check", "--no-cache", "--format", "json", "--output", "out.json"])
        try assertKilledWriteKeeps("out.sarif", tree, ["check", "--no-cache", "--format", "sarif:out.sarif"])
        try assertKilledWriteKeeps("report.json", tree, ["report", "--no-cache", "--format", "json", "--output", "report.json"])
    }

    func testKilledBaselineWriteKeepsTheOldBaseline() throws {
        let tree = try ProjectTree(self, files: ["a.py": Self.manyFindings])
        XCTAssertEqual(try tree.run("baseline", "--no-cache").exitCode, 0)
        try tree.write("a.py", "x = 1\n" + Self.manyFindings)
        try assertKilledWriteKeeps(".ssotlint-baseline.json", tree, ["baseline", "--no-cache"])
        let check = try tree.run("check", "--no-cache", "--quiet")
        XCTAssertEqual(check.exitCode, 0, "the old baseline still holds every finding: \(check.transcript)")
    }

    func testKilledHistoryWriteKeepsTheHistory() throws {
        let tree = try ProjectTree(self, files: ["a.py": "import os\nv = os.environ\n"])
        XCTAssertEqual(try tree.run("report", "--no-cache", "--history", "history.jsonl").exitCode, 0)
        let entry = try XCTUnwrap(tree.read("history.jsonl"))
        try tree.write("history.jsonl", String(repeating: entry, count: 100))
        try assertKilledWriteKeeps("history.jsonl", tree, ["report", "--no-cache", "--quiet", "--history", "history.jsonl"])
    }

    func testKilledCacheWriteKeepsTheCacheAndTheNextRunIsRight() throws {
        let tree = try ProjectTree(self, files: ["a.py": Self.manyFindings])
        XCTAssertEqual(try tree.run("check", "--quiet").exitCode, 1)
        let cacheFiles = try Self.snapshot(tree).keys.filter { $0.hasPrefix(".ssotlint_cache/") && !$0.hasSuffix("/") }
        XCTAssertFalse(cacheFiles.isEmpty, "the first run wrote no cache")
        try tree.write("a.py", "import os\nfirst = os.getenv(\"X\")\n" + Self.manyFindings.dropFirst("import os\n".count))
        for cacheFile in cacheFiles {
            try assertKilledWriteKeeps(cacheFile, tree, ["check", "--quiet", "--format", "json:out.json"])
        }
        let next = try tree.run("check", "--quiet")
        XCTAssertEqual(next.lines.first, "a.py:2:9: " + Expected.env001("os.getenv"), next.transcript)
        XCTAssertEqual(next.lines.count, 2001)
    }

    func testKilledFixKeepsTheSourceFile() throws {
        let config = FixAndInitTests.config
        let source = "from legacy.config import load\n" + String(repeating: "x = load()  # padding\n", count: 1000)
        let tree = try ProjectTree(self, files: [".ssotlint.yml": config, "a.py": source])
        try assertKilledWriteKeeps("a.py", tree, ["check", "--no-cache", "--fix"])
    }

    func testKilledInitWritesNoConfiguration() throws {
        let tree = try ProjectTree(self, files: ["src/a.py": "x = 1\n"])
        try assertKilledWriteKeeps(".ssotlint.yml", tree, ["init"], blocks: 1)
        XCTAssertNil(tree.read(".ssotlint.yml"), "a half-written .ssotlint.yml would block the next init")
    }
}
