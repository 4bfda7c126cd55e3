import Glibc

/// What identifies a file's contents cheaply: if size, modification time and inode are
/// unchanged, the file is taken as unchanged (unless it was modified so close to the
/// cache's own write that the timestamp cannot tell; then the content hash decides).
struct FileIdentity: Equatable, Sendable {
    var size: Int64
    var modified: Int64
    var inode: UInt64

    init(size: Int64, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    init(_ status: stat) {
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        inode = UInt64(status.st_ino)
    }

    static func of(path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(status)
    }
}
