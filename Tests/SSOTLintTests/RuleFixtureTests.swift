import Foundation
@testable import SSOTLint
import XCTest

/// Runs every fixture tree under `Fixtures/rules/` with its own `.ssotlint.yml` and
/// checks that the findings, suppressed ones included, are exactly the `# expect: ID[@COL]`
/// and `# expect-suppressed: ID[@COL]` markers written on the lines that trigger them
/// (grammar: Fixtures/rules/README.md).
final class RuleFixtureTests: XCTestCase {
    static let fixturesRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rules")
    /// Trees run as with `--report-unused-suppressions`: a directive that hides nothing is
    /// an `unused-suppression` finding, so each directive there is shown to do its job.
    static let treesReportingUnusedSuppressions: Set<String> = ["suppressions", "suppressions-require-reason"]

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
            request.reportUnusedSuppressions = Self.treesReportingUnusedSuppressions.contains(tree)
            let result = Analyzer.run(request)
            let actual = result.findings.map {
                Marker(path: $0.path, line: $0.line, id: $0.ruleID, column: $0.column, isSuppressed: $0.isSuppressed)
            }
            let expected = try FixtureMarkers.read(root: root, files: result.files.map(\.path))
            let problems = FixtureMarkers.compare(expected: expected, actual: actual)
            XCTAssertTrue(problems.isEmpty, "\(tree):\n" + problems.joined(separator: "\n"))
        }
    }

    /// With a rule that follows re-exports, only the files a probe picks get every chain
    /// into the project (`ReexportCandidates`); giving every file that pass instead must
    /// find exactly the same, via chains and messages included.
    func testProbingForReexportsFindsWhatFollowingEveryChainFinds() throws {
        let trees = try FileManager.default.contentsOfDirectory(atPath: Self.fixturesRoot.path)
            .filter { FileManager.default.fileExists(atPath: Self.fixturesRoot.appendingPathComponent("\($0)/.ssotlint.yml").path) }
            .sorted()
        var followingTrees = 0
        for tree in trees {
            let root = Self.fixturesRoot.appendingPathComponent(tree).path
            let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
            guard configuration.rules.contains(where: { ($0 as? any ReexportFollowing)?.followsReexports == true }) else { continue }
            followingTrees += 1
            func findings(probing: Bool) -> [String] {
                var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
                request.useCache = false
                request.probesReexports = probing
                return Analyzer.run(request).findings.map { "\($0.path):\($0.line):\($0.column) \($0.ruleID) \($0.message) \($0.via)" }
            }
            XCTAssertEqual(findings(probing: true), findings(probing: false), tree)
        }
        XCTAssertGreaterThan(followingTrees, 0, "no fixture tree has a rule that follows re-exports")
    }

    /// The trees that report unused suppressions exist, so the set above cannot go stale.
    func testTreesReportingUnusedSuppressionsExist() {
        for tree in Self.treesReportingUnusedSuppressions.sorted() {
            XCTAssertTrue(FileManager.default.fileExists(atPath: Self.fixturesRoot.appendingPathComponent("\(tree)/.ssotlint.yml").path),
                          tree)
        }
    }

    /// The marker grammar itself, on lines written as in the fixtures.
    func testMarkersAreReadFromEveryFormOnALine() {
        let lines = [
            "x = os.environ  # ssotlint: ignore[BAN002]  # expect: BAN001@5 unused-suppression@17",
            "y = os.getenv(1)  # ssotlint: ignore -- why  # expect-suppressed: BAN001@5  # expect: BAN002",
            "# expect-at: 9 BAN001@3 BAN001",
            "# expect-suppressed-at: 7 RX001@1",
            "z = 1  # not a marker: expect BAN001",
        ]
        XCTAssertEqual(lines.enumerated().flatMap { FixtureMarkers.markers(in: Substring($0.element), path: "a.py", line: $0.offset + 1) },
                       [
                           Marker(path: "a.py", line: 1, id: "BAN001", column: 5),
                           Marker(path: "a.py", line: 1, id: "unused-suppression", column: 17),
                           Marker(path: "a.py", line: 2, id: "BAN001", column: 5, isSuppressed: true),
                           Marker(path: "a.py", line: 2, id: "BAN002", column: nil),
                           Marker(path: "a.py", line: 9, id: "BAN001", column: 3),
                           Marker(path: "a.py", line: 9, id: "BAN001", column: nil),
                           Marker(path: "a.py", line: 7, id: "RX001", column: 1, isSuppressed: true),
                       ])
    }

    /// A missing mark, an extra mark, a wrong column and a wrong suppression state all fail.
    func testComparisonReportsEveryKindOfDifference() {
        let found = [Marker(path: "a.py", line: 3, id: "BAN001", column: 8),
                     Marker(path: "a.py", line: 4, id: "BAN001", column: 8, isSuppressed: true)]
        XCTAssertEqual(FixtureMarkers.compare(expected: found, actual: found), [])
        XCTAssertEqual(FixtureMarkers.compare(expected: [found[0]], actual: found),
                       ["reported but not expected: a.py:4:8 BAN001 (suppressed)"])
        XCTAssertEqual(FixtureMarkers.compare(expected: found + [Marker(path: "a.py", line: 3, id: "BAN001", column: nil)], actual: found),
                       ["expected but not reported: a.py:3:* BAN001"])
        var unsuppressed = found[1]
        unsuppressed.isSuppressed = false
        XCTAssertEqual(FixtureMarkers.compare(expected: [found[0], unsuppressed], actual: found),
                       ["expected but not reported: a.py:4:8 BAN001", "reported but not expected: a.py:4:8 BAN001 (suppressed)"])
        var moved = found[0]
        moved.column = 9
        XCTAssertEqual(FixtureMarkers.compare(expected: [moved, found[1]], actual: found),
                       ["expected but not reported: a.py:3:9 BAN001", "reported but not expected: a.py:3:8 BAN001"])
    }
}

