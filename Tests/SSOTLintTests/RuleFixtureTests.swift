import Foundation
import SSOTLint
import XCTest

/// Runs every fixture tree under `Fixtures/rules/` with its own `.ssotlint.yml` and
/// checks that the findings are exactly the `# expect: ID[@COL] ...` markers written on
/// the lines that trigger them (grammar: Fixtures/rules/README.md).
final class RuleFixtureTests: XCTestCase {
    static let fixturesRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rules")

    func testEveryFixtureTreeReportsExactlyItsMarkers() throws {
        let trees = try FileManager.default.contentsOfDirectory(atPath: Self.fixturesRoot.path)
            .filter { FileManager.default.fileExists(atPath: Self.fixturesRoot.appendingPathComponent("\($0)/.ssotlint.yml").path) }
            .sorted()
        XCTAssertFalse(trees.isEmpty, "no fixture trees found in \(Self.fixturesRoot.path)")
        for tree in trees {
            let root = Self.fixturesRoot.appendingPathComponent(tree).path
            let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
            var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
            request.jobs = 2
            let result = Analyzer.run(request)
            let actual = result.findings.filter { !$0.isSuppressed }.map { Marker(path: $0.path, line: $0.line, id: $0.ruleID, column: $0.column) }
            let expected = try FixtureMarkers.read(root: root, files: result.files.map(\.path))
            let problems = FixtureMarkers.compare(expected: expected, actual: actual)
            XCTAssertTrue(problems.isEmpty, "\(tree):\n" + problems.joined(separator: "\n"))
        }
    }
}

struct Marker: Hashable, CustomStringConvertible {
    var path: String
    var line: Int
    var id: String
    /// Nil: any column.
    var column: Int?

    var description: String { "\(path):\(line):\(column.map(String.init) ?? "*") \(id)" }
}

enum FixtureMarkers {
    /// `# expect: A B@5` on a line, or `# expect-at: LINE A@COL` anywhere for a line that
    /// cannot hold a comment.
    static func read(root: String, files: [String]) throws -> [Marker] {
        var markers: [Marker] = []
        for path in files {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let range = line.range(of: "# expect-at:") {
                    var words = line[range.upperBound...].split(separator: " ")
                    guard let target = words.first.flatMap({ Int($0) }) else { continue }
                    words.removeFirst()
                    markers += words.map { marker(String($0), path: path, line: target) }
                } else if let range = line.range(of: "# expect:") {
                    markers += line[range.upperBound...].split(separator: " ").map { marker(String($0), path: path, line: index + 1) }
                }
            }
        }
        return markers
    }

    static func marker(_ word: String, path: String, line: Int) -> Marker {
        let parts = word.split(separator: "@")
        return Marker(path: path, line: line, id: String(parts[0]), column: parts.count > 1 ? Int(parts[1]) : nil)
    }

    /// Differences as readable lines; empty when the findings are exactly the markers.
    static func compare(expected: [Marker], actual: [Marker]) -> [String] {
        var unmatched = actual
        var missing: [Marker] = []
        for marker in expected {
            if let index = unmatched.firstIndex(where: { $0.path == marker.path && $0.line == marker.line && $0.id == marker.id
                && (marker.column == nil || $0.column == marker.column) }) {
                unmatched.remove(at: index)
            } else {
                missing.append(marker)
            }
        }
        return missing.map { "expected but not reported: \($0)" } + unmatched.map { "reported but not expected: \($0)" }
    }
}
