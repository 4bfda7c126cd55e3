/// Byte-parallel tests on eight bytes in a `UInt64` ("SWAR"): each test sets the high bit
/// of every byte that passes it.
enum ByteWord {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `address`, the first in the lowest bits.
    @inline(__always) static func load(_ address: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(address).loadUnaligned(as: UInt64.self))
    }

    /// `byte` in every byte of a word.
    @inline(__always) static func repeated(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// For bytes below 0x80: adding `0x80 - bound` carries into the high bit exactly
    /// when the byte is at least `bound`, and never out of the byte.
    @inline(__always) static func atLeast(_ bound: UInt8, in sevenBitBytes: UInt64) -> UInt64 {
        (sevenBitBytes &+ repeated(0x80 &- bound)) & highBits
    }

    /// Letters, digits, `_`, and every byte of 0x80 or more (`isIdentifierContinuation`).
    @inline(__always) static func identifierBytes(in word: UInt64) -> UInt64 {
        let ascii = word & lowBits
        let digits = atLeast(UInt8(ascii: "0"), in: ascii) & ~atLeast(UInt8(ascii: "9") + 1, in: ascii)
        // Setting 0x20 maps `A`...`Z` onto `a`...`z` and moves no other byte into that range.
        let folded = ascii | repeated(0x20)
        let letters = atLeast(UInt8(ascii: "a"), in: folded) & ~atLeast(UInt8(ascii: "z") + 1, in: folded)
        // A byte is nonzero exactly when adding 0x7F sets its high bit.
        let underscores = ~((ascii ^ repeated(UInt8(ascii: "_"))) &+ lowBits) & highBits
        return digits | letters | underscores | (word & highBits)
    }

    /// The bytes equal to `byte`.
    @inline(__always) static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
        let difference = word ^ repeated(byte)
        // Zero exactly when the low seven bits do not carry into bit 7 and bit 7 is clear.
        return ~(((difference & lowBits) &+ lowBits) | difference) & highBits
    }
}
