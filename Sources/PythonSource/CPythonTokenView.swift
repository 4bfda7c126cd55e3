/// One token as CPython 3.11's `tokenize.generate_tokens` reports it.
public struct CPythonToken: Equatable, Sendable {
    /// `token.tok_name` of the type, with every operator as `OP`.
    public var type: String
    public var string: String
    /// 1-based line, 0-based code-point column, as `tokenize` gives them.
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
}

/// The compatibility view used to test the tokenizer against CPython: each f-string is
/// one STRING token (3.11 form), text is read through universal newlines (`\r\n` and
/// `\r` become `\n`), and end-of-input tokens sit where 3.11 puts them.
public enum CPythonTokenView {
    public static func tokens(of source: SourceFile, _ tokenized: TokenizedSource) -> [CPythonToken] {
        source.utf8.withUnsafeBufferPointer { bytes in
            var cursor = PositionCursor(lineTable: source.lineTable)
            let endOfInputLine = endOfInputLine(bytes, source.lineTable)
            let tokens = tokenized.tokens
            var result: [CPythonToken] = []
            result.reserveCapacity(tokens.count)
            var index = 0
            while index < tokens.count {
                var token = tokens[index]
                if token.kind == .fstringStart {
                    let last = matchingFStringEnd(tokens, from: index)
                    token = Token(kind: .string, start: token.start, end: tokens[last].end)
                    index = last
                }
                index += 1
                let start = cursor.position(of: Int(token.start), in: bytes)
                var end = cursor.position(of: Int(token.end), in: bytes)
                switch token.kind {
                case .newline, .nl:
                    // One character wide after newline translation; the implicit NEWLINE
                    // at the end of input is one past the line's end, an empty NL is empty.
                    let width = token.kind == .nl && token.start == token.end ? 0 : 1
                    end = SourcePosition(line: start.line, column: start.column + width)
                case .dedent where Int(token.start) == bytes.count, .endMarker where Int(token.start) == bytes.count:
                    result.append(CPythonToken(
                        type: typeName(token.kind), string: "",
                        startLine: endOfInputLine, startColumn: 0, endLine: endOfInputLine, endColumn: 0))
                    continue
                default:
                    break
                }
                result.append(CPythonToken(
                    type: typeName(token.kind),
                    string: translatedText(bytes, token.range),
                    startLine: start.line, startColumn: start.column - 1,
                    endLine: end.line, endColumn: end.column - 1))
            }
            return result
        }
    }

    /// The index of the FSTRING_END closing the f-string opened at `index` (or the last token).
    public static func matchingFStringEnd(_ tokens: [Token], from index: Int) -> Int {
        var depth = 0
        var cursor = index
        while cursor < tokens.count {
            switch tokens[cursor].kind {
            case .fstringStart: depth += 1
            case .fstringEnd:
                depth -= 1
                if depth == 0 { return cursor }
            default: break
            }
            cursor += 1
        }
        return tokens.count - 1
    }

    /// 3.11 puts the final DEDENTs and ENDMARKER on the line after the last one read;
    /// a last line of only whitespace without a line end is read but ends the input.
    static func endOfInputLine(_ bytes: UnsafeBufferPointer<UInt8>, _ lineTable: LineTable) -> Int {
        guard let last = bytes.last else { return 1 }
        if last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { return lineTable.lineCount }
        let lastLineStart = Int(lineTable.lineStarts[lineTable.lineCount - 1])
        let whitespaceOnly = bytes[lastLineStart...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
        return whitespaceOnly ? lineTable.lineCount : lineTable.lineCount + 1
    }

    static func translatedText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r") {
                text.append(UInt8(ascii: "\n"))
                if index + 1 < range.upperBound && bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            } else {
                text.append(byte)
            }
            index += 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    public static func typeName(_ kind: TokenKind) -> String {
        switch kind {
        case .name: return "NAME"
        case .number: return "NUMBER"
        case .string, .fstringStart, .fstringMiddle, .fstringEnd: return "STRING"
        case .op: return "OP"
        case .comment: return "COMMENT"
        case .newline: return "NEWLINE"
        case .nl: return "NL"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .errorToken: return "ERRORTOKEN"
        case .endMarker: return "ENDMARKER"
        }
    }
}
