import SSOTLint
import XCTest

/// SPEC §6 with hand-made files and findings: the scoring never looks at how findings
/// were produced.
final class ScoringTests: XCTestCase {
    func configuration(thresholds: Thresholds = Thresholds(), count: Set<Severity> = [.error, .warning]) throws -> Configuration {
        var configuration = Configuration(file: nil, root: "/project")
        configuration.categories = [try Category(name: "Real System", patterns: ["app/**"]),
                                    try Category(name: "Tests", patterns: ["tests/**"]),
                                    try Category(name: "Docs", patterns: ["docs/**"])]
        configuration.usesDefaultCategories = false
        configuration.thresholds = thresholds
        configuration.countSeverities = count
        return configuration
    }

    func file(_ path: String, unanalysable: Bool = false) -> AnalyzedFile {
        let category = path.hasPrefix("app/") ? "Real System" : path.hasPrefix("tests/") ? "Tests" : "Other"
        return AnalyzedFile(path: path, category: category, isUnanalysable: unanalysable)
    }

    func finding(_ path: String, _ rule: String = "ENV001", _ severity: Severity = .error,
                 suppressed: Bool = false, baselined: Bool = false) -> Finding {
        var finding = Finding(ruleID: rule, severity: severity, path: path, line: 1, column: 1, endLine: 1, endColumn: 2,
                              message: "m")
        finding.isSuppressed = suppressed
        finding.isBaselined = baselined
        return finding
    }

    func report(_ files: [AnalyzedFile], _ findings: [Finding], _ configuration: Configuration) -> ComplianceReport {
        ReportBuilder.build(files: files, findings: findings, configuration: configuration)
    }

    func category(_ report: ComplianceReport, _ name: String) -> CategoryScore? {
        report.categories.first { $0.name == name }
    }

    func testEmptyCategoryIsNotApplicableAndMeetsItsThreshold() throws {
        let report = report([file("app/a.py")], [], try configuration(thresholds: Thresholds(categories: ["Docs": 100])))
        let docs = try XCTUnwrap(category(report, "Docs"))
        XCTAssertEqual(docs.files, 0)
        XCTAssertEqual(docs.compliance.display, "n/a")
        XCTAssertTrue(docs.meetsThreshold)
        XCTAssertTrue(report.passed)
        XCTAssertNil(category(report, "Other"), "Other is listed only when it holds files")
    }

    func testAllCleanAndAllDirty() throws {
        let files = [file("app/a.py"), file("app/b.py")]
        let clean = report(files, [], try configuration())
        XCTAssertEqual(clean.overall.compliance.display, "100.0")
        let dirty = report(files, [finding("app/a.py"), finding("app/b.py"), finding("app/b.py", "DUP001")], try configuration())
        XCTAssertEqual(dirty.overall.compliant, 0)
        XCTAssertEqual(dirty.overall.compliance.display, "0.0")
        XCTAssertEqual(dirty.overall.filesWithViolations, 2)
        XCTAssertEqual(dirty.overall.findings, 3)
        XCTAssertEqual(dirty.rules.map(\.rule), ["ENV001", "DUP001"])
    }

    func testSuppressedOnlyFileIsCompliantAndCounted() throws {
        let report = report([file("app/a.py")], [finding("app/a.py", suppressed: true)], try configuration())
        XCTAssertEqual(report.overall.compliant, 1)
        XCTAssertEqual(report.overall.suppressed, 1)
        XCTAssertEqual(report.overall.findings, 0)
    }

    func testBaselinedFindingsStillCount() throws {
        let report = report([file("app/a.py"), file("app/b.py")], [finding("app/a.py", baselined: true)], try configuration())
        XCTAssertEqual(report.overall.compliant, 1)
        XCTAssertEqual(report.overall.baselined, 1)
        XCTAssertEqual(report.overall.compliance.display, "50.0")
    }

    func testSyntaxErrorIsNonCompliantEvenWhenErrorsAreNotCounted() throws {
        let broken = finding("app/a.py", BuiltinFindingID.syntaxError, .error)
        let report = report([file("app/a.py", unanalysable: true), file("app/b.py")], [broken], try configuration(count: [.warning]))
        XCTAssertEqual(report.overall.compliant, 1)
        XCTAssertEqual(report.unanalysable.map(\.path), ["app/a.py"])
    }

