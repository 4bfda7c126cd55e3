/// Code outside string literals: the dispatch on a token's first byte, whitespace,
/// line ends and comments. Names are in `Tokenizer+Names.swift`, operators and brackets
/// in `Tokenizer+Operators.swift`.
extension Lexer {
    /// What a byte at the start of a token begins.
    enum TokenStart: UInt8 {
        /// A letter that cannot begin a string prefix, `_`, or any non-ASCII byte.
        case name
        /// `b`, `r`, `u`, `f` in either case: a name or a prefixed string.
        case nameOrPrefix
        case space
        case lineEnd
        case digit
        case dot
        case quote
        case openBracket
        case closeBracket
        case colon
        case comment
        case backslash
        /// Every other byte: operators, and characters that start no token.
        case other
    }

    /// `tokenStarts[b]`: what byte `b` begins (one load, then one jump, per token).
    static let tokenStarts: UnsafePointer<TokenStart> = {
        let table = UnsafeMutablePointer<TokenStart>.allocate(capacity: 256)
        for value in 0..<256 {
            let byte = UInt8(value)
            let start: TokenStart
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C: start = .space
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): start = .lineEnd
            case UInt8(ascii: "0")...UInt8(ascii: "9"): start = .digit
            case UInt8(ascii: "."): start = .dot
            case UInt8(ascii: "'"), UInt8(ascii: "\""): start = .quote
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): start = .openBracket
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): start = .closeBracket
            case UInt8(ascii: ":"): start = .colon
            case UInt8(ascii: "#"): start = .comment
            case UInt8(ascii: "\\"): start = .backslash
            default:
                if mayStartStringPrefix(byte) {
                    start = .nameOrPrefix
                } else if isIdentifierStart(byte) {
                    start = .name
                } else {
                    start = .other
                }
            }
            table[value] = start
        }
        return UnsafePointer(table)
    }()

    /// Lexes tokens (and line continuations) until `run` has something to decide: a new
    /// logical line, an f-string, or the end of lexing. Returns false at the end of input.
    /// Staying here for a whole line saves a call and `run`'s checks on every token.
    mutating func lexRegularToken() -> Bool {
        let starts = tokenStarts
        while true {
            var index = pos
            while index < count && starts[Int(bytes[index])] == .space { index += 1 }
            pos = index
            guard index < count else { return false }
            atLineStart = false
            let first = bytes[index]
            switch starts[Int(first)] {
            // Names, operators, dots, openers, numbers and comments neither end a line
            // nor touch f-strings nor stop lexing: after them there is nothing to check.
            case .name:
                pos = identifierEnd(from: index + 1)
                emit(.name, index, pos)
                continue
            case .other:
                lexOperator()
                continue
            case .dot:
                lexDot()
                continue
            case .openBracket:
                openBracket(first)
                continue
            case .digit:
                lexNumber()
                continue
            case .comment:
                lexComment()
                continue
            // These may end a line, begin or end part of an f-string, or stop lexing.
            case .nameOrPrefix:
                lexNameOrPrefixedString()
            case .lineEnd:
                lexLineEnd()
            case .closeBracket:
                closeBracket(first)
            case .colon:
                lexColon()
            case .quote:
                lexString(prefixStart: index, isFString: false, isRaw: false)
            case .backslash:
                lexLineContinuation()
            case .space:
                break  // skipped above
            }
            if !fstrings.isEmpty || stopped || (atLineStart && brackets.isEmpty) { return true }
        }
    }

    /// NEWLINE ends a logical line; inside brackets the line end is only NL.
    @inline(__always) mutating func lexLineEnd() {
        let length = lineEndLength(at: pos)
        emit(brackets.isEmpty ? .newline : .nl, pos, pos + length)
        pos += length
        atLineStart = true
        lineStart = pos
    }

    /// `.5` is a number, `...` one operator, `.` the attribute dot.
    @inline(__always) mutating func lexDot() {
        let start = pos
        let next = byte(at: pos + 1)
        if Lexer.isDigit(next) {
            lexNumber()
            return
        }
        pos += next == UInt8(ascii: ".") && byte(at: pos + 2) == UInt8(ascii: ".") ? 3 : 1
        emit(.op, start, pos)
    }

    /// `\` must be followed by a line end; the next line continues this one.
    mutating func lexLineContinuation() {
        let newline = lineEndLength(at: pos + 1)
        if newline == 0 {
            if pos + 1 >= count {
                fail("unexpected EOF in multi-line statement", at: pos + 1, fatal: true)
            } else {
                fail("unexpected character after line continuation character", at: pos + 1, fatal: true)
            }
            return
        }
        pos += 1 + newline
        lineStart = pos
        if pos >= count {
            fail("unexpected EOF in multi-line statement", at: pos, fatal: true)
        }
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
