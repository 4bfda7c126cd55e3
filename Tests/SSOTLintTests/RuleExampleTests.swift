import Foundation
import SSOTLint
import XCTest

/// Runs the examples of every rule kind (`RuleKind.examples`, printed by `explain`) as
/// small projects and checks that each reports exactly its `# expect:` markers, read as
/// RuleFixtureTests reads the fixture trees.
final class RuleExampleTests: FolderTestCase {
    func testEveryKindHasReportedAndNotReportedExamples() {
        for kind in RuleRegistry.kinds {
            XCTAssertTrue(kind.examples.contains(where: \.isTriggering), "\(kind.name) has no example with a finding")
            XCTAssertTrue(kind.examples.contains { !$0.isTriggering }, "\(kind.name) has no example without findings")
        }
    }

    func testEveryExampleReportsExactlyItsMarkers() throws {
        for kind in RuleRegistry.kinds {
            for (number, example) in kind.examples.enumerated() {
                let name = "\(kind.name) example \(number + 1) (\(example.summary))"
                let project = root + "/\(kind.name)-\(number + 1)"
                try write(example, kind: kind.name, to: project)
                let configuration: Configuration
                do {
                    configuration = try ConfigurationLoader.load(path: project + "/.ssotlint.yml", from: project)
                } catch {
                    XCTFail("\(name): the configuration does not load: \(error)")
                    continue
                }
                if configuration.rules.first is any ProjectRule {
                    XCTAssertGreaterThanOrEqual(example.files.count, 2, "\(name): a cross-file kind needs two files or more")
                }
                var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: project)
                request.jobs = 2
                request.useCache = false
                let result = Analyzer.run(request)
                XCTAssertEqual(result.files.filter { !$0.isUnanalysable }.map(\.path).sorted(), example.files.map(\.path).sorted(),
                               "\(name): not every file was analysed")

                let expected = try FixtureMarkers.read(root: project, files: example.files.map(\.path))
                let actual = result.findings.filter { !$0.isSuppressed }
                    .map { Marker(path: $0.path, line: $0.line, id: $0.ruleID, column: $0.column) }
                let problems = FixtureMarkers.compare(expected: expected, actual: actual)
                XCTAssertTrue(problems.isEmpty, "\(name):\n" + problems.joined(separator: "\n"))
                XCTAssertEqual(example.isTriggering, !expected.isEmpty, "\(name): isTriggering disagrees with its markers")
                for marker in expected {
                    XCTAssertEqual(marker.id, RuleExample.ruleID, "\(name): \(marker)")
                    XCTAssertNotNil(marker.column, "\(name): \(marker) needs a column, where explain draws its ↓")
                }
                for file in example.files {
                    let arrows = file.renderedLines.joined().filter { $0 == "↓" }.count
                    let columns = Set(expected.filter { $0.path == file.path }.map { "\($0.line):\($0.column ?? 0)" })
                    XCTAssertEqual(arrows, columns.count, "\(name), \(file.path): one ↓ per marked position")
                    XCTAssertFalse(file.renderedLines.contains { $0.contains("expect") }, "\(name): a marker is left in explain")
                }
            }
        }
    }

    func testExplainDrawsMarkersAsArrowsAndDropsExpectAtLines() {
        let file = RuleExample.File(path: "a.py", text: """
            # expect-at: 4 EX@1
            total = a + b  # expect: EX@9 EX@13 EX@13
            text = \"\"\"
            a
            \"\"\"
            """)
        XCTAssertEqual(file.renderedLines, ["total = ↓a + ↓b", "text = \"\"\"", "↓a", "\"\"\""])
    }

    func write(_ example: RuleExample, kind: String, to project: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: project, withIntermediateDirectories: true)
        try example.configuration(kind: kind).write(toFile: project + "/.ssotlint.yml", atomically: false, encoding: .utf8)
        for file in example.files {
            let url = URL(fileURLWithPath: project + "/" + file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (file.text + "\n").write(to: url, atomically: false, encoding: .utf8)
        }
    }
}