    func testSeveritiesOutsideCountSeveritiesDoNotMakeFilesNonCompliant() throws {
        let report = report([file("app/a.py")], [finding("app/a.py", "RX001", .info)], try configuration())
        XCTAssertEqual(report.overall.compliant, 1)
        XCTAssertEqual(report.overall.findings, 0)
        XCTAssertEqual(report.rules.first?.findings, 1, "the rule table still lists it")
    }

    func testScoresAreTruncatedAndComparedExactly() throws {
        let score = Compliance(files: 10_000, compliant: 9_996)
        XCTAssertEqual(score.display, "99.9")
        XCTAssertFalse(score.meets(100))
        XCTAssertTrue(score.meets(99.96))
        XCTAssertFalse(score.meets(99.97))
        XCTAssertEqual(Compliance(files: 3, compliant: 2).display, "66.6")
        XCTAssertTrue(Compliance(files: 0, compliant: 0).meets(100))
    }

    func testThresholdsAndFailUnder() throws {
        let files = (0..<20).map { file("app/f\($0).py") }
        let findings = [finding("app/f0.py")]  // 95% compliant
        let config = try configuration(thresholds: Thresholds(overall: 95, categories: ["Real System": 96]))
        let result = report(files, findings, config)
        XCTAssertTrue(result.overall.meetsThreshold)
        XCTAssertFalse(try XCTUnwrap(category(result, "Real System")).meetsThreshold)
        XCTAssertEqual(result.failures, ["Real System 95.0% is below its threshold of 96%"])
        let stricter = ReportBuilder.build(files: files, findings: findings, configuration: try configuration(), failUnder: 95.5)
        XCTAssertFalse(stricter.passed)
    }

    func testScoresStayWithinZeroAndHundred() throws {
        let many = (0..<50).map { _ in finding("app/a.py") }
        let report = report([file("app/a.py")], many, try configuration())
        XCTAssertEqual(report.overall.compliance.percentage, 0)
        let clean = self.report([file("app/a.py")], [finding("app/a.py", suppressed: true)], try configuration())
        XCTAssertEqual(clean.overall.compliance.percentage, 100)
    }

    func testJSONCarriesExactValues() throws {
        let files = [file("app/a.py"), file("app/b.py"), file("app/c.py")]
        let json = ReportJSONRenderer.reportObject(report(files, [finding("app/a.py")], try configuration()))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let overall = try XCTUnwrap(object["overall"] as? [String: Any])
        XCTAssertEqual(overall["files"] as? Int, 3)
        XCTAssertEqual(overall["compliant"] as? Int, 2)
        XCTAssertEqual(try XCTUnwrap(overall["score"] as? Double), 200.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(overall["score_display"] as? String, "66.6")
    }

    func testRatchetFailsOnATenthAndPassesOnFourHundredths() throws {
        let last = HistoryEntry(time: "t", commit: nil, scores: ["Overall": Compliance(files: 1000, compliant: 1000)], rules: [:])
        var dropped = try report((0..<1000).map { file("app/f\($0).py") }, [finding("app/f0.py")], configuration())
        XCTAssertEqual(ReportBuilder.ratchetDrops(dropped, since: last).map(\.category), ["Overall"], "100 → 99.9")
        let smallDrop = HistoryEntry(time: "t", commit: nil, scores: ["Overall": Compliance(files: 10_000, compliant: 10_000)], rules: [:])
        dropped = try report((0..<2500).map { file("app/f\($0).py") }, [finding("app/f0.py")], configuration())
        XCTAssertEqual(ReportBuilder.ratchetDrops(dropped, since: smallDrop), [], "100 → 99.96 is within 0.05")
    }

    func testHistoryLinesRoundTrip() throws {
        let entry = HistoryEntry(time: "2026-11-27T09:00:00Z", commit: "abc123",
                                 scores: ["Overall": Compliance(files: 4, compliant: 3), "Tests": Compliance(files: 1, compliant: 0)],
                                 rules: ["ENV001": 2])
        XCTAssertEqual(HistoryEntry(jsonLine: entry.jsonLine), entry)
    }
}
