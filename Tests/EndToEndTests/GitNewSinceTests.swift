import Foundation
import XCTest

/// `check --new-since REF` and `report --new-since REF` on repositories made with the real
/// git: only findings that the branch brings fail, the merge-base is read from git objects
/// and nothing in the repository changes.
final class GitNewSinceTests: XCTestCase {
    static let config = """
        version: 1
        rules:
          - builtin:env-access

        """
    static let old = "import os\n\nhome = os.environ[\"HOME\"]\n"

    /// `main` with one ENV001 finding in pkg/a.py, and a `feature` branch checked out from it.
    func repository(_ files: [String: String] = [:]) throws -> GitRepositoryTree {
        let repository = try GitRepositoryTree(self)
        try repository.commit("base", [".ssotlint.yml": Self.config, "pkg/a.py": Self.old, "pkg/b.py": "x = 1\n"]
            .merging(files) { $1 })
        try repository.git("checkout", "-q", "-b", "feature")
        return repository
    }

    func testAPullRequestThatAddsOneViolationAndMovesAnOldOneFailsWithExactlyTheNewOne() throws {
        let repository = try repository()
        try repository.commit("add one, move one", [
            "pkg/a.py": "import os\n\"\"\"Moved down.\"\"\"\n\n\nhome = os.environ[\"HOME\"]  # still here\n",
            "pkg/b.py": "import os\nx = 1\npath = os.getenv(\"PATH\")\n",
        ])
        let check = try repository.tree.run("check", "--new-since", "main")
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertEqual(check.lines, [
            "pkg/b.py:3:8: " + Expected.env001("os.getenv"),
            "Found 1 finding (1 error) in 1 file of 2 (1 baselined).",
        ])
        let base = try repository.git("rev-parse", "main").prefix(10)
        XCTAssertEqual(check.errorLines, ["ssotlint: new since main: merge-base \(base) (base) had 1 finding; those still present are baselined"])
        let json = try FindingsDocument(try repository.tree.run("check", "--new-since", "main", "--format", "json").stdout)
        XCTAssertEqual(json.positions, ["pkg/a.py:5:8: ENV001", "pkg/b.py:3:8: ENV001"])
        XCTAssertEqual(json.findings.map { $0["baselined"] as? Bool }, [true, false])
        let sarif = try repository.tree.run("check", "--new-since", "main", "--format", "sarif")
        let results = try XCTUnwrap(((try JSONSerialization.jsonObject(with: sarif.stdout) as? [String: Any])?["runs"] as? [[String: Any]])?
            .first?["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["baselineState"] as? String }, ["unchanged", "new"])
    }

    func testAPullRequestThatOnlyFixesPasses() throws {
        let repository = try repository(["pkg/c.py": "import os\nos.getenv(\"A\")\n"])
        try repository.commit("fix", ["pkg/a.py": "home = 1\n"])
        let check = try repository.tree.run("check", "--new-since", "main")
        XCTAssertEqual(check.exitCode, 0, check.transcript)
        XCTAssertEqual(check.lines, ["No findings in 3 files (1 baselined)."])
    }

    func testUncommittedEditsCount() throws {
        let repository = try repository()
        try repository.tree.write("pkg/b.py", "import os\nx = os.environ\n")
        try repository.tree.write("pkg/new.py", "import os\ny = os.getenv(\"Y\")\n")
        let check = try repository.tree.run("check", "--new-since", "main")
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertEqual(check.lines, [
            "pkg/b.py:2:5: " + Expected.env001("os.environ"),
            "pkg/new.py:2:5: " + Expected.env001("os.getenv"),
            "Found 2 findings (2 errors) in 2 files of 3 (1 baselined).",
        ])
    }

    func testARuleAddedSinceTheBaseDoesNotFailOnOldCode() throws {
        let repository = try repository(["pkg/c.py": "print(\"old\")\n"])
        try repository.commit("a new rule", [
            ".ssotlint.yml": Self.config + "  - { id: PR1, kind: regex, severity: error, message: \"print: {match}\", pattern: 'print\\(' }\n",
            "pkg/d.py": "print(\"new\")\n",
        ])
        let check = try repository.tree.run("check", "--new-since", "main")
        XCTAssertEqual(check.exitCode, 1, check.transcript)
        XCTAssertEqual(check.lines, ["pkg/d.py:1:1: PR1 print: print(", "Found 1 finding (1 error) in 1 file of 4 (2 baselined)."])
    }

    func testRenamedFilesKeepTheirFindings() throws {
        let repository = try repository(["pkg/c.py": "import os\nhome = os.getenv(\"HOME\")\n"])
        // A committed rename with an edit (git's rename detection), and one not committed yet.
        try repository.git("mv", "pkg/a.py", "pkg/renamed.py")
        try repository.commit("rename", ["pkg/renamed.py": Self.old + "\n# renamed\n"])
        try FileManager.default.moveItem(atPath: repository.tree.path("pkg/c.py"), toPath: repository.tree.path("pkg/moved.py"))
        let check = try repository.tree.run("check", "--new-since", "main")
        XCTAssertEqual(check.exitCode, 0, check.transcript)
        XCTAssertEqual(check.lines, ["No findings in 3 files (2 baselined)."])
    }

    func testAFileDeletedOnTheBranch() throws {
        let repository = try repository(["pkg/c.py": "import os\nhome = os.getenv(\"HOME\")\n"])
        try repository.commit("delete", removing: ["pkg/c.py"])
        let check = try repository.tree.run("check", "--new-since", "main", "--format", "json")
        XCTAssertEqual(check.exitCode, 0, check.transcript)
        XCTAssertEqual(try FindingsDocument(check.stdout).positions, ["pkg/a.py:3:8: ENV001"])
        XCTAssertEqual(check.errorLines.last?.contains("had 2 findings"), true, check.transcript)
    }

    func testAShallowCloneGivesTheClearError() throws {
        let repository = try repository()
        try repository.git("checkout", "-q", "main")
        try repository.commit("main moves on", ["pkg/b.py": "x = 2\n"])
        try repository.git("checkout", "-q", "feature")
        try repository.commit("feature work", ["pkg/b.py": "x = 3\n"])
        let clone = try ProjectTree(self)
        try GitRepositoryTree.git(["clone", "-q", "--depth", "1", "--no-single-branch", "file://" + repository.root, clone.path("c")],
                                  in: clone.root)
        try GitRepositoryTree.git(["checkout", "-q", "feature"], in: clone.path("c"))
        let check = try clone.run(["check", "--new-since", "origin/main"], in: "c")
        XCTAssertEqual(check.exitCode, 2, check.transcript)
        XCTAssertEqual(check.output, "")
        XCTAssertEqual(check.errorLines, ["ssotlint: error: no merge-base between origin/main and HEAD: this is a shallow clone; fetch more "
            + "history (git fetch --unshallow, or fetch-depth: 0 with actions/checkout in GitHub Actions, GIT_DEPTH: 0 in GitLab CI)"])
    }

    func testErrorsForAnUnknownRefAndOutsideAWorkTree() throws {
        let repository = try repository()
        let unknown = try repository.tree.run("check", "--new-since", "no-such-branch")
        XCTAssertEqual(unknown.exitCode, 2, unknown.transcript)
        XCTAssertEqual(unknown.errorLines, ["ssotlint: error: unknown revision 'no-such-branch': it names no commit here "
            + "(fetch it first, e.g. git fetch origin no-such-branch)"])
        let plain = try ProjectTree(self, files: [".ssotlint.yml": Self.config, "a.py": "x = 1\n"])
        let outside = try plain.run("check", "--new-since", "main")
        XCTAssertEqual(outside.exitCode, 2, outside.transcript)
        XCTAssertEqual(outside.errorLines, ["ssotlint: error: \(plain.root) is not inside a git work tree"])
        let noGit = try repository.tree.run(["check", "--new-since", "main"], environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(noGit.exitCode, 2, noGit.transcript)
        XCTAssertEqual(noGit.errorLines, ["ssotlint: error: git was not found on PATH; the git-aware options need the git executable"])
    }

    func testNewSinceAndABaselineFileCannotBeCombined() throws {
        let repository = try repository()
        for command in ["check", "report"] {
            let run = try repository.tree.run(command, "--new-since", "main", "--baseline", "b.json")
            XCTAssertEqual(run.exitCode, 2, run.transcript)
            XCTAssertEqual(run.errorLines, ["ssotlint: error: --new-since and --baseline cannot be combined: the merge-base is the baseline"],
                           command)
        }
    }

    func testTheWorkTreeIndexAndHeadAreByteIdenticalBeforeAndAfter() throws {
        let repository = try repository()
        try repository.commit("work", ["pkg/b.py": "import os\nx = os.environ\n"])
        try repository.tree.write("pkg/a.py", "import os\n# edited, not staged\nhome = os.environ[\"HOME\"]\n")
        try repository.tree.write("pkg/staged.py", "y = 1\n")
        try repository.git("add", "pkg/staged.py")
        let before = try repository.state()
        XCTAssertNotNil(before[".git/index"])
        XCTAssertEqual(try repository.tree.run("check", "--new-since", "main").exitCode, 1)
        XCTAssertEqual(try repository.tree.run("report", "--new-since", "main", "--git-history", "5").exitCode, 0)
        XCTAssertEqual(try repository.state(), before)
    }

    func testReportShowsTheNewFindingsPerCategory() throws {
        let repository = try repository()
        try repository.commit("add", ["tests/test_b.py": "import os\nx = os.environ\n"])
        let report = try repository.tree.run("report", "--new-since", "main", "--format", "json")
        XCTAssertEqual(report.exitCode, 0, report.transcript)
        let object = try XCTUnwrap((try JSONSerialization.jsonObject(with: report.stdout) as? [String: Any])?["report"] as? [String: Any])
        let categories = try XCTUnwrap(object["categories"] as? [[String: Any]])
        XCTAssertEqual(categories.map { "\($0["name"] ?? "") \($0["new_findings"] ?? "")" }, ["Tests 1", "Source 0"])
        let newSince = try XCTUnwrap(object["new_since"] as? [String: Any])
        XCTAssertEqual(newSince["findings_at_base"] as? Int, 1)
        let text = try repository.tree.run("report", "--new-since", "main")
        let base = try repository.git("rev-parse", "main").prefix(10)
        XCTAssertEqual(Array(text.lines[2...6]), [
            "           Score  Threshold  Verdict  Files  Compliant  With violations  Findings  Suppressed  Baselined  New",
            "  Tests     0.0%          —        —      1          0                1         1           0          0    1",
            "  Source   50.0%          —        —      2          1                1         1           0          1    0",
            "  Overall  33.3%          —        —      3          1                2         2           0          1    1",
            "",
        ], text.output)
        XCTAssertEqual(text.lines[7], "New since main: merge-base \(base) (base) had 1 finding; New counts the findings it did not have")
    }
}
