/// 64-bit FNV-1a: a small, stable hash (the same across runs, platforms and versions),
/// shared by name filters and line fingerprints.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        hash(bytes, continuing: offsetBasis)
    }

    /// The hash of a string's UTF-8 bytes, read contiguously (a string's UTF-8 view is a
    /// slow sequence to hash byte by byte).
    public static func hash(utf8 string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { hash($0) }
    }

    /// The hash of what `value` hashed, followed by `bytes`.
    @inlinable
    public static func hash<Bytes: Sequence>(_ bytes: Bytes, continuing value: UInt64) -> UInt64 where Bytes.Element == UInt8 {
        var value = value
        for byte in bytes { value = step(value, byte) }
        return value
    }

    @inlinable
    public static func step(_ value: UInt64, _ byte: UInt8) -> UInt64 { (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
}