struct Marker: Hashable, CustomStringConvertible {
    var path: String
    var line: Int
    var id: String
    /// Nil: any column.
    var column: Int?
    /// The finding is suppressed by a `# ssotlint: ignore` directive (`expect-suppressed`).
    var isSuppressed = false

    var description: String {
        "\(path):\(line):\(column.map(String.init) ?? "*") \(id)" + (isSuppressed ? " (suppressed)" : "")
    }
}

enum FixtureMarkers {
    /// The four marker keywords: the findings on this line, or (`-at`) on the line given
    /// first; unsuppressed, or suppressed.
    static let keywords: [(text: String, suppressed: Bool, at: Bool)] = [
        ("# expect:", false, false), ("# expect-at:", false, true),
        ("# expect-suppressed:", true, false), ("# expect-suppressed-at:", true, true),
    ]

    /// `# expect: A B@5` on a line, or `# expect-at: LINE A@COL` anywhere for a line that
    /// cannot hold a comment, and their `expect-suppressed` twins.
    static func read(root: String, files: [String]) throws -> [Marker] {
        var markers: [Marker] = []
        for path in files {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                markers += Self.markers(in: line, path: path, line: index + 1)
            }
        }
        return markers
    }

    /// The marks of one line: each keyword's list runs to the next keyword or the end of the line.
    static func markers(in text: Substring, path: String, line: Int) -> [Marker] {
        var starts: [(range: Range<Substring.Index>, suppressed: Bool, at: Bool)] = []
        var searchFrom = text.startIndex
        while let found = text.range(of: "# expect", range: searchFrom..<text.endIndex) {
            if let keyword = keywords.first(where: { text[found.lowerBound...].hasPrefix($0.text) }) {
                let end = text.index(found.lowerBound, offsetBy: keyword.text.count)
                starts.append((found.lowerBound..<end, keyword.suppressed, keyword.at))
            }
            searchFrom = found.upperBound
        }
        var markers: [Marker] = []
        for (index, start) in starts.enumerated() {
            let listEnd = index + 1 < starts.count ? starts[index + 1].range.lowerBound : text.endIndex
            var words = text[start.range.upperBound..<listEnd].split(separator: " ")
            var target = line
            if start.at {
                guard let first = words.first, let number = Int(first) else { continue }
                target = number
                words.removeFirst()
            }
            markers += words.map { marker(String($0), path: path, line: target, suppressed: start.suppressed) }
        }
        return markers
    }

    static func marker(_ word: String, path: String, line: Int, suppressed: Bool) -> Marker {
        let parts = word.split(separator: "@")
        return Marker(path: path, line: line, id: String(parts[0]), column: parts.count > 1 ? Int(parts[1]) : nil,
                      isSuppressed: suppressed)
    }

    /// Differences as readable lines; empty when the findings are exactly the markers.
    static func compare(expected: [Marker], actual: [Marker]) -> [String] {
        var unmatched = actual
        var missing: [Marker] = []
        for marker in expected {
            if let index = unmatched.firstIndex(where: { $0.path == marker.path && $0.line == marker.line && $0.id == marker.id
                && $0.isSuppressed == marker.isSuppressed && (marker.column == nil || $0.column == marker.column) }) {
                unmatched.remove(at: index)
            } else {
                missing.append(marker)
            }
        }
        return missing.map { "expected but not reported: \($0)" } + unmatched.map { "reported but not expected: \($0)" }
    }
}
