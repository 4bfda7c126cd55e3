import Foundation
import SSOTLint
import XCTest

/// The demo tree's report, as users see it, compared with golden files. After a
/// deliberate change, regenerate them with `SSOTLINT_UPDATE_GOLDEN=1 swift test --filter DemoReportGoldenTests`
/// and review the diff: it shows exactly what users will see.
final class DemoReportGoldenTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func demoReport() throws -> (ComplianceReport, [Finding]) {
        let root = Self.repository.path
        let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        request.jobs = 2
        let result = Analyzer.run(request)
        let report = ReportBuilder.build(files: result.files, findings: result.findings, configuration: configuration,
                                         patternDistributions: result.patternDistributions)
        return (report, result.findings)
    }

    func testDemoReportMatchesGoldenFiles() throws {
        let (report, findings) = try demoReport()
        try assertGolden("demo-report.txt", ReportTextRenderer.render(report))
        try assertGolden("demo-report.md", ReportMarkdownRenderer.render(report))
        try assertGolden("demo-report.json", ReportJSONRenderer.render(report, findings: findings))
    }

    /// The numbers derived by hand in the demo configuration's comment.
    func testDemoNumbersAreTheHandDerivedOnes() throws {
        let (report, _) = try demoReport()
        let rows = (report.categories + [report.overall]).map { "\($0.name) \($0.files) \($0.compliant) \($0.findings) \($0.suppressed)" }
        XCTAssertEqual(rows, ["Tests 13 10 4 6", "Real System 44 40 16 3", "Overall 57 50 20 9"])
        XCTAssertTrue(report.passed)
    }

    /// The demo's facade re-export and compatibility alias: three WS001 findings are
    /// reached only through them, and say how.
    func testDemoFindingsReachedThroughReexportsCarryTheirChain() throws {
        let (_, findings) = try demoReport()
        let reached = findings.filter { !$0.via.isEmpty }.map { "\($0.ruleID) \($0.line):\($0.column) \($0.via.joined(separator: " > "))" }
        let legacy = "netra_backend.app.websocket.legacy_manager"
        XCTAssertEqual(reached, [
            "WS001 40:41 netra_backend.app.websocket.WebSocketManager > \(legacy).WebSocketManager",
            "WS001 41:56 \(legacy).LegacyWebSocketManager > \(legacy).WebSocketManager",
            "WS001 43:10 \(legacy).LegacyWebSocketManager.instance > \(legacy).WebSocketManager.instance",
        ])
    }

    func assertGolden(_ name: String, _ actual: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SSOTLINT_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != actual {
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
