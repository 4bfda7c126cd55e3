/// Names, and the string prefixes that look like the start of one.
extension Lexer {
    /// Letters, `_` and every non-ASCII byte may start a name (CPython checks the
    /// characters later, and its `tokenize` not at all).
    @inline(__always) static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    @inline(__always) static func isIdentifierContinuation(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte)
    }

    /// `b`, `r`, `u`, `f` in either case may begin a string prefix.
    @inline(__always) static func mayStartStringPrefix(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "b"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "f"): return true
        default: return false
        }
    }

    @inline(__always) static func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"")
    }

    /// The end of the run of identifier bytes from `index`. Eight bytes at a time: most
    /// names then end within the first word, with one well-predicted branch.
    @inline(__always) func identifierEnd(from index: Int) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = ByteWord.load(base + index)
                let others = ~ByteWord.identifierBytes(in: word) & ByteWord.highBits
                if others != 0 { return index + others.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count && identifierBytes[Int(bytes[index])] { index += 1 }
        return index
    }

    /// A name starting with `b`, `r`, `u` or `f`, or a string with a prefix. String
    /// prefixes are any case of b, r, u, f, br, rb, fr, rf (CPython's rules).
    @inline(__always) mutating func lexNameOrPrefixedString() {
        let start = pos
        let first = bytes[start] | 0x20
        let second = byte(at: start + 1)
        if Lexer.isQuote(second) {
            pos = start + 1
            lexString(prefixStart: start, isFString: first == UInt8(ascii: "f"), isRaw: first == UInt8(ascii: "r"))
            return
        }
        if Lexer.isQuote(byte(at: start + 2)) && Lexer.isTwoLetterPrefix(first, second | 0x20) {
            pos = start + 2
            let isFString = first == UInt8(ascii: "f") || second | 0x20 == UInt8(ascii: "f")
            lexString(prefixStart: start, isFString: isFString, isRaw: true)
            return
        }
        pos = identifierEnd(from: start + 1)
        emit(.name, start, pos)
    }

    /// `br`, `rb`, `fr`, `rf` (given in lower case): each pairs `r` with `b` or `f`.
    @inline(__always) static func isTwoLetterPrefix(_ first: UInt8, _ second: UInt8) -> Bool {
        let r = UInt8(ascii: "r")
        let other = first == r ? second : second == r ? first : 0
        return other == UInt8(ascii: "b") || other == UInt8(ascii: "f")
    }
}
