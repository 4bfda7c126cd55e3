#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the single-byte codecs (Latin-1, ISO-8859-x, cp125x, KOI8-R/U, ASCII) to UTF-8
/// through a 256-entry table per codec that glibc's iconv fills in, byte by byte.
///
/// Why a table and not iconv over the whole file: glibc's CP1255 and CP1258 compose a
/// letter with a following combining mark (`A` + U+0301 → `Á`) where Python keeps both;
/// one byte at a time the two agree exactly. It is also faster than iconv.
enum Transcoder {
    /// Each byte's UTF-8 encoding packed in the low 24 bits, its length in the top 8;
    /// 0 for a byte the codec leaves undefined (Python refuses it).
    struct ByteTable: Sendable {
        let entries: [UInt32]
    }

    /// The table for `codec`, or nil when it is UTF-8 or this system's iconv lacks it.
    static func table(for codec: SourceCodec) -> ByteTable? {
        codec.iconvName.flatMap { tables[$0] }
    }

    /// Built once, on the first file that declares a single-byte codec.
    private static let tables: [String: ByteTable] = {
        var tables: [String: ByteTable] = [:]
        for name in SourceCodec.all.compactMap(\.iconvName) {
            tables[name] = makeTable(iconvName: name)
        }
        return tables
    }()

    /// Decodes `body` with `codec`; an undefined byte is an `EncodingProblem` at that byte.
    static func decode(_ body: UnsafeBufferPointer<UInt8>, as codec: SourceCodec) throws(EncodingProblem) -> [UInt8] {
        guard let table = table(for: codec) else {
            throw EncodingProblem(message: "unsupported encoding: \(codec.name)", line: 1, column: 1)
        }
        return try table.entries.withUnsafeBufferPointer { (entries) throws(EncodingProblem) -> [UInt8] in
            // First pass: the exact output length, and the first undefined byte if any.
            var length = 0
            for (offset, byte) in body.enumerated() {
                let entry = entries[Int(byte)]
                guard entry != 0 else { throw undefinedByte(at: offset, in: body, codec: codec) }
                length += Int(entry >> 24)
            }
            // Second pass: write each byte's UTF-8 once, into storage of exactly that size.
            return [UInt8](unsafeUninitializedCapacity: length) { output, count in
                var position = 0
                for byte in body {
                    var entry = entries[Int(byte)]
                    for _ in 0..<Int(entry >> 24) {
                        output[position] = UInt8(truncatingIfNeeded: entry)
                        entry >>= 8
                        position += 1
                    }
                }
                count = position
            }
        }
    }

    private static func undefinedByte(
        at offset: Int, in body: UnsafeBufferPointer<UInt8>, codec: SourceCodec
    ) -> EncodingProblem {
        let reason = codec.module == "ascii" ? "ordinal not in range(128)" : "character maps to <undefined>"
        return EncodingProblem(
            message: "'\(codec.name)' codec can't decode byte \(hexByte(body[offset])): \(reason)",
            at: offset, in: body, oneCharacterPerByte: true)
    }

    /// Asks iconv for each of the 256 bytes alone; nil when iconv cannot open the codec.
    static func makeTable(iconvName: String) -> ByteTable? {
        guard let converter = iconv_open("UTF-8", iconvName), Int(bitPattern: converter) != -1 else {
            return nil
        }
        defer { iconv_close(converter) }
        var entries = [UInt32](repeating: 0, count: 256)
        var output = [CChar](repeating: 0, count: 8)
        for byte in 0..<256 {
            var input = CChar(bitPattern: UInt8(byte))
            let produced = output.withUnsafeMutableBufferPointer { outputBuffer in
                withUnsafeMutablePointer(to: &input) { inputPointer in
                    convertOne(converter, inputPointer, into: outputBuffer)
                }
            }
            // Up to 3 UTF-8 bytes fit an entry; every codec here maps into the BMP.
            guard let produced, (1...3).contains(produced) else { continue }
            var entry = UInt32(produced) << 24
            for index in 0..<produced {
                entry |= UInt32(UInt8(bitPattern: output[index])) << (8 * UInt32(index))
            }
            entries[byte] = entry
        }
        return ByteTable(entries: entries)
    }

    /// Converts the one byte at `input`; returns how many UTF-8 bytes came out, or nil.
    private static func convertOne(
        _ converter: iconv_t, _ input: UnsafeMutablePointer<CChar>, into output: UnsafeMutableBufferPointer<CChar>
    ) -> Int? {
        _ = iconv(converter, nil, nil, nil, nil)  // back to the initial state
        var inputPointer: UnsafeMutablePointer<CChar>? = input
        var inputLeft = 1
        var outputPointer: UnsafeMutablePointer<CChar>? = output.baseAddress
        var outputLeft = output.count
        guard iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft) != -1, inputLeft == 0 else {
            return nil
        }
        // Flush: CP1255 and CP1258 hold a letter back in case a combining mark follows.
        guard iconv(converter, nil, nil, &outputPointer, &outputLeft) != -1 else { return nil }
        return output.count - outputLeft
    }
}
