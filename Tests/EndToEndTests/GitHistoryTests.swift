import Foundation
import XCTest

/// `report --git-history N`: the compliance of the last N first-parent commits, computed
/// from git objects, equals a report of a checkout of each commit, commit for commit.
final class GitHistoryTests: XCTestCase {
    static let config = """
        version: 1
        rules:
          - builtin:env-access
          - id: WS001
            kind: competing-patterns
            severity: error
            message: "{api} is the {pattern} pattern; use the {canonical} pattern"
            patterns:
              - { name: factory, apis: [ws.factory.get_manager], canonical: true }
              - { name: legacy, apis: [ws.legacy.WebSocketManager] }
          - id: DEP001
            kind: deprecated-import
            severity: warning
            message: "{module} is deprecated; import {replacement}"
            modules:
              - { module: legacy.config, replacement: shared.config }

        """

    /// Five commits: files added, edited, renamed, deleted, ignored, and a side branch merged.
    func repository() throws -> GitRepositoryTree {
        let repository = try GitRepositoryTree(self)
        try repository.commit("start", [
            ".ssotlint.yml": Self.config,
            "app/a.py": "import os\nfrom ws.legacy import WebSocketManager\nhome = os.environ[\"HOME\"]\n",
            "app/b.py": "import legacy.config\nfrom ws.legacy import WebSocketManager\n",
            "tests/test_a.py": "from ws.factory import get_manager\n",
        ])
        try repository.commit("migrate a", ["app/a.py": "from ws.factory import get_manager\n"])
        try repository.tree.write("app/core/")
        try repository.git("mv", "app/b.py", "app/core/b.py")
        try repository.commit("move b", ["generated/g.py": "import os\nos.getenv(\"X\")\n"])
        try repository.git("checkout", "-q", "-b", "side")
        try repository.commit("side work", ["app/side.py": "import legacy.config\n", "tests/test_a.py": "x = 1\n"])
        try repository.git("checkout", "-q", "main")
        try repository.commit("ignore generated", [".gitignore": "generated/\n"])
        try repository.git("merge", "-q", "--no-ff", "-m", "merge side", "side")
        try repository.commit("drop b", removing: ["app/core/b.py"])
        return repository
    }

    func testGitHistoryEqualsAReportOfACheckoutOfEachCommit() throws {
        let repository = try repository()
        let history = try assertHistoryEqualsCheckouts(repository)
        XCTAssertEqual(history.map { $0["subject"] as? String }, ["start", "migrate a", "move b", "ignore generated", "merge side", "drop b"])
    }

    /// A file whose probe shows a reference that a re-export may lead to an API is analysed
    /// again with every chain into the project, from the commit's blob (not the work tree).
    func testReexportsAreFollowedInEachCommit() throws {
        let repository = try GitRepositoryTree(self)
        try repository.commit("start", [
            ".ssotlint.yml": "version: 1\nrules:\n  - id: RX\n    kind: banned-api\n    severity: error\n"
                + "    message: \"{api}{via}\"\n    apis: [pkg.impl.Legacy]\n    follow-reexports: true\n",
            "pkg/__init__.py": "from .impl import Legacy\n",
            "pkg/impl.py": "class Legacy: pass\nclass New: pass\n",
            "app/a.py": "from pkg import Legacy\nimport pkg\npkg.Legacy()\n",
        ])
        try repository.commit("the facade gives New", ["pkg/__init__.py": "from .impl import New as Legacy\n"])
        try repository.commit("a moves on", ["app/a.py": "x = 1\n"])
        let history = try assertHistoryEqualsCheckouts(repository)
        // At the start, a.py's import and call through the facade, and the facade's own
        // import line; a.py's blob there is the next commit's, where no re-export leads it
        // to the API, and the work tree's differs.
        XCTAssertEqual(history.map { ($0["rules"] as? [String: Int])?["RX"] ?? 0 }, [3, 0, 0])
    }

    /// Runs `report --git-history 30` and compares each commit's entry with a report of a
    /// checkout of that commit; returns the history.
    @discardableResult
    func assertHistoryEqualsCheckouts(_ repository: GitRepositoryTree) throws -> [[String: Any]] {
        let run = try repository.tree.run("report", "--git-history", "30", "--format", "json")
        XCTAssertEqual(run.exitCode, 0, run.transcript)
        let history = try XCTUnwrap(try Self.report(run.stdout)["history"] as? [[String: Any]])
        let commits = try repository.git("rev-list", "--first-parent", "--reverse", "HEAD").split(separator: "\n").map(String.init)
        XCTAssertEqual(history.map { $0["commit"] as? String }, commits)
        let scratch = try ProjectTree(self)
        for (index, commit) in commits.enumerated() {
            // A checkout of its own, outside the repository: git archive into a new folder.
            let folder = scratch.path("c\(index)")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try repository.git("archive", "--format=tar", "-o", scratch.path("c\(index).tar"), commit)
            try GitRepositoryTree.git(["init", "-q"], in: folder)
            let untar = Process()
            untar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            untar.arguments = ["tar", "-xf", scratch.path("c\(index).tar"), "-C", folder]
            try untar.run()
            untar.waitUntilExit()
            let checkout = try scratch.run(["report", "--format", "json", "--no-cache"], in: "c\(index)")
            XCTAssertEqual(checkout.exitCode, 0, checkout.transcript)
            let expected = try Self.report(checkout.stdout)
            XCTAssertEqual(Self.summary(history[index]), Self.summary(ofReport: expected), "commit \(index + 1) (\(commit))")
        }
        return history
    }

