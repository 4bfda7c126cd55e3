/// Operators, delimiters and brackets (whose depth decides NEWLINE vs NL and where a
/// replacement field ends).
extension Lexer {
    @inline(__always) mutating func openBracket(_ byte: UInt8) {
        if brackets.count >= LexerLimits.maxBracketDepth {
            fail("too many nested parentheses", at: pos)
        }
        brackets.append(byte)
        pos += 1
        emit(.op, pos - 1, pos)
    }

    @inline(__always) mutating func closeBracket(_ byte: UInt8) {
        let start = pos
        pos += 1
        emit(.op, start, pos)
        if innermostFieldDepth == brackets.count {
            closeReplacementField(byte, at: start)
        } else if !brackets.isEmpty {
            // Unmatched and mismatched closers are not errors for `tokenize`.
            brackets.removeLast()
        }
    }

    /// A closer at a replacement field's own depth: only its `}` may close, ending the field.
    mutating func closeReplacementField(_ byte: UInt8, at start: Int) {
        guard byte == UInt8(ascii: "}") else {
            fail("f-string: unmatched '\(Character(Unicode.Scalar(byte)))'", at: start, fatal: true)
            return
        }
        fstrings[fstrings.count - 1].fields.removeLast()
        brackets.removeLast()
    }

    /// `:` or `:=`; at the top level of a replacement field, `:` starts the format spec.
    @inline(__always) mutating func lexColon() {
        let start = pos
        if innermostFieldDepth == brackets.count {
            pos += 1
            emit(.op, start, pos)
            setFormatSpec(true)
            return
        }
        pos += byte(at: pos + 1) == UInt8(ascii: "=") ? 2 : 1
        emit(.op, start, pos)
    }

    /// Operators and delimiters, longest first; anything else is one ERRORTOKEN
    /// character (or an error for a non-printable control character).
    @inline(__always) mutating func lexOperator() {
        let start = pos
        let first = bytes[pos]
        let second = byte(at: pos + 1)
        var length = 1
        switch first {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "~"):
            length = 1
        case UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "^"),
             UInt8(ascii: "@"), UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: ":"):
            length = second == UInt8(ascii: "=") ? 2 : 1
        case UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            if second == first {
                length = byte(at: pos + 2) == UInt8(ascii: "=") ? 3 : 2
            } else if second == UInt8(ascii: "=") {
                length = 2
            }
        case UInt8(ascii: "-"):
            length = (second == UInt8(ascii: "=") || second == UInt8(ascii: ">")) ? 2 : 1
        default:
            lexErrorCharacter()
            return
        }
        pos += length
        emit(.op, start, pos)
    }

    /// A character that starts no token (kept out of line: it is rare and makes strings).
    @inline(never) mutating func lexErrorCharacter() {
        let first = bytes[pos]
        if first < 0x20 || first == 0x7F {
            let hex = String(first, radix: 16, uppercase: true)
            fail("invalid non-printable character U+\(String(repeating: "0", count: 4 - hex.count))\(hex)", at: pos)
        }
        pos += 1
        emit(.errorToken, pos - 1, pos)
    }
}
