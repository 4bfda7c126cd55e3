import Foundation
import XCTest

/// File-system problems (SPEC §3, §8): a folder that looks like a Python file, files and
/// folders that cannot be read, symbolic links that loop or dangle, and awkward names.
/// An unreadable file is a positioned finding; everything else that discovery cannot
/// use is one clear line on standard error; the rest of the project is analysed.
extension BadInputTests {
    func testFolderNamedLikeAPythonFileIsWalkedNotRead() throws {
        let tree = try ProjectTree(self, files: [
            "env.py": Self.environmentUse, "x.py/inner.py": "import os\nv = os.getenv(\"A\")\n",
        ])
        let result = try tree.run("check", "--format", "json")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.errors, "")
        XCTAssertEqual(try Self.findingLines(result),
                       [Self.environmentFinding, "x.py/inner.py:2:5: " + Expected.env001("os.getenv")])
        let named = try tree.run("check", "--format", "json", "x.py")
        XCTAssertEqual(named.exitCode, 1, named.transcript)
        XCTAssertEqual(try Self.findingLines(named), ["x.py/inner.py:2:5: " + Expected.env001("os.getenv")])
    }

    /// Runs `check --format json --no-cache` as an unprivileged user (permissions do not
    /// stop root), or skips with the reason.
    func runUnprivileged(_ tree: ProjectTree) throws -> CommandResult {
        guard let prefix = TimedRun.unprivilegedPrefix() else {
            throw XCTSkip("running as root without setpriv: file permissions cannot be tested")
        }
        let run = try TimedRun(prefix + [try SSOTLintBinary.location(), "check", "--format", "json", "--no-cache"],
                               directory: tree.root)
        return try XCTUnwrap(run.wait(seconds: 60), "the run did not finish in 60 s").result
    }

    func testUnreadableFileIsAnUnreadableFileFinding() throws {
        let tree = try ProjectTree(self, files: ["env.py": Self.environmentUse, "secret.py": "import os\nv = os.environ\n"])
        XCTAssertEqual(chmod(tree.path("secret.py"), 0), 0)
        let result = try runUnprivileged(tree)
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(try Self.findingLines(result), [
            Self.environmentFinding, "secret.py:1:1: unreadable-file cannot read the file: Permission denied",
        ])
    }

    /// A folder that cannot be listed is named on standard error with the reason.
    func testUnreadableFolderIsOneLineOnStandardError() throws {
        let tree = try ProjectTree(self, files: ["env.py": Self.environmentUse, "locked/a.py": "import os\nv = os.environ\n"])
        XCTAssertEqual(chmod(tree.path("locked"), 0), 0)
        defer { chmod(tree.path("locked"), 0o755) }
        let result = try runUnprivileged(tree)
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(try Self.findingLines(result), [Self.environmentFinding])
        XCTAssertEqual(result.errorLines, ["ssotlint: cannot read locked: Permission denied"], result.transcript)
    }

    func testSymbolicLinkLoopsAndBrokenLinksAreSkippedAndListed() throws {
        let tree = try ProjectTree(self, files: ["env.py": Self.environmentUse, "pkg/ok.py": "x = 1\n"])
        let links = [("loop.py", "loop.py"), ("ping.py", "pong.py"), ("pong.py", "ping.py"),
                     ("broken.py", "missing.py"), ("pkg/self", "."), ("pkg/up", ".."), ("alias.py", "env.py")]
        for (link, destination) in links {
            try FileManager.default.createSymbolicLink(atPath: tree.path(link), withDestinationPath: destination)
        }
        let result = try tree.run("check", "--format", "json")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(try Self.findingLines(result), [Self.environmentFinding])
        XCTAssertEqual(result.errorLines, links.map(\.0).sorted().map { "ssotlint: skipped symbolic link \($0)" })

        let named = try tree.run("check", "--format", "json", "loop.py")
        XCTAssertEqual(named.exitCode, 0, named.transcript)
        XCTAssertEqual(try Self.findingLines(named), [])
        XCTAssertTrue(named.errorLines.contains("ssotlint: skipped symbolic link loop.py"), named.transcript)
    }

    func testPathsWithSpacesAndNonASCIICharacters() throws {
        let folder = "dir with space/ünïcödé 文件"
        let file = folder + "/naïve file é.py"
        // `.git` makes the tree the project root wherever the binary runs in it.
        let tree = try ProjectTree(self, files: [
            ".git/": "", "env.py": Self.environmentUse, file: "import os\nv = os.getenv(\"A\")\n",
        ])
        let expected = file + ":2:5: " + Expected.env001("os.getenv")
        let result = try tree.run("check", "--format", "json")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(result.errors, "")
        XCTAssertEqual(try Self.findingLines(result), [expected, Self.environmentFinding], "by path, in byte order")
        for argument in [file, tree.path(file), "dir with space"] {
            let named = try tree.run("check", "--quiet", argument)
            XCTAssertEqual(named.exitCode, 1, named.transcript)
            XCTAssertEqual(named.lines, [expected], argument)
        }
        let inside = try tree.run("check", "--quiet", "naïve file é.py", in: folder)
        XCTAssertEqual(inside.lines, [expected], inside.transcript)
    }

    /// A name that is not UTF-8 cannot be shown or matched as text: it is named on
    /// standard error (with U+FFFD for the bad byte) with the reason.
    func testFileNameThatIsNotUTF8IsOneLineOnStandardError() throws {
        let tree = try ProjectTree(self, files: ["env.py": Self.environmentUse])
        let name = Array(tree.root.utf8) + Array("/bad".utf8) + [0xFF] + Array("name.py".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        _ = "import os\nv = os.environ\n".withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        let result = try tree.run("check", "--format", "json")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(try Self.findingLines(result), [Self.environmentFinding])
        XCTAssertEqual(result.errorLines, ["ssotlint: cannot read bad\u{FFFD}name.py: the name is not valid UTF-8"],
                       result.transcript)
    }
}
