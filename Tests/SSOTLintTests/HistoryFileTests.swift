import Foundation
import XCTest
@testable import SSOTLint

/// The `--history` file: JSON lines, appended under an exclusive lock on
/// `<history>.lock` so that concurrent runs never lose each other's entries.
final class HistoryFileTests: FolderTestCase {

    private func entry(_ number: Int) -> HistoryEntry {
        HistoryEntry(time: "2024-01-01T00:00:\(number)Z", commit: "c\(number)",
                     scores: ["Overall": Compliance(files: 100, compliant: number)], rules: ["ENV001": number])
    }

    func testAppendKeepsEveryEntryInOrder() throws {
        let path = root + "/history.jsonl"
        for number in 0..<3 { try HistoryFile.append(entry(number), to: path) }
        XCTAssertEqual(try HistoryFile.read(path), (0..<3).map(entry))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).sorted(),
                       ["history.jsonl", "history.jsonl.lock"], "the lock file is left in place; nothing else is")
    }

    /// Threads appending at once (each opens the lock file itself, as separate runs do):
    /// every entry lands, each on a line of its own.
    func testConcurrentAppendsAllLand() throws {
        let path = root + "/history.jsonl"
        try HistoryFile.append(entry(1000), to: path)
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0..<5 {
                do { try HistoryFile.append(entry(thread * 10 + round), to: path) } catch { failures.append("\(error)") }
            }
        }
        XCTAssertEqual(failures.all, [])
        let entries = try HistoryFile.read(path)
        XCTAssertEqual(entries.count, 1 + 8 * 5)
        XCTAssertEqual(entries.first, entry(1000))
        XCTAssertEqual(Set(entries.dropFirst().map(\.time)).count, 8 * 5, "an entry was lost or doubled")
    }

    /// `update` hands over the entries read under the lock and appends what it returns;
    /// nil (a run that broke the ratchet) appends nothing.
    func testUpdateSeesTheEntriesAndMayAppendNothing() throws {
        let path = root + "/history.jsonl"
        try HistoryFile.append(entry(1), to: path)
        var seen: [HistoryEntry] = []
        let read = try HistoryFile.update(path) { entries in
            seen = entries
            return nil
        }
        XCTAssertEqual(seen, [entry(1)])
        XCTAssertEqual(read, [entry(1)])
        try HistoryFile.update(path) { _ in self.entry(2) }
        XCTAssertEqual(try HistoryFile.read(path), [entry(1), entry(2)])
    }

    func testABrokenLineStopsTheAppendAndNamesTheLine() throws {
        let path = root + "/history.jsonl"
        try AtomicFile.write(entry(1).jsonLine + "\nnot json\n", to: path)
        XCTAssertThrowsError(try HistoryFile.append(entry(2), to: path)) { error in
            XCTAssertEqual("\(error)", "\(path):2: not a history entry; fix or remove the line")
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), Data((entry(1).jsonLine + "\nnot json\n").utf8))
    }

    /// A history path that is a folder is refused before any lock file is made beside it.
    func testAFolderIsRefusedWithoutLeavingALockFile() throws {
        let path = root + "/outdir"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        XCTAssertThrowsError(try HistoryFile.append(entry(1), to: path)) { error in
            XCTAssertEqual("\(error)", "cannot read the history file \(path): is a directory")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), ["outdir"])
    }

    func testALockFileThatCannotBeMadeIsAClearError() throws {
        try AtomicFile.write("old\n", to: root + "/regular")
        let path = root + "/regular/history.jsonl"
        XCTAssertThrowsError(try HistoryFile.append(entry(1), to: path)) { error in
            XCTAssertEqual("\(error)", "cannot lock the history file \(path): cannot open \(path).lock: Not a directory")
        }
        XCTAssertEqual(FileManager.default.contents(atPath: root + "/regular"), Data("old\n".utf8))
    }
}
