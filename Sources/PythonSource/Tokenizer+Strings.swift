#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// String literals and f-strings (PEP 701: replacement fields hold ordinary code,
/// which may reuse the f-string's own quotes).
extension Lexer {
    /// Lexes a string whose prefix starts at `prefixStart` and whose quote is at `pos`.
    @inline(__always) mutating func lexString(prefixStart: Int, isFString: Bool, isRaw: Bool) {
        let quote = bytes[pos]
        let isTriple = byte(at: pos + 1) == quote && byte(at: pos + 2) == quote
        let quoteSize = isTriple ? 3 : 1
        pos += quoteSize
        if isFString {
            if fstrings.count + 1 >= LexerLimits.maxFStringDepth {
                fail("too many nested f-strings", at: prefixStart)
            }
            emit(.fstringStart, prefixStart, pos)
            fstrings.append(FStringContext(quote: quote, isTriple: isTriple, isRaw: isRaw, start: prefixStart))
            return
        }
        if isTriple {
            lexTripleQuotedBody(prefixStart: prefixStart, quote: quote)
            return
        }
        lexSingleQuotedBody(prefixStart: prefixStart, quote: quote)
    }

    /// The body of a string on one line (a backslash escapes the next byte or line end).
    @inline(__always) mutating func lexSingleQuotedBody(prefixStart: Int, quote: UInt8) {
        var index = pos
        while true {
            index = plainTextEnd(from: index, quote: quote)
            guard index < count else { break }
            let byte = bytes[index]
            if byte == quote {
                pos = index + 1
                emit(.string, prefixStart, pos)
                return
            }
            guard byte == UInt8(ascii: "\\") else { break }  // a line end
            index += max(1, lineEndLength(at: index + 1)) + 1
        }
        pos = index
        failUnterminatedString(at: prefixStart, quote: quote, isTriple: false)
    }

    /// The first quote, backslash or line end from `index`, eight bytes at a time.
    @inline(__always) func plainTextEnd(from index: Int, quote: UInt8) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = ByteWord.load(base + index)
                let stops = ByteWord.bytes(equalTo: quote, in: word)
                    | ByteWord.bytes(equalTo: UInt8(ascii: "\\"), in: word)
                    | ByteWord.bytes(equalTo: UInt8(ascii: "\n"), in: word)
                    | ByteWord.bytes(equalTo: UInt8(ascii: "\r"), in: word)
                if stops != 0 { return index + stops.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == quote || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                break
            }
            index += 1
        }
        return index
    }

    /// The body of a triple-quoted string: memchr to each quote, which counts unless an
    /// odd run of backslashes escapes it (long docstrings make this the hot loop).
    mutating func lexTripleQuotedBody(prefixStart: Int, quote: UInt8) {
        let contentStart = pos
        guard let base = bytes.baseAddress else { return }
        while pos < count, let found = memchr(base + pos, Int32(quote), count - pos) {
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            var backslashes = 0
            while index - backslashes - 1 >= contentStart && bytes[index - backslashes - 1] == UInt8(ascii: "\\") {
                backslashes += 1
            }
            if backslashes % 2 == 0 && byte(at: index + 1) == quote && byte(at: index + 2) == quote {
                pos = index + 3
                emit(.string, prefixStart, pos)
                return
            }
            pos = index + 1
        }
        pos = count
        failUnterminatedString(at: prefixStart, quote: quote, isTriple: true)
    }

    mutating func failUnterminatedString(at start: Int, quote: UInt8, isTriple: Bool) {
        if !fstrings.isEmpty, fstrings[fstrings.count - 1].quote == quote, fstrings[fstrings.count - 1].isTriple == isTriple {
            // The f-string's own closing quote inside a replacement field: a `}` is missing.
            fail("f-string: expecting '}'", at: start, fatal: true)
        } else {
            fail(isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal",
                 at: start, fatal: true)
        }
    }

    /// Lexes the literal text of the innermost f-string (or of its format spec) up to a
    /// replacement field, the end of the spec, or the closing quote.
    mutating func lexFStringLiteral() {
        let context = fstrings[fstrings.count - 1]
        let inFormatSpec = !context.fields.isEmpty
        let quote = context.quote
        let start = pos
        var inNamedEscape = false
        while pos < count {
            let byte = bytes[pos]
            if byte == quote
                && (!context.isTriple || (self.byte(at: pos + 1) == quote && self.byte(at: pos + 2) == quote)) {
                emitMiddle(from: start)
                if inFormatSpec {
                    fail("f-string: expecting '}'", at: pos, fatal: true)
                    return
                }
                let end = pos + (context.isTriple ? 3 : 1)
                emit(.fstringEnd, pos, end)
                pos = end
                fstrings.removeLast()
                return
            }
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !context.isTriple {
                    guard inFormatSpec else {
                        fail("unterminated f-string literal", at: context.start, fatal: true)
                        return
                    }
                    // CPython ends the spec at the line end and reads on as field code.
                    emitMiddle(from: start)
                    setFormatSpec(false)
                    return
                }
                pos += 1
            case UInt8(ascii: "{"):
                if !inFormatSpec && self.byte(at: pos + 1) == UInt8(ascii: "{") {
                    pos += 2
                    continue
                }
                emitMiddle(from: start)
                if context.fields.count >= LexerLimits.maxFieldNesting {
                    fail("f-string: expressions nested too deeply", at: pos, fatal: true)
                    return
                }
                openBracket(byte)
                fstrings[fstrings.count - 1].fields.append(.init(bracketDepth: brackets.count))
                return
            case UInt8(ascii: "}"):
                if inNamedEscape {
                    inNamedEscape = false
                    pos += 1
                } else if inFormatSpec {
                    emitMiddle(from: start)
                    closeBracket(byte)
                    return
                } else if self.byte(at: pos + 1) == UInt8(ascii: "}") {
                    pos += 2
                } else {
                    fail("f-string: single '}' is not allowed", at: pos, fatal: true)
                    return
                }
            case UInt8(ascii: "\\"):
                // A backslash escapes the next byte or the whole line end (CRLF, LF or a lone CR):
                // `next` is the escaped byte, or the line end's last byte.
                let next = pos + max(1, lineEndLength(at: pos + 1))
                let escaped = self.byte(at: next)
                if escaped == UInt8(ascii: "{") || escaped == UInt8(ascii: "}") {
                    pos = next  // `\{` still opens a field
                } else if !context.isRaw && escaped == UInt8(ascii: "N") && self.byte(at: next + 1) == UInt8(ascii: "{") {
                    inNamedEscape = true
                    pos = next + 2
                } else {
                    pos = min(next + 1, count)
                }
            default:
                pos += 1
            }
        }
        fail(context.isTriple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal",
             at: context.start, fatal: true)
    }

    /// Enters or leaves the format spec of the innermost replacement field.
    mutating func setFormatSpec(_ inFormatSpec: Bool) {
        let last = fstrings.count - 1
        fstrings[last].fields[fstrings[last].fields.count - 1].inFormatSpec = inFormatSpec
    }

    @inline(__always) mutating func emitMiddle(from start: Int) {
        if pos > start { emit(.fstringMiddle, start, pos) }
    }
}
