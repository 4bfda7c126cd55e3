import Foundation
import XCTest
@testable import SSOTLint

/// A temporary folder tree for discovery tests, removed when the test ends.
struct DiscoveryTestTree {
    let root: String

    init(_ testCase: XCTestCase, files: [String] = []) throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ssotlint-discovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        root = url.path
        let root = root
        testCase.addTeardownBlock {
            _ = try? FileManager.default.removeItem(atPath: root)
        }
        for file in files { try write(file) }
    }

    /// Creates `path` (a folder when it ends in `/`) and its parent folders.
    func write(_ path: String, _ contents: String = "") throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        if path.hasSuffix("/") {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return
        }
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true
        )
        try Data(contents.utf8).write(to: url)
    }

    func symlink(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: destination)
    }
}

final class FileDiscoveryTests: XCTestCase {
    func testFindsPythonFilesSortedByBytes() throws {
        let tree = try DiscoveryTestTree(self, files: [
            "b.py", "a/b.py", "a-b.py", "a.py", "B.py", "é.py", "z/notes.txt", "pkg/sub/deep.py", "pkg/x.pyi",
        ])
        let found = FileDiscovery.discover(root: tree.root)
        XCTAssertEqual(found.files, ["B.py", "a-b.py", "a.py", "a/b.py", "b.py", "pkg/sub/deep.py", "é.py"])
        XCTAssertEqual(found.skippedSymlinks, [])
        XCTAssertEqual(found.unreadable, [])
    }

    func testSkipsTheFixedFolderListAtAnyDepthCaseSensitively() throws {
        let skipped = FileDiscovery.skippedFolderNames.sorted()
        XCTAssertEqual(skipped.count, 14)
        var files = skipped.map { "\($0)/x.py" } + skipped.map { "deep/er/\($0)/y.py" }
        files += ["VENV/a.py", "Node_Modules/b.py", "venv.py", "src/venvs/c.py"]
        let tree = try DiscoveryTestTree(self, files: files)
        let found = FileDiscovery.discover(root: tree.root)
        XCTAssertEqual(found.files, ["Node_Modules/b.py", "VENV/a.py", "src/venvs/c.py", "venv.py"])
    }

    func testSymbolicLinksAreListedAndNeverFollowed() throws {
        let tree = try DiscoveryTestTree(self, files: ["a.py", "pkg/b.py"])
        try tree.symlink("link.py", to: "a.py")
        try tree.symlink("linkdir", to: "pkg")
        try tree.symlink("pkg/up", to: "..")
        try tree.symlink("loop", to: "loop")
        try tree.symlink("dangling.py", to: "missing.py")
        let found = FileDiscovery.discover(root: tree.root)
        XCTAssertEqual(found.files, ["a.py", "pkg/b.py"])
        XCTAssertEqual(found.skippedSymlinks, ["dangling.py", "link.py", "linkdir", "loop", "pkg/up"])
        XCTAssertEqual(found.unreadable, [])
    }

    func testExcludedOrIgnoredSymlinksAreNotListed() throws {
        let tree = try DiscoveryTestTree(self, files: ["a.py"])
        try tree.write(".gitignore", "ignored-link\n")
        try tree.symlink("ignored-link", to: "a.py")
        try tree.symlink("excluded-link", to: "a.py")
        let options = DiscoveryOptions(exclude: [try Glob("excluded-link")])
        XCTAssertEqual(FileDiscovery.discover(root: tree.root, options: options).skippedSymlinks, [])
    }

    func testAFolderNamedLikeAPythonFileIsNotAFile() throws {
        let tree = try DiscoveryTestTree(self, files: ["x.py/inner.py", "x.py/notes.txt", "x.py/sub/"])
        let found = FileDiscovery.discover(root: tree.root)
        XCTAssertEqual(found.files, ["x.py/inner.py"])
    }

    func testSpacesAndNonASCIINames() throws {
        let tree = try DiscoveryTestTree(self, files: ["my dir/a b.py", "données/ünï.py", "日本/コード.py", "trailing /x.py"])
        let found = FileDiscovery.discover(root: tree.root)
        XCTAssertEqual(found.files, ["données/ünï.py", "my dir/a b.py", "trailing /x.py", "日本/コード.py"].sorted {
            $0.utf8.lexicographicallyPrecedes($1.utf8)
        })
        let options = DiscoveryOptions(exclude: [try Glob("données/")])
        XCTAssertEqual(FileDiscovery.discover(root: tree.root, options: options).files.count, 3)
    }