    func testTheHistoryFileGetsOnlyTheCommitsItDoesNotHoldYet() throws {
        let repository = try repository()
        let first = try repository.tree.run("report", "--git-history", "2", "--history", "h.jsonl")
        XCTAssertEqual(first.exitCode, 0, first.transcript)
        XCTAssertEqual(repository.tree.read("h.jsonl")?.split(separator: "\n").count, 2)
        let second = try repository.tree.run("report", "--git-history", "4", "--history", "h.jsonl", "--format", "json")
        XCTAssertEqual(second.exitCode, 0, second.transcript)
        let lines = try XCTUnwrap(repository.tree.read("h.jsonl")).split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        let history = try XCTUnwrap(try Self.report(second.stdout)["history"] as? [[String: Any]])
        XCTAssertEqual(history.count, 4)
        let migrations = try XCTUnwrap(try Self.report(second.stdout)["migrations"] as? [[String: Any]])
        XCTAssertEqual(migrations.map { "\($0["rule"] ?? "") \($0["subject"] ?? "") \($0["files"] ?? "")" },
                       ["WS001 factory 1", "DEP001 legacy.config 1"])
        let lastFour = try repository.git("rev-list", "--first-parent", "--max-count=4", "HEAD").split(separator: "\n").map(String.init)
        XCTAssertEqual(Set(history.compactMap { $0["commit"] as? String }), Set(lastFour))
        let again = try repository.tree.run("report", "--git-history", "4", "--history", "h.jsonl")
        XCTAssertEqual(again.exitCode, 0, again.transcript)
        XCTAssertEqual(repository.tree.read("h.jsonl")?.split(separator: "\n").count, 4)
    }

    func testTheTextReportShowsMigrationProgressAndFolders() throws {
        let repository = try repository()
        let run = try repository.tree.run("report", "--git-history", "6")
        XCTAssertEqual(run.exitCode, 0, run.transcript)
        XCTAssertTrue(run.output.contains("""
            Migration progress
              WS001 factory: 1 of 1 file, 100.0%  (±0 files (±0.0 points) since the previous run; ±0 files (+66.6 points) over 6 runs)
              DEP001 legacy.config: 1 file still imports it  (±0 files since the previous run; ±0 files over 6 runs)

            Folders (worst first)
              Folder   Score  Files  Compliant
              app      50.0%      2          1
              tests   100.0%      1          1
            """), run.output)
    }

    static func report(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["report"] as? [String: Any])
    }

    /// Scores, findings per rule and files per pattern of a history entry, as text.
    static func summary(_ entry: [String: Any]) -> String {
        let scores = (entry["scores"] as? [String: [String: Int]] ?? [:]).sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value["compliant"] ?? -1)/\($0.value["files"] ?? -1)" }
        let rules = (entry["rules"] as? [String: Int] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let patterns = (entry["patterns"] as? [String: [String: Int]] ?? [:]).sorted { $0.key < $1.key }
            .map { "\($0.key): " + $0.value.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }
        return (scores + rules + patterns).joined(separator: "; ")
    }

    /// The same from a whole `report --format json`.
    static func summary(ofReport report: [String: Any]) -> String {
        var scores: [String: [String: Int]] = [:]
        for category in (report["categories"] as? [[String: Any]] ?? []) + [report["overall"] as? [String: Any] ?? [:]] {
            scores[category["name"] as? String ?? "?"] = ["files": category["files"] as? Int ?? -1,
                                                          "compliant": category["compliant"] as? Int ?? -1]
        }
        var rules: [String: Int] = [:]
        for rule in report["rules"] as? [[String: Any]] ?? [] { rules[rule["rule"] as? String ?? "?"] = rule["findings"] as? Int }
        var patterns: [String: [String: Int]] = [:]
        for distribution in report["patterns"] as? [[String: Any]] ?? [] {
            var files: [String: Int] = [:]
            for pattern in distribution["patterns"] as? [[String: Any]] ?? [] { files[pattern["name"] as? String ?? "?"] = pattern["files"] as? Int }
            patterns[distribution["rule"] as? String ?? "?"] = files
        }
        return summary(["scores": scores, "rules": rules, "patterns": patterns])
    }
}
