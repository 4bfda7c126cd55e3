import Foundation

/// The `--history` file: JSON lines, oldest first, rewritten atomically to append.
///
/// Appending is read, add a line, rename, so two runs appending at once could each
/// rewrite the same old history and one entry would be lost. They take turns instead:
/// the whole read-modify-rename holds an exclusive `flock` on `<history>.lock`, a file
/// beside the history that is made when missing and left in place. (The history itself
/// cannot carry the lock: the rename replaces it with a new file.) Readers need no lock,
/// as every version they can see is complete.
public enum HistoryFile {
    public static func read(_ path: String) throws -> [HistoryEntry] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try parse(try readText(path), path: path)
    }

    public static func append(_ entry: HistoryEntry, to path: String) throws {
        try update(path) { _ in entry }
    }

    /// Under the lock: reads the entries, hands them to `record`, and appends the entry
    /// it returns (nil appends nothing). Returns the entries as read.
    @discardableResult
    public static func update(_ path: String, record: ([HistoryEntry]) -> HistoryEntry?) throws -> [HistoryEntry] {
        try recordAll(path, { entries in record(entries).map { [$0] } })
    }

    /// `update(_:record:)` for several entries at once: `record` returns those to append.
    @discardableResult
    public static func recordAll(_ path: String, _ record: ([HistoryEntry]) -> [HistoryEntry]?) throws -> [HistoryEntry] {
        // A folder is refused before a lock file is made beside it.
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            throw HistoryError(message: "cannot read the history file \(path): is a directory")
        }
        let lock = try HistoryLock(historyPath: path)
        defer { lock.release() }
        var text = FileManager.default.fileExists(atPath: path) ? try readText(path) : ""
        let entries = try parse(text, path: path)
        guard let added = record(entries), !added.isEmpty else { return entries }
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        try AtomicFile.write(text + added.map { $0.jsonLine + "\n" }.joined(), to: path)
        return entries
    }

    /// Appends the entries whose commit the history does not hold yet (a history computed
    /// from git, written again next week, adds only the new commits). Returns the history
    /// as it is afterwards.
    @discardableResult
    public static func merge(_ additions: [HistoryEntry], into path: String) throws -> [HistoryEntry] {
        var merged: [HistoryEntry] = []
        try recordAll(path, { entries in
            let recorded = Set(entries.compactMap(\.commit))
            let fresh = additions.filter { $0.commit.map { !recorded.contains($0) } ?? true }
            merged = entries + fresh
            return fresh.isEmpty ? nil : fresh
        })
        return merged
    }

    private static func readText(_ path: String) throws -> String {
        do {
            return String(decoding: try FileReader.read(path), as: UTF8.self)
        } catch {
            throw HistoryError(message: "cannot read the history file \(path): \(error.reason)")
        }
    }

    private static func parse(_ text: String, path: String) throws -> [HistoryEntry] {
        var entries: [HistoryEntry] = []
        for (index, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let entry = HistoryEntry(jsonLine: String(line)) else {
                throw HistoryError(message: "\(path):\(index + 1): not a history entry; fix or remove the line")
            }
            entries.append(entry)
        }
        return entries
    }
}

/// An exclusive `flock` on `<history>.lock`, held until `release()` (or the process's end:
/// the kernel drops the lock of a run that dies).
private struct HistoryLock {
    let descriptor: Int32

    init(historyPath: String) throws {
        let path = historyPath + ".lock"
        // Read-only is enough for flock, and works on a lock file another user made.
        descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw HistoryError(message: "cannot lock the history file \(historyPath): cannot open \(path): \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw HistoryError(message: "cannot lock the history file \(historyPath): \(reason)")
        }
    }

    func release() {
        close(descriptor)
    }
}

public struct HistoryError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
