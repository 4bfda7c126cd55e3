/// A 1,024-bit Bloom filter of names: answers "certainly not present" without hashing
/// into a `Set` (a false "maybe" only costs making the chain's strings).
struct NameFilter {
    private var words = [UInt64](repeating: 0, count: 16)

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Nothing inserted yet.
    private(set) var isEmpty = true

    mutating func insert(_ name: String) {
        isEmpty = false
        var name = name
        let value = name.withUTF8 { FNV1a.hash($0) }
        for bit in [value & 1023, (value >> 20) & 1023] { words[Int(bit >> 6)] |= 1 << (bit & 63) }
    }

    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        mayContain(hash: UInt32(truncatingIfNeeded: Self.hash(bytes, start, end)))
    }

    /// Only the low 32 bits of the hash are read.
    func mayContain(hash value: UInt32) -> Bool {
        let first = value & 1023
        let second = (value >> 20) & 1023
        return words[Int(first >> 6)] & (1 << (first & 63)) != 0 && words[Int(second >> 6)] & (1 << (second & 63)) != 0
    }
}
