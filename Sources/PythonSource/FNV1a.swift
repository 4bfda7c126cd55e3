/// 64-bit FNV-1a: a small, stable hash (the same across runs, platforms and versions),
/// shared by name filters and line fingerprints.
public enum FNV1a {
    @inlinable
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return value
    }
}
