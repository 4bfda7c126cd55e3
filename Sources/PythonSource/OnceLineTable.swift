#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A source's `LineTable`, made on first use by whichever thread asks first: most files
/// have no finding, so never need a line (making the table was 2% of a run).
final class OnceLineTable: @unchecked Sendable {
    private var table: LineTable?
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    func table(of utf8: [UInt8]) -> LineTable {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let table { return table }
        let made = LineTable(utf8: utf8)
        table = made
        return made
    }
}
