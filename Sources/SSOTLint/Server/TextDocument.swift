/// The text of a document as the server holds it: UTF-8 bytes and where each line
/// starts, with the conversions between byte offsets, findings' code-point columns and
/// protocol positions in the negotiated encoding.
public struct TextDocument: Sendable {
    public private(set) var bytes: [UInt8]
    /// Byte offset of each line's first byte; lines end at `\n`, `\r\n` or a lone `\r`,
    /// as Python's do.
    private var lineStarts: [Int] = [0]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        indexLines()
    }

    public init(_ text: String) { self.init(Array(text.utf8)) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public var lineCount: Int { lineStarts.count }

    private mutating func indexLines() {
        lineStarts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                lineStarts.append(index)
            } else if byte == 0x0D {
                if index < count && bytes[index] == 0x0A { index += 1 }
                lineStarts.append(index)
            }
        }
    }

    /// The bytes of 0-based line `line` without its line end.
    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 0, line < lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return start..<end
    }

    /// The byte offset of a protocol position; characters past the line's end mean its
    /// end, and lines past the last the document's end (the protocol asks for both).
    public func offset(of position: LSP.Position, encoding: LSP.PositionEncoding) -> Int {
        guard position.line < lineStarts.count else { return bytes.count }
        let range = lineRange(max(0, position.line))
        var offset = range.lowerBound
        var units = 0
        while offset < range.upperBound && units < position.character {
            let length = Self.sequenceLength(bytes[offset])
            units += Self.units(ofSequenceLength: length, encoding)
            offset = min(range.upperBound, offset + length)
        }
        return offset
    }

    /// The protocol position of a byte offset.
    public func position(ofOffset offset: Int, encoding: LSP.PositionEncoding) -> LSP.Position {
        let offset = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        var index = lineStarts[low]
        var units = 0
        while index < offset {
            let length = Self.sequenceLength(bytes[index])
            units += Self.units(ofSequenceLength: length, encoding)
            index += length
        }
        return LSP.Position(line: low, character: units)
    }

    /// The protocol position of a finding's 1-based line and code-point column.
    public func position(line: Int, column: Int, encoding: LSP.PositionEncoding) -> LSP.Position {
        let line = max(0, line - 1), codePoints = max(0, column - 1)
        if encoding == .utf32 { return LSP.Position(line: line, character: codePoints) }
        let range = lineRange(line)
        var offset = range.lowerBound
        var units = 0
        var seen = 0
        while offset < range.upperBound && seen < codePoints {
            let length = Self.sequenceLength(bytes[offset])
            units += Self.units(ofSequenceLength: length, encoding)
            offset += length
            seen += 1
        }
        // Columns past the line's end (a finding at a line end) keep counting one unit each.
        return LSP.Position(line: line, character: units + (codePoints - seen))
    }

    /// Replaces the bytes of `range` with `text`.
    public mutating func replace(_ range: Range<Int>, with text: String) {
        bytes.replaceSubrange(range, with: Array(text.utf8))
        indexLines()
    }

    /// Applies one `didChange` content change.
    public mutating func apply(_ change: LSP.ContentChange, encoding: LSP.PositionEncoding) {
        guard let range = change.range else {
            self = TextDocument(change.text)
            return
        }
        let start = offset(of: range.start, encoding: encoding)
        let end = max(start, offset(of: range.end, encoding: encoding))
        replace(start..<end, with: change.text)
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    static func units(ofSequenceLength length: Int, _ encoding: LSP.PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return length
        case .utf16: return length == 4 ? 2 : 1
        case .utf32: return 1
        }
    }
}
