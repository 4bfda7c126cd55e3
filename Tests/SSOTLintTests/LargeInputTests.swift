import Foundation
import PythonSource
import SSOTLint
import XCTest

/// Inputs far larger or deeper than real code (SPEC §8), through the whole per-file
/// pipeline in this process: every finding reported at its exact place, with work (counted:
/// tokens, chunks, facts, findings) that grows linearly. The 100 MB run needs a release build and minutes, so it lives in
/// `scripts/large_file_check.sh`, which the first test runs when SSOTLINT_LARGE=1.
final class LargeInputTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the script on the release binary, which must be built beforehand: a
    /// `swift build` inside `swift test` would wait for the lock `swift test` holds.
    func testHundredMegabyteFileScript() throws {
        guard ProcessInfo.processInfo.environment["SSOTLINT_LARGE"] == "1" else {
            throw XCTSkip("set SSOTLINT_LARGE=1 to run scripts/large_file_check.sh (release build, 100 MB file)")
        }
        let binary = Self.packageRoot.appendingPathComponent(".build/release/ssotlint").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw XCTSkip("no release build at \(binary); run `swift build -c release` first")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.packageRoot.appendingPathComponent("scripts/large_file_check.sh").path]
        process.environment = ProcessInfo.processInfo.environment.merging(["SSOTLINT": binary]) { _, new in new }
        process.currentDirectoryURL = Self.packageRoot
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "scripts/large_file_check.sh failed; its output says why")
    }

    // MARK: In-process runs

    private var root: String!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ssotlint-large-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("version: 1\n".utf8).write(to: URL(fileURLWithPath: root + "/.ssotlint.yml"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Analyses `bytes` as `big.py` (builtin:env-access) and returns its findings as
    /// `line:col: rule`, and the seconds it took.
    func analyse(_ bytes: [UInt8]) throws -> (findings: [String], suppressed: Int, seconds: Double) {
        let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        request.stdin = ("big.py", bytes)
        request.useCache = false
        request.jobs = 1
        let start = Date()
        let result = Analyzer.run(request)
        let seconds = Date().timeIntervalSince(start)
        let unsuppressed = result.findings.filter { !$0.isSuppressed }
        return (unsuppressed.map { "\($0.line):\($0.column): \($0.ruleID)" }, result.findings.count - unsuppressed.count, seconds)
    }

    func testMillionNestedBracketsStopAtTheTwoHundredAndFirst() throws {
        let depth = 1_000_000
        let text = "x = " + String(repeating: "([{", count: depth / 3) + String(repeating: "}])", count: depth / 3) + "\n"
        XCTAssertEqual(try analyse(Array(text.utf8)).findings, ["1:205: syntax-error"])
    }

    func testHundredThousandDeepFStringChainStopsAtTheHundredAndFiftieth() throws {
        let depth = 100_000
        let text = "y = " + String(repeating: "f'{", count: depth) + "1" + String(repeating: "}'", count: depth) + "\n"
        XCTAssertEqual(try analyse(Array(text.utf8)).findings, ["1:452: syntax-error"])
    }

    /// Columns count code points however long the line: 2,000,000 two-byte characters.
    func testFindingAtTheEndOfAVeryLongLine() throws {
        let text = "import os\ns = \"" + String(repeating: "é", count: 2_000_000) + "\"; v = os.environ\n"
        XCTAssertEqual(try analyse(Array(text.utf8)).findings, ["2:\(2_000_000 + 13): ENV001"])
    }

    /// Lines are counted right across 200,000 lone CRs, 100,000 CRLFs and a 100,000-line string.
    func testFindingAfterManyLinesOfEveryEnding() throws {
        let text = "import os\r" + String(repeating: "x = 1\r", count: 100_000) + String(repeating: "\r\n", count: 100_000)
            + "s = '''" + String(repeating: "os.environ\n", count: 100_000) + "'''\n" + String(repeating: "\r", count: 100_000)
            + "v = os.environ\n"
        XCTAssertEqual(try analyse(Array(text.utf8)).findings, ["400003:5: ENV001"])
    }

    /// Findings are never capped.
    func testHundredThousandFindingsAreAllReported() throws {
        let count = 100_000
        let text = "import os\n" + String(repeating: "v = os.environ\n", count: count)
        let findings = try analyse(Array(text.utf8)).findings
        XCTAssertEqual(findings.count, count)
        XCTAssertEqual(findings.first, "2:5: ENV001")
        XCTAssertEqual(findings.last, "\(count + 1):5: ENV001")
    }

    // MARK: Linear work, by counts

    /// What each stage made from one input: tokens lexed, the chunks of a streaming lex
    /// (`Tokenizer.forEachChunk`, 4,096 tokens or more each) and the largest of them,
    /// facts scanned, and findings, suppressed ones included.
    func workCounts(_ text: String) throws -> [(name: String, count: Int)] {
        let bytes = Array(text.utf8)
        let source = try SourceFile(bytes: bytes)
        let tokenized = Tokenizer.tokenize(source)
        var chunks = 0
        var largestChunk = 0
        var streamed = 0
        _ = source.utf8.withUnsafeBufferPointer { buffer in
            Tokenizer.forEachChunk(of: buffer) { chunk in
                chunks += 1
                largestChunk = max(largestChunk, chunk.count)
                streamed += chunk.count
            }
        }
        let facts = FactScanner.scan(source, tokenized)
        let outcome = try analyse(bytes)
        return [("bytes", bytes.count), ("tokens", tokenized.tokens.count), ("streamed tokens", streamed),
                ("chunks", chunks), ("largest chunk", largestChunk),
                ("imported names", facts.imports.reduce(0) { $0 + max($1.names.count, 1) }),
                ("references", facts.references.count), ("reference parts", facts.references.reduce(0) { $0 + $1.parts.count }),
                ("definitions", facts.definitions.count), ("directives", facts.directives.count),
                ("findings", outcome.findings.count), ("suppressed", outcome.suppressed)]
    }

    /// The input made by `make(n)` for n = size, 2·size and 4·size: every count above,
    /// but the chunk ones, must be exactly affine in n (what 2·size adds over size, 4·size
    /// adds twice over), and the counts in `growing` must grow at least once per unit of n.
    /// The streaming lex must hand over every token once, and, where every logical line
    /// is short (`shortLines`), in chunks of at most 4,096 tokens plus one line, however
    /// large the file. A stage that duplicated or lost work as input grows (a line lexed
    /// again, a fact made once per earlier fact, a chunk that swallows the file) breaks
    /// one of these exactly, on any machine and under any load. The time is printed for
    /// information only. Generators keep every unit of n the same length (numbers of
    /// seven digits), so that the input itself is exactly affine.
    func assertLinear(_ name: String, size: Int = 5_000, growing: Set<String> = ["bytes", "tokens"], shortLines: Bool,
                      _ make: (Int) -> String, file: StaticString = #filePath, line: UInt = #line) throws {
        var rows: [[String: Int]] = []
        var names: [String] = []
        for multiple in [1, 2, 4] {
            let text = make(multiple * size)
            let start = Date()
            let counts = try workCounts(text)
            names = counts.map(\.name)
            rows.append(Dictionary(uniqueKeysWithValues: counts.map { ($0.name, $0.count) }))
            print("\(name): n = \(multiple * size): \(String(format: "%.3f", Date().timeIntervalSince(start))) s, "
                  + counts.map { "\($0.count) \($0.name)" }.joined(separator: ", "))
        }
        let chunkCounts: Set<String> = ["chunks", "largest chunk"]
        for counted in names where !chunkCounts.contains(counted) || !shortLines {
            let (small, medium, large) = (rows[0][counted]!, rows[1][counted]!, rows[2][counted]!)
            XCTAssertEqual(large - medium, 2 * (medium - small),
                           "\(name): \(counted) is not linear in n: \(small), \(medium), \(large) for n = \(size), \(2 * size), \(4 * size)",
                           file: file, line: line)
            if growing.contains(counted) {
                XCTAssertGreaterThanOrEqual(medium - small, size, "\(name): \(counted) does not grow with n", file: file, line: line)
            }
        }
        for row in rows {
            XCTAssertEqual(row["streamed tokens"], row["tokens"], "\(name): the streaming lex hands over every token once",
                           file: file, line: line)
            if shortLines {
                XCTAssertLessThanOrEqual(row["largest chunk"]!, 4_096 + 64, "\(name): a chunk grows with the file", file: file, line: line)
                XCTAssertLessThanOrEqual(row["chunks"]! - 1, row["tokens"]! / 4_096, "\(name): chunks smaller than asked for",
                                         file: file, line: line)
            }
        }
    }

    func testRealisticCodeIsAnalysedInLinearWork() throws {
        try assertLinear("realistic code", growing: ["bytes", "tokens", "references", "definitions", "findings"],
                         shortLines: true) { count in
            "import os\n" + (1_000_000..<1_000_000 + count).map { index in
                "class C\(index)(Base):\n    \"\"\"Doc.\"\"\"\n    def f(self, x=os.environ):\n"
                    + "        return f\"{x['k']!r:>{index}}\" + b'\\x00'  # note\n"
            }.joined()
        }
    }

    /// One logical line over many physical lines (one bracket), and one long from-import:
    /// one chunk that grows with n, and no more.
    func testLongLogicalLinesAreAnalysedInLinearWork() throws {
        try assertLinear("one bracket over many lines", growing: ["bytes", "tokens", "largest chunk", "references", "findings"],
                         shortLines: false) { count in
            "import os\nx = (\n" + String(repeating: "    os.environ,  # comment\n", count: count) + ")\n"
        }
        try assertLinear("from-import of many names", growing: ["bytes", "tokens", "largest chunk", "imported names"],
                         shortLines: false) { count in
            "from os import (\n" + (1_000_000..<1_000_000 + count).map { "    name\($0),\n" }.joined() + ")\n"
        }
    }

    /// Every finding suppressed on its own line: all of them are found, and each is
    /// suppressed by its own line's directive, n of each however large n is.
    func testManySuppressionsAreAppliedInLinearWork() throws {
        let text = "import os\n" + String(repeating: "v = os.environ  # ssotlint: ignore[ENV001] -- why\n", count: 1_000)
        let outcome = try analyse(Array(text.utf8))
        XCTAssertEqual(outcome.findings, [])
        XCTAssertEqual(outcome.suppressed, 1_000)
        try assertLinear("suppressed findings", size: 1_000, growing: ["bytes", "tokens", "directives", "suppressed"],
                         shortLines: true) { count in
            "import os\n" + String(repeating: "v = os.environ  # ssotlint: ignore[ENV001] -- why\n", count: count)
        }
    }
}
