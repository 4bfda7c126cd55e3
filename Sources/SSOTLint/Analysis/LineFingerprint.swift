import PythonSource

/// The hash of a finding's source line, normalised so that it survives unrelated edits
/// (SPEC §5): leading and trailing whitespace and the trailing comment removed, inner
/// runs of whitespace collapsed. Baselines and SARIF fingerprints are built on it.
public enum LineFingerprint {
    public static func hash(line: Int, source: SourceFile, summary: TokenSummary) -> String {
        text(of: value(line: line, source: source, summary: summary))
    }

    /// The hash as a number; `text(of:)` turns it into the form findings carry.
    public static func value(line: Int, source: SourceFile, summary: TokenSummary) -> UInt64 {
        let starts = source.lineTable.lineStarts
        guard line >= 1, line <= starts.count else { return FNV1a.hash([]) }
        let start = Int(starts[line - 1])
        var end = line < starts.count ? Int(starts[line]) : source.utf8.count
        // Cut at a comment that starts on this line.
        if let comment = summary.firstComment(startingIn: start..<end) { end = comment }
        return source.utf8.withUnsafeBufferPointer { normalizedHash($0[start..<end]) }
    }

    /// FNV-1a of the bytes as normalised, computed as they are read (no copy is made).
    static func normalizedHash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        var value = FNV1a.offsetBasis
        var wroteAny = false
        var pendingSpace = false
        for byte in UnsafeBufferPointer(rebasing: bytes) {
            if byte <= 0x20 && (byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0D || byte == 0x0A || byte == 0x0B) {
                pendingSpace = wroteAny
            } else {
                if pendingSpace { value = FNV1a.step(value, 0x20) }
                pendingSpace = false
                value = FNV1a.step(value, byte)
                wroteAny = true
            }
        }
        return value
    }

    /// 64-bit FNV-1a as 16 hex digits: stable across runs, platforms and versions.
    public static func hash(bytes: [UInt8]) -> String {
        text(of: FNV1a.hash(bytes))
    }

    /// A hash value as 16 lowercase hex digits.
    public static func text(of value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 { buffer[index] = digits[Int((value >> (60 - 4 * UInt64(index))) & 0xF)] }
            return 16
        }
    }
}
