import Foundation
import SSOTLint
import XCTest

/// `GitHistory` analyses each distinct file version (path and blob id) once, however many
/// commits hold it, and each commit's findings equal those of a cold run of its files.
final class GitHistoryReuseTests: FolderTestCase {
    static let configuration = "version: 1\nrules:\n  - builtin:env-access\n"

    func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"]
            + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }

    func commit(_ files: [String: String], _ message: String) throws {
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    func testEachDistinctFileVersionIsAnalysedOnce() throws {
        try git("init", "-q", "-b", "main")
        // 10 files, then 4 commits that change one file each; the last one reverts the first edit.
        var files = [".ssotlint.yml": Self.configuration]
        for index in 0..<10 { files["pkg/m\(index).py"] = "import os\nvalue\(index) = os.environ\n" }
        try commit(files, "start")
        try commit(["pkg/m1.py": "x = 1\n"], "fix m1")
        try commit(["pkg/m2.py": "y = 2\n"], "fix m2")
        try commit(["pkg/m1.py": "import os\nvalue1 = os.environ\n"], "revert m1")
        try commit(["pkg/new.py": "import os\nos.getenv(\"A\")\n"], "add new")
        let configuration = try ConfigurationLoader.load(path: root + "/.ssotlint.yml", from: root)
        var request = AnalysisRequest(configuration: configuration, rules: configuration.rules, workingDirectory: root)
        request.useCache = false
        request.jobs = 2
        let engine = AnalysisEngine(request)
        _ = engine.analyze()
        XCTAssertEqual(engine.statistics.perFilePasses, 11)
        let history = try GitHistory.compute(commits: 5, engine: engine)
        // HEAD's files all come from the work tree's analysis; older commits add m2's and
        // m1's old versions only (the revert brings back a version seen already).
        XCTAssertEqual(history.perFilePasses, 2)
        XCTAssertEqual(history.entries.map { $0.rules["ENV001"] ?? 0 }, [10, 9, 8, 9, 10])
        XCTAssertEqual(history.entries.map { $0.scores["Overall"].map { "\($0.compliant)/\($0.files)" } ?? "" },
                       ["0/10", "1/10", "2/10", "1/10", "1/11"])
    }
}
