#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files atomically (SPEC §8) with POSIX calls, for every file ssotlint
/// writes: the cache, the baseline, the history, `--output`, `--fix` and `init`. The bytes go to a new hidden file beside the target
/// (`.NAME.ssotlint-PID-N.tmp`, made with `O_EXCL`), are flushed with `fsync`, and only
/// then take the target's place in one step, so an interrupted run leaves the old file
/// or the new one, never half of one. Nothing is written anywhere else.
public enum AtomicFile {
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ text: String, to path: String) throws(Failure) {
        try write(Array(text.utf8), to: path)
    }

    /// Creates or replaces the file at `path`. A replaced file keeps its permission bits;
    /// a new one gets 0o644 less the umask.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        var status = stat()
        if stat(path, &status) == 0 {
            try replace(path, with: bytes, status: status)
        } else {
            try move(try writeTemporary(bytes, beside: path, mode: 0o644), over: path)
        }
    }

    /// Replaces the file at `path`, which must exist, keeping its permission bits.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        try replace(path, with: bytes, status: status)
    }

    /// Creates the file at `path` with `bytes` and `mode` less the umask; fails, writing
    /// nothing, when something is already there (a hard link, unlike a rename, never
    /// replaces its target).
    public static func create(_ path: String, with bytes: [UInt8], mode: mode_t = 0o644) throws(Failure) {
        let temporary = try writeTemporary(bytes, beside: path, mode: mode)
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            throw Failure(path: path, reason: errno == EEXIST ? "it already exists" : String(cString: strerror(errno)))
        }
    }

    private static func replace(_ path: String, with bytes: [UInt8], status: stat) throws(Failure) {
        // Renaming over a folder fails only after the whole write; a device or a pipe
        // (`/dev/null`) would be swapped for a regular file.
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(path: path, reason: "it is a directory")
        default: throw Failure(path: path, reason: "it is not a regular file")
        }
        try move(try writeTemporary(bytes, beside: path, mode: 0o600, exactMode: status.st_mode & 0o7777), over: path)
    }

    private static func move(_ temporary: String, over path: String) throws(Failure) {
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// A new file holding `bytes` in the folder of `path`, created with `mode` less the
    /// umask or, given `exactMode`, set to exactly those bits (a replaced file's). The
    /// kernel applies the umask, so it is never changed, even for a moment.
    private static func writeTemporary(_ bytes: [UInt8], beside path: String, mode: mode_t,
                                       exactMode: mode_t? = nil) throws(Failure) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var attempt = 0
        while true {
            // Threads of one process writing the same target differ in `attempt`.
            let temporary = "\(folder).\(name).ssotlint-\(getpid())-\(attempt).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if descriptor < 0 {
                if errno == EEXIST && attempt < 1000 {
                    attempt += 1
                    continue
                }
                throw Failure(path: path, reason: "cannot create a temporary file beside it: \(String(cString: strerror(errno)))")
            }
            var failure = fill(descriptor, with: bytes)
            if failure == nil, let exactMode, fchmod(descriptor, exactMode) != 0 { failure = errno }
            if failure == nil, fsync(descriptor) != 0 { failure = errno }
            close(descriptor)
            if let failure {
                unlink(temporary)
                throw Failure(path: path, reason: String(cString: strerror(failure)))
            }
            return temporary
        }
    }

    /// Writes all of `bytes`; returns `errno` on failure.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var written = 0
            while written < buffer.count {
                #if canImport(Glibc)
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                #else
                let count = Darwin.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                #endif
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
    }
}
