import Foundation
import XCTest

/// The same tree gives byte-identical output (SPEC §7) across runs, `--jobs` values, a
/// cold or warm cache, and file-system ordering: the tree is built three times, once on
/// the temporary folder's file system (ext4 lists entries in hash order) and twice on
/// tmpfs when there is one (`/dev/shm` lists newest first), in opposite creation orders
/// and with files created and deleted in between.
final class DeterminismTests: XCTestCase {
    static let config = """
        version: 1
        categories:
          - name: Real System
            paths: ["backend/**", "shared/**"]
          - name: Tests
            paths: ["tests/**"]
        rules:
          - builtin:env-access
          - builtin:duplicate-factories
          - id: DEP1
            kind: deprecated-import
            severity: warning
            message: "{module} is deprecated; import {replacement}"
            modules:
              - { module: legacy.config, replacement: shared.config }
          - id: WS1
            kind: competing-patterns
            severity: error
            message: "{api} is the {pattern} pattern; use the {canonical} pattern"
            patterns:
              - { name: factory, apis: [ws.factory.get_manager] }
              - { name: legacy, apis: [ws.legacy.Manager] }
          - id: TODO1
            kind: regex
            severity: info
            message: "to-do: {match}"
            pattern: 'TODO\\w*'
            in: comments
        thresholds:
          overall: 0
          categories: { Tests: 0 }

        """

    /// About a hundred files whose findings interleave across paths, lines and rules:
    /// cross-file duplicates and pattern counts, suppressions, an unanalysable file, and
    /// names whose byte order differs from other orders (`a.py` < `a/b.py` < `a_b.py`).
    static func files() -> [String: String] {
        var files: [String: String] = [".ssotlint.yml": config]
        for index in 0..<96 {
            let folder = ["backend/svc\(index % 4)", "shared", "tests/unit", "scripts", "backend/svc\(index % 4)/deep/er"][index % 5]
            var lines = ["import os", "from ws import factory, legacy"]
            if index % 3 == 0 { lines.append("from legacy.config import load") }
            if index % 4 == 0 { lines.append("value = os.environ[\"K\(index)\"]  # TODO\(index)") }
            if index % 5 == 1 { lines.append("def make_session_factory():\n    return os.getenv(\"A\")") }
            if index % 7 == 2 { lines.append("class Color(Enum):\n    RED = 1") }
            lines.append(index % 3 == 1 ? "m = legacy.Manager()" : "m = factory.get_manager()")
            if index % 6 == 5 { lines.append("other = os.getenv(\"B\")  # ssotlint: ignore[ENV001] -- start-up") }
            files["\(folder)/m\(index).py"] = lines.joined(separator: "\n") + "\n"
        }
        for name in ["a.py", "a/b.py", "a_b.py", "A.py", "é.py", "z z.py", "tests/x.py", "tests-x.py"] {
            files[name] = "import os\nv = os.environ  # TODO\n"
        }
        files["shared/broken.py"] = "x = (\n"
        return files
    }

