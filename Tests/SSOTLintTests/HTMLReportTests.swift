@testable import SSOTLint
import XCTest

/// The html report: one self-contained page whose charts are inline SVG, with every text
/// escaped and every colour paired with words.
final class HTMLReportTests: XCTestCase {
    static func score(_ name: String, files: Int, compliant: Int, findings: Int = 0, threshold: Double? = nil) -> CategoryScore {
        var score = CategoryScore(name: name, threshold: threshold)
        score.files = files
        score.compliant = compliant
        score.findings = findings
        return score
    }

    static func entry(_ time: String, overall: Int, tests: Int) -> HistoryEntry {
        HistoryEntry(time: time, commit: "0123456789abcdef",
                     scores: ["Overall": Compliance(files: 20, compliant: overall), "Real System": Compliance(files: 16, compliant: 16),
                              "<Tests & \"QA\">": Compliance(files: 4, compliant: tests)],
                     rules: ["ENV001": 3])
    }

    static func report(history: [HistoryEntry] = []) -> ComplianceReport {
        let unreadable = Finding(ruleID: "syntax-error", severity: .error, path: "app/<broken>.py", line: 1, column: 5,
                                 endLine: 1, endColumn: 6, message: "unterminated string literal")
        var report = ComplianceReport(
            categories: [score("Real System", files: 16, compliant: 15, findings: 1, threshold: 90),
                         score("<Tests & \"QA\">", files: 4, compliant: 1, findings: 5, threshold: 50),
                         score("Docs", files: 0, compliant: 0, threshold: 80),
                         score("Other", files: 3, compliant: 3)],
            overall: score("Overall", files: 23, compliant: 19, findings: 6, threshold: 85),
            rules: [.init(rule: "ENV001", severity: .error, findings: 4, suppressed: 2),
                    .init(rule: "PAT001", severity: .warning, findings: 2, suppressed: 0)],
            patternDistributions: [PatternDistribution(ruleID: "PAT001", canonical: "accessor",
                                                       patterns: [(name: "accessor", files: 9), (name: "os'environ", files: 3)])],
            topFiles: [.init(path: "tests/test_a&b.py", findings: 3), .init(path: "app/env.py", findings: 1)],
            unanalysable: [unreadable])
        report.history = history
        return report
    }

    func testThePageIsSelfContained() {
        let html = HTMLReportRenderer.render(Self.report(history: [Self.entry("2025-01-01T00:00:00Z", overall: 15, tests: 0),
                                                                  Self.entry("2025-02-01T00:00:00Z", overall: 19, tests: 1)]))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        for external in ["http://", "https://", "<script", "<link", "@import", "url(", "<img", "<iframe"] {
            XCTAssertFalse(html.contains(external), "the page must not load anything: found \(external)")
        }
        XCTAssertTrue(html.contains("<style>"))
    }

    func testTitleCategoriesAndTheirColumns() {
        let html = HTMLReportRenderer.render(Self.report())
        XCTAssertEqual(html.components(separatedBy: "<title>SSOT compliance report</title>").count, 2)
        XCTAssertTrue(html.contains("<h1>SSOT compliance report</h1>"))
        for name in ["Real System", "&lt;Tests &amp; &quot;QA&quot;&gt;", "Docs", "Other", "Overall"] {
            XCTAssertTrue(html.contains("<th scope=\"row\">\(name)</th>"), "no table row for \(name)")
        }
        for column in ["Score", "Threshold", "Verdict", "Files", "Compliant", "With violations", "Findings", "Suppressed", "Baselined"] {
            XCTAssertTrue(html.contains("<th scope=\"col\">\(column)</th>"), "no column \(column)")
        }
        // 15/16 = 93.75 shown truncated; 1/4 misses its threshold.
        XCTAssertTrue(html.contains("93.7% ✓ pass"))
        XCTAssertTrue(html.contains("25.0% ✗ fail"))
    }

