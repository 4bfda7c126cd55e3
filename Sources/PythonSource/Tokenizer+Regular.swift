/// Code outside string literals: names, numbers, operators, comments, line ends.
extension Lexer {
    /// Lexes one token (or a line continuation). Returns false at the end of input.
    mutating func lexRegularToken() -> Bool {
        while pos < count {
            let byte = bytes[pos]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0C { pos += 1 } else { break }
        }
        guard pos < count else { return false }
        atLineStart = false
        let start = pos
        let first = bytes[pos]
        switch first {
        case UInt8(ascii: "#"):
            lexComment()
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            let length = lineEndLength(at: pos)
            emit(brackets.isEmpty ? .newline : .nl, pos, pos + length)
            pos += length
            atLineStart = true
            lineStart = pos
        case UInt8(ascii: "\\"):
            lexLineContinuation()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        case UInt8(ascii: "."):
            if Lexer.isDigit(self.byte(at: pos + 1)) {
                lexNumber()
            } else if self.byte(at: pos + 1) == UInt8(ascii: "."), self.byte(at: pos + 2) == UInt8(ascii: ".") {
                pos += 3
                emit(.op, start, pos)
            } else {
                pos += 1
                emit(.op, start, pos)
            }
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            lexString(prefixStart: start, isFString: false, isRaw: false)
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            openBracket(first)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            closeBracket(first)
        case UInt8(ascii: ":"):
            if innermostFieldDepth == brackets.count {
                // At the top level of a replacement field, `:` starts the format spec.
                pos += 1
                emit(.op, start, pos)
                setFormatSpec(true)
            } else {
                lexOperator()
            }
        default:
            if Lexer.isIdentifierStart(first) {
                if Lexer.mayStartStringPrefix(first) {
                    lexNameOrPrefixedString()
                } else {
                    // Most names: no prefix to consider.
                    pos += 1
                    while pos < count && identifierBytes[Int(bytes[pos])] { pos += 1 }
                    emit(.name, start, pos)
                }
            } else {
                lexOperator()
            }
        }
        return true
    }

    /// `b`, `r`, `u`, `f` in either case may begin a string prefix.
    @inline(__always) static func mayStartStringPrefix(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "b"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "f"): return true
        default: return false
        }
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// Letters, `_` and every non-ASCII byte may start a name (CPython checks the
    /// characters later, and its `tokenize` not at all).
    @inline(__always) static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    @inline(__always) static func isIdentifierContinuation(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
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

    mutating func lexNameOrPrefixedString() {
        let start = pos
        // String prefixes: any case of b, r, u, f, br, rb, fr, rf (CPython's rules).
        var sawB = false, sawR = false, sawU = false, sawF = false
        var index = pos
        while index < count {
            let lower = bytes[index] | 0x20
            if !(sawB || sawU || sawF) && lower == UInt8(ascii: "b") {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && lower == UInt8(ascii: "u") {
                sawU = true
            } else if !(sawR || sawU) && lower == UInt8(ascii: "r") {
                sawR = true
            } else if !(sawF || sawB || sawU) && lower == UInt8(ascii: "f") {
                sawF = true
            } else {
                break
            }
            index += 1
            let next = byte(at: index)
            if next == UInt8(ascii: "'") || next == UInt8(ascii: "\"") {
                pos = index
                lexString(prefixStart: start, isFString: sawF, isRaw: sawR)
                return
            }
        }
        pos += 1
        while pos < count && identifierBytes[Int(bytes[pos])] { pos += 1 }
        emit(.name, start, pos)
    }

    mutating func openBracket(_ byte: UInt8) {
        if brackets.count >= LexerLimits.maxBracketDepth {
            fail("too many nested parentheses", at: pos)
        }
        brackets.append(byte)
        pos += 1
        emit(.op, pos - 1, pos)
    }

    mutating func closeBracket(_ byte: UInt8) {
        let start = pos
        pos += 1
        emit(.op, start, pos)
        guard innermostFieldDepth == brackets.count else {
            // Unmatched and mismatched closers are not errors for `tokenize`.
            if !brackets.isEmpty { brackets.removeLast() }
            return
        }
        // At a replacement field's own depth only its `}` may close; it ends the field.
        guard byte == UInt8(ascii: "}") else {
            fail("f-string: unmatched '\(Character(Unicode.Scalar(byte)))'", at: start, fatal: true)
            return
        }
        fstrings[fstrings.count - 1].fields.removeLast()
        brackets.removeLast()
    }

    /// Operators and delimiters, longest first; anything else is one ERRORTOKEN
    /// character (or an error for a non-printable control character).
    mutating func lexOperator() {
        let start = pos
        let first = bytes[pos]
        let second = byte(at: pos + 1)
        let third = byte(at: pos + 2)
        var length = 1
        switch first {
        case UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            if second == first {
                length = third == UInt8(ascii: "=") ? 3 : 2
            } else if second == UInt8(ascii: "=") {
                length = 2
            }
        case UInt8(ascii: "-"):
            length = (second == UInt8(ascii: "=") || second == UInt8(ascii: ">")) ? 2 : 1
        case UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "^"),
             UInt8(ascii: "@"), UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: ":"):
            length = second == UInt8(ascii: "=") ? 2 : 1
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "~"):
            length = 1
        default:
            if first < 0x20 || first == 0x7F {
                let hex = String(first, radix: 16, uppercase: true)
                fail("invalid non-printable character U+\(String(repeating: "0", count: 4 - hex.count))\(hex)", at: start)
            }
            pos += 1
            emit(.errorToken, start, pos)
            return
        }
        pos += length
        emit(.op, start, pos)
    }
}
