/// Converts a non-decreasing sequence of byte offsets to positions in time linear in
/// the text, by walking forward from the previous answer instead of searching anew.
public struct PositionCursor {
    let lineTable: LineTable
    var lineIndex = 0
    var offset = 0
    /// 0-based code-point column of `offset` in its line.
    var column = 0

    public init(lineTable: LineTable) {
        self.lineTable = lineTable
    }

    /// The 1-based line and 1-based code-point column of `target`, which must not be
    /// smaller than the previous target (a smaller one restarts from its line).
    public mutating func position(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let starts = lineTable.lineStarts
        if target < offset {
            lineIndex = lineTable.lineIndex(of: UInt32(target))
            offset = Int(starts[lineIndex])
            column = 0
        }
        var advanced = false
        while lineIndex + 1 < starts.count && Int(starts[lineIndex + 1]) <= target {
            lineIndex += 1
            advanced = true
        }
        if advanced {
            offset = Int(starts[lineIndex])
            column = 0
        }
        column += LineTable.codePointCount(bytes, from: offset, to: target)
        offset = target
        return SourcePosition(line: lineIndex + 1, column: column + 1)
    }
}