    func testTextIsEscapedEverywhere() {
        let html = HTMLReportRenderer.render(Self.report(history: [Self.entry("2025-01-01T00:00:00Z", overall: 15, tests: 0),
                                                                  Self.entry("2025-02-01T00:00:00Z", overall: 19, tests: 1)]))
        XCTAssertFalse(html.contains("<Tests"))
        XCTAssertFalse(html.contains("\"QA\""))
        XCTAssertFalse(html.contains("<broken>"))
        XCTAssertFalse(html.contains("test_a&b"))
        XCTAssertFalse(html.contains("os'environ"))
        XCTAssertTrue(html.contains("&lt;Tests &amp; &quot;QA&quot;&gt;"))
        XCTAssertTrue(html.contains("app/&lt;broken&gt;.py:1:5"))
        XCTAssertTrue(html.contains("tests/test_a&amp;b.py"))
        XCTAssertTrue(html.contains("os&#39;environ"))
        XCTAssertEqual(HTMLText.escaped("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    func testVerdictNamesItsReasons() {
        let html = HTMLReportRenderer.render(Self.report())
        XCTAssertTrue(html.contains("✗ FAIL"))
        XCTAssertTrue(html.contains("&lt;Tests &amp; &quot;QA&quot;&gt; 25.0% is below its threshold of 50%"))
        XCTAssertTrue(html.contains("Overall 82.6% is below its threshold of 85%"))

        var passing = Self.report()
        passing.categories = [Self.score("Real System", files: 4, compliant: 4, threshold: 90)]
        passing.overall = Self.score("Overall", files: 4, compliant: 4, threshold: 85)
        let passed = HTMLReportRenderer.render(passing)
        XCTAssertTrue(passed.contains("✓ PASS"))
        XCTAssertFalse(passed.contains("FAIL"))
        XCTAssertFalse(passed.contains("class=\"failures\""))
    }

    func testEveryThresholdIsMarkedAndAnEmptyCategoryIsNotApplicable() throws {
        let html = HTMLReportRenderer.render(Self.report())
        let chart = try XCTUnwrap(Self.svg(id: "chart-categories", in: html))
        // Real System, Tests, Docs and Overall have thresholds; Other has none.
        XCTAssertEqual(chart.components(separatedBy: "class=\"threshold-marker\"").count - 1, 4)
        for threshold in ["90", "50", "80", "85"] {
            XCTAssertTrue(chart.contains(">threshold \(threshold)%</text>"), "threshold \(threshold) not labelled")
        }
        XCTAssertTrue(chart.contains(">n/a (no files)</text>"))
        XCTAssertTrue(html.contains("<th scope=\"row\">Docs</th><td>n/a</td>"))
    }

    func testChartsAreAccessibleFigures() {
        let html = HTMLReportRenderer.render(Self.report(history: [Self.entry("2025-01-01T00:00:00Z", overall: 15, tests: 0),
                                                                  Self.entry("2025-02-01T00:00:00Z", overall: 19, tests: 1)]))
        for id in ["chart-categories", "chart-rules", "chart-patterns-1", "chart-history"] {
            XCTAssertTrue(html.contains("<svg id=\"\(id)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""), "\(id) is not labelled")
            XCTAssertTrue(html.contains("<title id=\"\(id)-title\">"))
        }
        XCTAssertEqual(html.components(separatedBy: "<figure>").count, html.components(separatedBy: "<figcaption>").count)
        XCTAssertTrue(html.contains("9 files ✓ canonical"))
        XCTAssertTrue(html.contains("4 error · 2 suppressed"))
    }

    func testHistoryChartNeedsTwoRuns() {
        let none = HTMLReportRenderer.render(Self.report())
        XCTAssertFalse(none.contains("Score over time"))
        let one = HTMLReportRenderer.render(Self.report(history: [Self.entry("2025-01-01T00:00:00Z", overall: 15, tests: 0)]))
        XCTAssertTrue(one.contains("Score over time"))
        XCTAssertFalse(one.contains("chart-history"))
        let two = HTMLReportRenderer.render(Self.report(history: [Self.entry("2025-01-01T00:00:00Z", overall: 15, tests: 0),
                                                                 Self.entry("2025-02-01T00:00:00Z", overall: 19, tests: 1)]))
        XCTAssertTrue(two.contains("<svg id=\"chart-history\""))
        XCTAssertTrue(two.contains("Overall compliance went from 75.0% to 95.0% over 2 recorded runs."))
        XCTAssertTrue(two.contains(">2025-01-01</text>"))
        XCTAssertTrue(two.contains(">2025-02-01</text>"))
        // A category that had no files in any run gets no line.
        XCTAssertFalse(Self.svg(id: "chart-history", in: two)?.contains("<title>Docs</title>") ?? true)
    }

    func testSVGIsBalancedAndOutputDeterministic() {
        let report = Self.report(history: [Self.entry("2025-01-01T00:00:00Z", overall: 15, tests: 0),
                                           Self.entry("2025-01-01T12:00:00Z", overall: 17, tests: 0),
                                           Self.entry("2025-02-01T00:00:00Z", overall: 19, tests: 1)])
        let html = HTMLReportRenderer.render(report)
        XCTAssertEqual(html, HTMLReportRenderer.render(report))
        let opened = html.components(separatedBy: "<svg").count - 1
        XCTAssertEqual(opened, html.components(separatedBy: "</svg>").count - 1)
        XCTAssertGreaterThanOrEqual(opened, 4)
        // Within each chart, every element that is opened is closed, in order.
        var rest = Substring(html)
        while let start = rest.range(of: "<svg id=") {
            let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex)!
            XCTAssertNil(Self.firstNestingError(String(rest[start.lowerBound..<end.upperBound])))
            rest = rest[end.upperBound...]
        }
        XCTAssertNotNil(Self.firstNestingError("<svg><g><line/></svg>"), "the nesting check must catch a missing </g>")
        // Two runs on one day: the axis shows the time too.
        XCTAssertTrue(html.contains(">2025-01-01 12:00</text>"))
    }

    /// The markup of the chart with this id.
    static func svg(id: String, in html: String) -> String? {
        guard let start = html.range(of: "<svg id=\"\(id)\""),
              let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Checks that tags nest like XML (self-closing `/>` allowed); nil when they do.
    static func firstNestingError(_ markup: String) -> String? {
        var stack: [String] = []
        var index = markup.startIndex
        while let open = markup.range(of: "<", range: index..<markup.endIndex) {
            guard let close = markup.range(of: ">", range: open.upperBound..<markup.endIndex) else { return "unclosed <" }
            let tag = markup[open.upperBound..<close.lowerBound]
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
            if tag.hasPrefix("/") {
                guard stack.popLast() == name else { return "</\(name)> closes \(stack.last ?? "nothing")" }
            } else if !tag.hasSuffix("/") {
                stack.append(name)
            }
            index = close.upperBound
        }
        return stack.isEmpty ? nil : "unclosed <\(stack.last!)>"
    }
}
