import Foundation
import SSOTLint
import XCTest

/// Inputs far larger or deeper than real code (SPEC §8), through the whole per-file
/// pipeline in this process: every finding reported at its exact place, in time that
/// grows linearly. The 100 MB run needs a release build and minutes, so it lives in
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

    // MARK: Linear time

    /// Best of three runs, in seconds.
    func bestTime(_ bytes: [UInt8]) throws -> Double {
        try (0..<3).map { _ in try analyse(bytes).seconds }.min()!
    }

    /// Four times the input must take at most `limit` times as long (quadratic work
    /// takes about 16 times as long).
    func assertLinear(_ name: String, limit: Double = 8, size: Int = 5_000, _ make: (Int) -> String,
                      file: StaticString = #filePath, line: UInt = #line) throws {
        let small = try bestTime(Array(make(size).utf8))
        let large = try bestTime(Array(make(4 * size).utf8))
        let ratio = large / max(small, 0.001)
        print("\(name): \(size) → \(String(format: "%.3f", small)) s, \(4 * size) → \(String(format: "%.3f", large)) s, "
              + "ratio \(String(format: "%.1f", ratio))")
        XCTAssertLessThanOrEqual(ratio, limit, "\(name) is not linear: 4× the input took \(ratio)× as long",
                                 file: file, line: line)
    }

    func testRealisticCodeIsAnalysedInLinearTime() throws {
        try assertLinear("realistic code") { count in
            "import os\n" + (0..<count).map { index in
                "class C\(index)(Base):\n    \"\"\"Doc.\"\"\"\n    def f(self, x=os.environ):\n"
                    + "        return f\"{x['k']!r:>{index}}\" + b'\\x00'  # note\n"
            }.joined()
        }
    }

    /// One logical line over many physical lines (one bracket), and one long dotted chain.
    func testLongLogicalLinesAreAnalysedInLinearTime() throws {
        try assertLinear("one bracket over many lines") { count in
            "import os\nx = (\n" + String(repeating: "    os.environ,  # comment\n", count: count) + ")\n"
        }
        try assertLinear("from-import of many names") { count in
            "from os import (\n" + (0..<count).map { "    name\($0),\n" }.joined() + ")\n"
        }
    }

    /// Every finding suppressed on its own line: matching findings to suppression
    /// comments must not compare each finding with every comment.
    func testManySuppressionsAreAppliedInLinearTime() throws {
        let text = "import os\n" + String(repeating: "v = os.environ  # ssotlint: ignore[ENV001] -- why\n", count: 1_000)
        let outcome = try analyse(Array(text.utf8))
        XCTAssertEqual(outcome.findings, [])
        XCTAssertEqual(outcome.suppressed, 1_000)
        try assertLinear("suppressed findings", size: 1_000) { count in
            "import os\n" + String(repeating: "v = os.environ  # ssotlint: ignore[ENV001] -- why\n", count: count)
        }
    }
}
