/// A compact binary encoding for the cache: unsigned LEB128 integers and
/// length-prefixed UTF-8 strings. Reading never trusts the input: every read checks its
/// bounds and a bad value ends decoding.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ value: Int) { unsigned(UInt64(bitPattern: Int64(value))) }

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ text: String) {
        unsigned(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
}

struct CorruptCache: Error {}

struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func unsigned() throws(CorruptCache) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw CorruptCache() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func integer() throws(CorruptCache) -> Int { Int(Int64(bitPattern: try unsigned())) }

    /// A count or size: bounded by what is left to read, so corrupt input cannot ask for
    /// a huge allocation.
    mutating func count() throws(CorruptCache) -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count - position) else { throw CorruptCache() }
        return Int(value)
    }

    mutating func string() throws(CorruptCache) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: bytes[position..<position + length], as: UTF8.self)
    }

    mutating func bool() throws(CorruptCache) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw CorruptCache() }
        position += 1
        return bytes[position - 1] == 1
    }
}

/// A fast 64-bit hash of file contents (8 bytes a step), to tell whether a file changed.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            var index = 0
            while index + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                index += 8
            }
            while index < raw.count {
                hash = (hash ^ UInt64(raw[index])) &* 0xC4CE_B9FE_1A85_EC53
                index += 1
            }
            return hash ^ (hash >> 29)
        }
    }
}