    func testExcludeGlobsPruneFoldersAndFiles() throws {
        let tree = try DiscoveryTestTree(self, files: [
            "build/a.py", "src/build/b.py", "src/api_pb2.py", "scripts/gen.py", "lib/scripts/gen.py", "src/ok.py",
        ])
        let options = DiscoveryOptions(exclude: [try Glob("build/"), try Glob("*_pb2.py"), try Glob("/scripts/gen.py")])
        XCTAssertEqual(FileDiscovery.discover(root: tree.root, options: options).files, ["lib/scripts/gen.py", "src/ok.py"])
    }

    func testIncludeGlobs() throws {
        let tree = try DiscoveryTestTree(self, files: ["src/a.py", "src/data.txt", "tools/b.pyi", "c.py"])
        func files(_ patterns: [String]) throws -> [String] {
            let options = DiscoveryOptions(include: try patterns.map { try Glob($0) })
            return FileDiscovery.discover(root: tree.root, options: options).files
        }
        XCTAssertEqual(try files(["src"]), ["src/a.py", "src/data.txt"])
        XCTAssertEqual(try files(["src/"]), ["src/a.py", "src/data.txt"])
        XCTAssertEqual(try files(["**/*.pyi", "*.py"]), ["c.py", "src/a.py", "tools/b.pyi"])
        XCTAssertEqual(try files(["src/**/*.py"]), ["src/a.py"])
        XCTAssertEqual(try files([]), [])
    }

    func testGitignoreIsHonouredUnlessTurnedOff() throws {
        let tree = try DiscoveryTestTree(self, files: ["a.py", "gen/b.py", "sub/c.py", "sub/d.py"])
        try tree.write(".gitignore", "gen/\n")
        try tree.write("sub/.gitignore", "c.py\n")
        XCTAssertEqual(FileDiscovery.discover(root: tree.root).files, ["a.py", "sub/d.py"])
        let all = FileDiscovery.discover(root: tree.root, options: DiscoveryOptions(respectGitignore: false))
        XCTAssertEqual(all.files, ["a.py", "gen/b.py", "sub/c.py", "sub/d.py"])
    }

    func testUnreadableFolderIsReportedAndTheWalkGoesOn() throws {
        let tree = try DiscoveryTestTree(self, files: ["a.py", "locked/b.py", "z/c.py"])
        let locked = tree.root + "/locked"
        XCTAssertEqual(chmod(locked, 0), 0)
        defer { chmod(locked, 0o755) }
        // Root reads anything; act as `nobody` for the walk when that is possible.
        var droppedPrivileges = false
        if let stream = opendir(locked) {
            closedir(stream)
            guard geteuid() == 0, seteuid(65_534) == 0 else {
                throw XCTSkip("permissions are not enforced for this user")
            }
            droppedPrivileges = true
        }
        let found = FileDiscovery.discover(root: tree.root)
        if droppedPrivileges { XCTAssertEqual(seteuid(0), 0) }
        if droppedPrivileges, found.unreadable.isEmpty, found.files.count == 3 {
            throw XCTSkip("permissions are not enforced even for nobody")
        }
        XCTAssertEqual(found.files, ["a.py", "z/c.py"])
        XCTAssertEqual(found.unreadable.map(\.path), ["locked"])
        XCTAssertEqual(found.unreadable.first?.reason, "Permission denied")
    }

    func testMissingRootIsReportedNotFatal() {
        let found = FileDiscovery.discover(root: "/nonexistent-ssotlint-\(UUID().uuidString)")
        XCTAssertEqual(found.files, [])
        XCTAssertEqual(found.unreadable.map(\.path), ["."])
    }

    func testDeepTreeDoesNotOverflow() throws {
        let tree = try DiscoveryTestTree(self)
        // Built with `mkdirat` from the parent's descriptor: path lookups would be quadratic.
        var descriptor = open(tree.root, O_RDONLY | O_DIRECTORY)
        for _ in 0..<1_000 {
            XCTAssertEqual(mkdirat(descriptor, "d", 0o755), 0)
            let child = openat(descriptor, "d", O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = child
        }
        XCTAssertEqual(close(openat(descriptor, "x.py", O_CREAT | O_WRONLY, 0o644)), 0)
        close(descriptor)
        let deep = Array(repeating: "d", count: 1_000).joined(separator: "/")
        XCTAssertEqual(FileDiscovery.discover(root: tree.root).files, [deep + "/x.py"])
    }
}

/// Explicitly named PATHs (pre-commit passes changed files): the configuration still rules.
extension FileDiscoveryTests {
    private func select(_ paths: [String], in tree: DiscoveryTestTree, cwd: String? = nil,
                        options: DiscoveryOptions = DiscoveryOptions()) -> DiscoveredFiles {
        FileDiscovery.select(paths: paths, cwd: cwd ?? tree.root, root: tree.root, options: options)
    }

