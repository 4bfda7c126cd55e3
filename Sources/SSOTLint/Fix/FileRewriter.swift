#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files atomically (SPEC §8) with POSIX calls: the bytes go to a new
/// temporary file in the same folder, which then takes the target's place in one step,
/// so an interrupted run leaves the old file or the new one, never half of one.
public enum FileRewriter {
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Replaces the file at `path` with `bytes`, keeping its permission bits.
    public static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        let temporary = try writeTemporary(bytes, beside: path, mode: status.st_mode & 0o7777)
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// Creates the file at `path` with `bytes`; fails, writing nothing, when something is
    /// already there (a hard link, unlike a rename, never replaces its target).
    public static func create(_ path: String, with bytes: [UInt8], mode: mode_t = 0o644) throws(Failure) {
        let temporary = try writeTemporary(bytes, beside: path, mode: mode & ~currentUmask())
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            throw Failure(path: path, reason: errno == EEXIST ? "it already exists" : String(cString: strerror(errno)))
        }
    }

    /// A new file holding `bytes` in the folder of `path`, with permission bits `mode`.
    private static func writeTemporary(_ bytes: [UInt8], beside path: String, mode: mode_t) throws(Failure) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var attempt = 0
        while true {
            let temporary = "\(folder).\(name).ssotlint-\(getpid())-\(attempt).tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor < 0 {
                if errno == EEXIST && attempt < 100 {
                    attempt += 1
                    continue
                }
                throw Failure(path: path, reason: "cannot create a temporary file beside it: \(String(cString: strerror(errno)))")
            }
            let failure = fill(descriptor, with: bytes)
                ?? (fchmod(descriptor, mode) == 0 ? nil : errno)
                ?? (fsync(descriptor) == 0 ? nil : errno)
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
                let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
