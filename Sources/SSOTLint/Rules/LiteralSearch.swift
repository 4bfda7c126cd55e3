#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a fixed byte string in UTF-8 text: memchr to each candidate first byte, then
/// memcmp for the rest (Swift's Glibc module does not export memmem).
struct LiteralSearch {
    let needle: [UInt8]

    init(_ needle: [UInt8]) {
        precondition(!needle.isEmpty, "an empty needle occurs everywhere")
        self.needle = needle
    }

    /// The offset of the first occurrence that starts at or after `from` and ends at or
    /// before `to`, or nil.
    func firstOccurrence(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let base = bytes.baseAddress, from >= 0, to <= bytes.count, to - from >= needle.count else { return nil }
        return needle.withUnsafeBufferPointer { needle in
            let first = Int32(needle[0])
            let rest = needle.count - 1
            var cursor = base + from
            let last = base + (to - needle.count)
            while cursor <= last, let found = memchr(cursor, first, last - cursor + 1) {
                let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if rest == 0 || memcmp(candidate + 1, needle.baseAddress! + 1, rest) == 0 { return candidate - base }
                cursor = candidate + 1
            }
            return nil
        }
    }
}
