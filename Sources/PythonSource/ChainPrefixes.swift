/// Every prefix of two or more names of a file's dotted chains whose first name an
/// import of the file binds (`a.b` and `a.b.c` of `a.b.c`), as a Bloom filter of their
/// texts' hashes: small to keep, and enough for a later pass to tell that a file cannot
/// contain a chain (a false "maybe" only costs that pass a closer look).
public struct ChainPrefixes: Sendable, Equatable {
    /// A power of two, at least 64.
    public private(set) var words: [UInt64]
    /// Set when a chain had a name that is not ASCII: imports bind names NFKC-normalised,
    /// so the text's hash may not be the binding's; every question then answers "maybe".
    public private(set) var admitsEverything: Bool

    /// The hash of a chain's first name, as `extend` continues it.
    @inlinable
    public static func start<Name: Sequence<UInt8>>(_ name: Name) -> UInt64 { FNV1a.hash(name) }

    /// The hash of the prefix `prefix` names followed by `.name`: FNV-1a of the text
    /// `a.b.c`, continued one name at a time.
    @inlinable
    public static func extend<Name: Sequence<UInt8>>(_ prefix: UInt64, _ name: Name) -> UInt64 {
        FNV1a.hash(name, continuing: FNV1a.step(prefix, UInt8(ascii: ".")))
    }

    /// Sized at about eight bits per prefix, two bits each (a few percent false "maybe").
    public init(hashes: [UInt64], admitsEverything: Bool = false) {
        var count = 1
        while count * 64 < hashes.count * 8 { count <<= 1 }
        words = [UInt64](repeating: 0, count: count)
        self.admitsEverything = admitsEverything
        let mask = UInt64(count * 64 - 1)
        words.withUnsafeMutableBufferPointer { words in
            for hash in hashes {
                let first = hash & mask
                let second = (hash >> 32) & mask
                words[Int(first >> 6)] |= 1 << (first & 63)
                words[Int(second >> 6)] |= 1 << (second & 63)
            }
        }
    }

    public init(words: [UInt64], admitsEverything: Bool) {
        self.words = words.isEmpty ? [0] : words
        self.admitsEverything = admitsEverything
    }

    /// Whether some chain of the file may start with the prefix of this hash.
    @inlinable
    public func mayContain(_ hash: UInt64) -> Bool {
        if admitsEverything { return true }
        let mask = UInt64(words.count * 64 - 1)
        let first = hash & mask
        let second = (hash >> 32) & mask
        return words[Int(first >> 6)] & (1 << (first & 63)) != 0 && words[Int(second >> 6)] & (1 << (second & 63)) != 0
    }
}
