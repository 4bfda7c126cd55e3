import Foundation
import Glibc

/// Per-file outcomes of earlier runs (SPEC §2 `--no-cache`; issue: incremental cache),
/// stored in one file under `cache-dir`, keyed by the ssotlint version and the rules in
/// effect. A cache that cannot be read, or was made by another version or rule set, is
/// ignored and rewritten, never trusted; it is replaced atomically, so concurrent runs
/// never see a half-written one.
final class AnalysisCache: @unchecked Sendable {
    struct Entry {
        var identity: FileIdentity
        var contentHash: UInt64
        var outcome: FileOutcome
    }

    static let magic = Array("SSOTLINT-CACHE-5\n".utf8)
    static let fileName = "analysis.bin"
    /// Modification times this close to the cache's write are not trusted (coarse clocks).
    static let racyWindow: Int64 = 2_000_000_000

    let folder: String
    let key: String
    private(set) var entries: [String: Entry] = [:]
    private var writtenAt: Int64 = 0
    /// Whether the entries are the outcomes of one analysis of exactly these files (none
    /// kept from an earlier one, as an in-memory file keeps its file's): whether a file's
    /// probe asked for a closer look against the symbol index of all of them is then
    /// already in its outcome.
    private(set) var isSnapshot = false

    init(folder: String, key: String) {
        self.folder = folder
        self.key = key
    }

    /// Reads the cache; anything unreadable, corrupt or made for another key gives an empty one.
    static func load(folder: String, key: String) -> AnalysisCache {
        let cache = AnalysisCache(folder: folder, key: key)
        guard let bytes = try? FileReader.read(folder + "/" + fileName), bytes.count > magic.count + 8,
              bytes.starts(with: magic) else { return cache }
        let body = Array(bytes[..<(bytes.count - 8)])
        let stored = bytes[(bytes.count - 8)...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard ContentHash.of(body) == stored else { return cache }
        var reader = ByteReader(body)
        reader.position = magic.count
        do {
            guard try reader.string() == key else { return cache }
            cache.writtenAt = Int64(try reader.integer())
            let isSnapshot = try reader.integer() == 1
            var entries: [String: Entry] = [:]
            for _ in 0..<(try reader.count()) {
                let path = try reader.string()
                let identity = FileIdentity(size: Int64(try reader.integer()), modified: Int64(try reader.integer()),
                                            inode: try reader.unsigned())
                let hash = try reader.unsigned()
                entries[path] = Entry(identity: identity, contentHash: hash, outcome: try reader.outcome(path: path))
            }
            guard reader.isAtEnd else { return cache }
            cache.entries = entries
            cache.isSnapshot = isSnapshot
        } catch {
            return AnalysisCache(folder: folder, key: key)
        }
        return cache
    }

    /// The cached outcome when the file's identity shows it unchanged.
    func outcome(for path: String, identity: FileIdentity) -> FileOutcome? {
        guard let entry = entries[path], entry.identity == identity,
              identity.modified < writtenAt - Self.racyWindow else { return nil }
        return entry.outcome
    }

    /// The cached outcome when the file's contents are unchanged.
    func outcome(for path: String, contentHash: UInt64) -> FileOutcome? {
        guard let entry = entries[path], entry.contentHash == contentHash else { return nil }
        return entry.outcome
    }

    /// Replaces the cache file with these entries (temporary file, then rename).
    func save(_ entries: [(path: String, entry: Entry)], isSnapshot: Bool) throws {
        var writer = ByteWriter()
        writer.bytes = Self.magic
        writer.string(key)
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let time = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        writer.integer(Int(time))
        writer.integer(isSnapshot ? 1 : 0)
        writer.integer(entries.count)
        for (path, entry) in entries {
            writer.string(path)
            writer.integer(Int(entry.identity.size))
            writer.integer(Int(entry.identity.modified))
            writer.unsigned(entry.identity.inode)
            writer.unsigned(entry.contentHash)
            writer.outcome(entry.outcome)
        }
        let checksum = ContentHash.of(writer.bytes)
        for shift in stride(from: 0, to: 64, by: 8) { writer.bytes.append(UInt8(truncatingIfNeeded: checksum >> UInt64(shift))) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ignore = folder + "/.gitignore"
        if !FileManager.default.fileExists(atPath: ignore) {
            try AtomicFile.write("# Created by ssotlint: the cache is not for version control.\n*\n", to: ignore)
        }
        try AtomicFile.write(writer.bytes, to: folder + "/" + Self.fileName)
        // What is on disk now, so that a later analysis in the same process compares with it.
        self.entries = Dictionary(entries, uniquingKeysWith: { _, last in last })
        writtenAt = time
        self.isSnapshot = isSnapshot
    }
}