    private func makeTree() throws -> DiscoveryTestTree {
        let tree = try DiscoveryTestTree(self, files: [
            "a.py", "notes.txt", "src/b.py", "src/c.py", "src/gen/g.py", "src/gen/keep.py",
            "build/out.py", ".venv/lib.py", "logs/x.py", "pkg/sub/d.py",
        ])
        try tree.write(".gitignore", "logs/\nsrc/gen/\n!src/gen/keep.py\n")
        try tree.write("pkg/.gitignore", "sub/d.py\n")
        return tree
    }

    func testNamedFilesAreKeptOnlyWhenTheConfigurationAllowsThem() throws {
        let tree = try makeTree()
        let options = DiscoveryOptions(exclude: [try Glob("build/")])
        let found = select(
            ["a.py", "notes.txt", "build/out.py", ".venv/lib.py", "logs/x.py", "src/gen/keep.py", "pkg/sub/d.py"],
            in: tree, options: options
        )
        XCTAssertEqual(found.files, ["a.py"])
        XCTAssertEqual(found.unreadable, [])
    }

    func testNamedFoldersAreWalkedAndResultsAreMergedWithoutDuplicates() throws {
        let tree = try makeTree()
        let found = select(["src", "src/b.py", "./src/../src/c.py", tree.root + "/a.py"], in: tree)
        XCTAssertEqual(found.files, ["a.py", "src/b.py", "src/c.py"])
        XCTAssertEqual(select(["."], in: tree).files, FileDiscovery.discover(root: tree.root).files)
    }

    /// `check .` and the like report on everything without a second walk (`FilePlan`).
    func testPathsThatNameTheRootItself() throws {
        let tree = try makeTree()
        for path in [".", "./", tree.root, tree.root + "/", "src/..", "./src/../"] {
            XCTAssertTrue(FileDiscovery.namesRoot(path, cwd: tree.root, root: tree.root), path)
        }
        XCTAssertTrue(FileDiscovery.namesRoot("..", cwd: tree.root + "/src", root: tree.root))
        for path in ["src", "a.py", "..", "/"] {
            XCTAssertFalse(FileDiscovery.namesRoot(path, cwd: tree.root, root: tree.root), path)
        }
    }

    func testPathsRelativeToASubfolderCwd() throws {
        let tree = try makeTree()
        let found = select(["b.py", "../a.py", "gen"], in: tree, cwd: tree.root + "/src")
        XCTAssertEqual(found.files, ["a.py", "src/b.py"])
    }

    func testMissingOutsideAndSymlinkedPaths() throws {
        let tree = try makeTree()
        try tree.symlink("link.py", to: "a.py")
        try tree.symlink("srclink", to: "src")
        let found = select(["missing.py", "/etc/hostname", "link.py", "srclink/b.py"], in: tree)
        XCTAssertEqual(found.files, [])
        XCTAssertEqual(found.skippedSymlinks, ["link.py", "srclink"])
        XCTAssertEqual(found.unreadable.map(\.path), ["/etc/hostname", "missing.py"])
    }

    func testRootReachedThroughASymbolicLink() throws {
        let tree = try makeTree()
        let link = tree.root + "-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: tree.root)
        defer { unlink(link) }
        let found = FileDiscovery.select(paths: ["a.py", "src/b.py"], cwd: tree.root, root: link)
        XCTAssertEqual(found.files, ["a.py", "src/b.py"])
        XCTAssertEqual(FileDiscovery.discover(root: link).files.count, 4)
    }

    func testRespectGitignoreOffIncludesIgnoredNamedFiles() throws {
        let tree = try makeTree()
        let found = select(["logs/x.py", "src/gen/g.py"], in: tree, options: DiscoveryOptions(respectGitignore: false))
        XCTAssertEqual(found.files, ["logs/x.py", "src/gen/g.py"])
    }
}
