import Foundation
import XCTest
@testable import SSOTLint

/// `AtomicFile` (SPEC §8), which writes the cache, the baseline, the history and
/// `--output` files, and through the same calls the `--fix` and `init` files: a
/// temporary file beside the target, `fsync`, then one rename (or link, to create).
final class AtomicFileTests: FolderTestCase {

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func mode(_ path: String) -> mode_t {
        var status = stat()
        XCTAssertEqual(stat(path, &status), 0, path)
        return status.st_mode & 0o7777
    }

    /// Foundation's `createFile(atPath:contents:)` on Linux wrote through a
    /// `TemporaryDirectory.XXXXXX` folder in `$TMPDIR` that it never removed.
    func testWritingLeavesNothingInTheSystemTemporaryFolder() throws {
        let temporary = root + "/tmpdir"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let saved = getenv("TMPDIR").map { String(cString: $0) }
        setenv("TMPDIR", temporary, 1)
        defer { if let saved { setenv("TMPDIR", saved, 1) } else { unsetenv("TMPDIR") } }
        try AtomicFile.write("new\n", to: root + "/out.txt")
        try AtomicFile.write("replaced\n", to: root + "/out.txt")
        try AtomicFile.replace(root + "/out.txt", with: Array("fixed\n".utf8))
        try AtomicFile.create(root + "/created.txt", with: Array("created\n".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(), ["created.txt", "out.txt", "tmpdir"])
    }

    func testWritingCreatesAndReplacesWithNoTemporaryFileLeft() throws {
        let path = root + "/out.json"
        try AtomicFile.write("{\"first\": 1}\n", to: path)
        XCTAssertEqual(contents(path), "{\"first\": 1}\n")
        try AtomicFile.write(Array("{\"second\": 2}\n".utf8), to: path)
        XCTAssertEqual(contents(path), "{\"second\": 2}\n")
        try AtomicFile.write("", to: path)
        XCTAssertEqual(contents(path), "")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["out.json"])
    }

    func testAReplacedFileKeepsItsMode() throws {
        let path = root + "/script.sh"
        try AtomicFile.write("#!/bin/sh\n", to: path)
        for kept: mode_t in [0o755, 0o600, 0o640, 0o444] {
            XCTAssertEqual(chmod(path, kept), 0)
            try AtomicFile.write("#!/bin/sh\necho \(kept)\n", to: path)
            XCTAssertEqual(mode(path), kept, "mode \(String(kept, radix: 8))")
            XCTAssertEqual(contents(path), "#!/bin/sh\necho \(kept)\n")
        }
    }

    func testANewFileGets644LessTheUmask() throws {
        let saved = umask(0o027)
        defer { umask(saved) }
        try AtomicFile.write("x\n", to: root + "/umask-027")
        try AtomicFile.create(root + "/created-027", with: Array("x\n".utf8))
        umask(0o022)
        try AtomicFile.write("x\n", to: root + "/umask-022")
        XCTAssertEqual(mode(root + "/umask-027"), 0o640)
        XCTAssertEqual(mode(root + "/created-027"), 0o640)
        XCTAssertEqual(mode(root + "/umask-022"), 0o644)
    }

    /// A target that is a folder: a clear error naming it, and the folder untouched.
    func testATargetThatIsAFolderIsRefusedAndLeftAlone() throws {
        let folder = root + "/outdir"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try AtomicFile.write("keep\n", to: folder + "/keep.txt")
        XCTAssertThrowsError(try AtomicFile.write("new\n", to: folder)) { error in
            XCTAssertEqual("\(error)", "cannot write \(folder): it is a directory")
        }
        XCTAssertThrowsError(try AtomicFile.replace(folder, with: Array("new\n".utf8))) { error in
            XCTAssertEqual("\(error)", "cannot write \(folder): it is a directory")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["keep.txt"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["outdir"])
    }

    /// A target below a regular file cannot even get its temporary file.
    func testATargetBelowARegularFileIsRefused() throws {
        try AtomicFile.write("old\n", to: root + "/regular")
        let path = root + "/regular/out.json"
        XCTAssertThrowsError(try AtomicFile.write("new\n", to: path)) { error in
            XCTAssertEqual("\(error)", "cannot write \(path): cannot create a temporary file beside it: Not a directory")
        }
        XCTAssertEqual(contents(root + "/regular"), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["regular"])
    }

    /// In a folder the user may not write to, the old file stays as it was. (Root may
    /// write anywhere, so then the test has nothing to show.)
    func testAReadOnlyFolderKeepsTheOldFile() throws {
        if getuid() == 0 { throw XCTSkip("root ignores folder permissions") }
        let folder = root + "/locked"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/baseline.json"
        try AtomicFile.write("old\n", to: path)
        XCTAssertEqual(chmod(folder, 0o555), 0)
        defer { chmod(folder, 0o755) }
        XCTAssertThrowsError(try AtomicFile.write("new\n", to: path)) { error in
            XCTAssertEqual("\(error)", "cannot write \(path): cannot create a temporary file beside it: Permission denied")
        }
        XCTAssertEqual(contents(path), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["baseline.json"])
    }

    /// Threads writing the same file at once: each write lands whole, and no temporary
    /// file is left (each thread's temporary name is its own, thanks to `O_EXCL`).
    func testConcurrentWritersOfOneFileLeaveOneWholeFile() throws {
        let path = root + "/same.txt"
        let texts = (0..<8).map { String(repeating: "writer \($0)\n", count: 10_000) }
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: texts.count * 4) { index in
            do { try AtomicFile.write(texts[index % texts.count], to: path) } catch { failures.append("\(error)") }
        }
        XCTAssertEqual(failures.all, [])
        XCTAssertTrue(texts.contains(try XCTUnwrap(contents(path))), "a mixed or partial file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["same.txt"])
    }
}

/// Error texts collected from several threads.
final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