    /// Builds the tree under `base` in `order`, creating and deleting a scratch file
    /// before each one so that the folders' slots are reused differently.
    func makeTree(under base: String, order: [String], files: [String: String]) throws -> String {
        let root = base + "/ssotlint-determinism-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        for (step, path) in order.enumerated() {
            let url = URL(fileURLWithPath: root + "/" + path)
            let folder = url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let scratch = folder.appendingPathComponent("scratch-\(step).tmp")
            try Data().write(to: scratch)
            try Data(files[path]!.utf8).write(to: url)
            try FileManager.default.removeItem(at: scratch)
        }
        return root
    }

    /// Output of `arguments` in `root`, with the root's path replaced by `ROOT`.
    func output(_ arguments: [String], in root: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try SSOTLintBinary.run(arguments, directory: root)
        XCTAssertEqual(result.exitCode, arguments[0] == "report" ? 0 : 1, "\(arguments)\n\(result.transcript)",
                       file: file, line: line)
        return result.output.replacingOccurrences(of: root, with: "ROOT")
    }

    static let commands: [[String]] = [
        ["check", "--format", "json"], ["check", "--format", "text", "--color", "never"], ["check", "--format", "sarif"],
        ["check", "--format", "junit"], ["check", "--format", "codeclimate"], ["check", "--format", "github"],
        ["report", "--format", "json"], ["report", "--format", "text", "--color", "never"],
        ["report", "--format", "markdown"], ["report", "--format", "html"],
    ]

    func testOutputIsByteIdenticalAcrossRunsJobsCachesAndFileSystemOrder() throws {
        let files = Self.files()
        let sorted = files.keys.sorted()
        var trees = [try makeTree(under: FileManager.default.temporaryDirectory.path, order: sorted, files: files)]
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder), isFolder.boolValue,
           access("/dev/shm", W_OK) == 0 {
            trees.append(try makeTree(under: "/dev/shm", order: sorted, files: files))
            trees.append(try makeTree(under: "/dev/shm", order: sorted.reversed(), files: files))
        } else {
            trees.append(try makeTree(under: FileManager.default.temporaryDirectory.path, order: sorted.reversed(), files: files))
        }
        let listings = try trees.map { try FileManager.default.contentsOfDirectory(atPath: $0 + "/backend/svc1") }
        print("directory order of backend/svc1 per tree: \(listings.map { $0.prefix(4).joined(separator: ",") })")

        for command in Self.commands {
            let reference = try output(command + ["--no-cache", "--jobs", "1"], in: trees[0])
            XCTAssertFalse(reference.isEmpty, "\(command)")
            for (index, root) in trees.enumerated() {
                // Cold runs with several job counts, then runs that write and read the cache.
                let variants: [[String]] = [["--no-cache", "--jobs", "1"], ["--no-cache", "--jobs", "4"], ["--no-cache"],
                                            ["--jobs", "2"], ["--jobs", "1"]]
                for variant in variants {
                    let text = try output(command + variant, in: root)
                    XCTAssertTrue(text == reference, "\(command + variant) in tree \(index) differs:\n"
                                  + Self.firstDifference(reference, text))
                }
            }
        }
    }

    func testFindingsAreInPathLineColumnRuleOrder() throws {
        let files = Self.files()
        let root = try makeTree(under: FileManager.default.temporaryDirectory.path, order: files.keys.sorted(), files: files)
        let result = try SSOTLintBinary.run(["check", "--format", "json", "--no-cache"], directory: root)
        let findings = try FindingsDocument(result.stdout).findings
        XCTAssertGreaterThan(findings.count, 100)
        XCTAssertEqual(Set(findings.compactMap { $0["rule"] as? String }),
                       ["ENV001", "DUP001", "DUP002", "DEP1", "WS1", "TODO1", "syntax-error"], "every kind of finding")
        XCTAssertTrue(findings.contains { $0["suppressed"] as? Bool == true }, "a suppressed finding")
        let keys = findings.map { finding -> ([UInt8], Int, Int, [UInt8]) in
            (Array((finding["path"] as? String ?? "").utf8), finding["line"] as? Int ?? 0, finding["col"] as? Int ?? 0,
             Array((finding["rule"] as? String ?? "").utf8))
        }
        for (previous, next) in zip(keys, keys.dropFirst()) {
            let ordered = previous.0 != next.0 ? previous.0.lexicographicallyPrecedes(next.0)
                : previous.1 != next.1 ? previous.1 < next.1
                : previous.2 != next.2 ? previous.2 < next.2
                : !next.3.lexicographicallyPrecedes(previous.3)
            XCTAssertTrue(ordered, "out of order: \(previous) then \(next)")
        }
    }

    /// The first line where two outputs differ, for a readable failure.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let lines = (expected.components(separatedBy: "\n"), actual.components(separatedBy: "\n"))
        for index in 0..<max(lines.0.count, lines.1.count) {
            let left = index < lines.0.count ? lines.0[index] : "<end>"
            let right = index < lines.1.count ? lines.1[index] : "<end>"
            if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
        }
        return "(same lines)"
    }
}
