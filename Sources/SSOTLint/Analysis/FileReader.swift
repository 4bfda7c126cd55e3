import Glibc

/// Reads whole files into byte arrays with POSIX calls: no Foundation `Data` detour.
enum FileReader {
    struct Failure: Error {
        var reason: String
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        try readWithIdentity(path).bytes
    }

    /// The bytes and the identity (size, modification time, inode) they were read with.
    static func readWithIdentity(_ path: String) throws(Failure) -> (bytes: [UInt8], identity: FileIdentity) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw Failure(reason: "is a directory") }
        // One byte more than the size, so a file that grew since `fstat` is noticed.
        let capacity = max(Int(status.st_size), 0) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var filled = 0
            while filled < capacity {
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, capacity - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if count == 0 { break }
                filled += count
            }
            initialized = filled
        }
        if failure != 0 { throw Failure(reason: String(cString: strerror(failure))) }
        if bytes.count == capacity { bytes += try readRest(descriptor) }
        return (bytes, FileIdentity(status))
    }

    private static func readRest(_ descriptor: Int32) throws(Failure) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: String(cString: strerror(errno)))
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[..<count])
        }
    }
}
