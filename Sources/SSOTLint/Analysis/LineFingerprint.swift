import PythonSource

/// The hash of a finding's source line, normalised so that it survives unrelated edits
/// (SPEC §5): leading and trailing whitespace and the trailing comment removed, inner
/// runs of whitespace collapsed. Baselines and SARIF fingerprints are built on it.
public enum LineFingerprint {
    public static func hash(line: Int, source: SourceFile, summary: TokenSummary) -> String {
        let starts = source.lineTable.lineStarts
        guard line >= 1, line <= starts.count else { return hash(bytes: []) }
        let start = Int(starts[line - 1])
        var end = line < starts.count ? Int(starts[line]) : source.utf8.count
        // Cut at a comment that starts on this line.
        if let comment = summary.firstComment(startingIn: start..<end) { end = comment }
        return hash(bytes: normalized(source.utf8[start..<end]))
    }

    static func normalized(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0D || byte == 0x0A || byte == 0x0B {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return output
    }

    /// 64-bit FNV-1a as 16 hex digits: stable across runs, platforms and versions.
    public static func hash(bytes: [UInt8]) -> String {
        let value = FNV1a.hash(bytes)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
