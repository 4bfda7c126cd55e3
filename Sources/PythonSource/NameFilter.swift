/// A 1,024-bit Bloom filter of names: answers "certainly not present" without hashing
/// into a `Set` (a false "maybe" only costs making the chain's strings). Before any
/// hashing, a name's first byte and length must be those of some name inserted: most
/// names a scan asks about fail there.
struct NameFilter {
    private var words = [UInt64](repeating: 0, count: 16)
    /// Per first byte, a bit per length (lengths over 63 share the last bit).
    private var lengths = [UInt64](repeating: 0, count: 256)

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Nothing inserted yet.
    private(set) var isEmpty = true

    mutating func insert(_ name: String) {
        isEmpty = false
        let value = FNV1a.hash(utf8: name)
        if let first = name.utf8.first { lengths[Int(first)] |= 1 << UInt64(min(name.utf8.count, 63)) }
        // Two statements, not a loop over an array literal: that allocated an array each time.
        let first = value & 1023
        let second = (value >> 20) & 1023
        words[Int(first >> 6)] |= 1 << (first & 63)
        words[Int(second >> 6)] |= 1 << (second & 63)
    }

    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        mayHaveShape(bytes, start, end) && mayContain(hash: UInt32(truncatingIfNeeded: Self.hash(bytes, start, end)))
    }

    /// Whether some name inserted has this one's first byte and length.
    @inline(__always)
    func mayHaveShape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        start < end && lengths[Int(bytes[start])] & (1 << UInt64(min(end - start, 63))) != 0
    }

    /// Only the low 32 bits of the hash are read.
    func mayContain(hash value: UInt32) -> Bool {
        let first = value & 1023
        let second = (value >> 20) & 1023
        return words[Int(first >> 6)] & (1 << (first & 63)) != 0 && words[Int(second >> 6)] & (1 << (second & 63)) != 0
    }
}
