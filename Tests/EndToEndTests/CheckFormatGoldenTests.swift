import Foundation
import XCTest

/// `ssotlint check` on one small project (Fixtures/rules/check-formats: three severities,
/// a suppressed and a baselined finding, a finding over two lines, a cross-file one, a
/// non-ASCII path and text each format must escape), in every format, byte for byte
/// against golden files in Tests/SSOTLintTests/Golden. After a deliberate change,
/// regenerate them with `SSOTLINT_UPDATE_GOLDEN=1 swift test --filter CheckFormatGoldenTests`
/// (the variable and mechanism of DemoReportGoldenTests) and review the diff: it shows
/// exactly what users will see.
final class CheckFormatGoldenTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = repository.appendingPathComponent("Fixtures/rules/check-formats")
    static let goldenFolder = repository.appendingPathComponent("Tests/SSOTLintTests/Golden")
    /// What the project root's `file://` URI becomes in the SARIF golden.
    static let rootPlaceholder = "file:///PROJECT_ROOT/"

    /// Every format `check` has (CheckFormat.names), each checked.
    func testEveryCheckFormatMatchesItsGoldenFile() throws {
        // A copy in a temporary folder: the run writes nothing into the repository, and
        // the only absolute path in any output is the copy's, which is normalised below.
        let tree = try ProjectTree(self)
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: tree.path("project"))
        let root = tree.path("project")
        for format in ["text", "json", "sarif", "github", "junit", "codeclimate"] {
            let result = try tree.run(["check", "--no-cache", "--color", "never", "--jobs", "2", "--format", format],
                                      in: "project")
            XCTAssertEqual(result.exitCode, 1, "\(format): new errors fail the run\n\(result.transcript)")
            XCTAssertEqual(result.errors, "", "\(format): nothing on standard error")
            var output = result.output
            if format == "sarif" {
                // SARIF's originalUriBaseIds.%SRCROOT% is the one absolute value (the
                // project root, which differs per run); every other URI is relative to it.
                let uri = "\"file://\(root)/\""
                XCTAssertEqual(output.components(separatedBy: uri).count - 1, 1, "the root URI appears once:\n\(output)")
                output = output.replacingOccurrences(of: uri, with: "\"\(Self.rootPlaceholder)\"")
            }
            XCTAssertFalse(output.contains(tree.root), "\(format) output holds an absolute path:\n\(output)")
            try assertGolden("check-formats.\(format)", output)
        }
    }

    /// The fixture is what the golden files say it is: the markers of its Python files
    /// (checked by RuleFixtureTests) and its baseline are the inputs of the run above.
    func testFixtureHasTheBaselineTheGoldenFilesAssume() throws {
        let baseline = try String(contentsOf: Self.fixture.appendingPathComponent(".ssotlint-baseline.json"), encoding: .utf8)
        XCTAssertTrue(baseline.contains(#""rule": "ENV001", "path": "tests/test_client.py""#), baseline)
    }

    /// The mechanism of DemoReportGoldenTests.assertGolden (another test target, so not
    /// shared): SSOTLINT_UPDATE_GOLDEN=1 writes, otherwise the first differing line fails.
    func assertGolden(_ name: String, _ actual: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SSOTLINT_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        // Bytes, not `String ==`, which would take canonically equivalent text as equal.
        if Array(expected.utf8) != Array(actual.utf8) {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expectedLines.count, actualLines.count)
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            XCTFail("\(name) differs at line \(index + 1):\n  golden: \(want)\n  actual: \(got)\n"
                    + "Regenerate with SSOTLINT_UPDATE_GOLDEN=1 if the change is intended.", file: file, line: line)
        }
    }
}
