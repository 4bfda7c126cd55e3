/// Number literals. The token's extent is what CPython 3.11's `tokenize` regular
/// expressions match (so `1__0` is `1` then `__0`); whether the literal is an error is
/// decided as CPython 3.12's `tokenize` decides it.
extension Lexer {
    mutating func lexNumber() {
        let start = pos
        if let end = plainIntegerEnd(from: start) {
            pos = end
            emit(.number, start, end)
            return
        }
        if let (message, offset) = numberError(from: start) {
            fail(message, at: offset)
        }
        pos = numberEnd(from: start)
        emit(.number, start, pos)
    }

    /// The end of a plain integer (`0`, `42`, `0x7F`) that nothing extends, else nil.
    /// Most numbers are these, and they are never errors; the rest take the general path.
    @inline(__always) func plainIntegerEnd(from start: Int) -> Int? {
        var end = start
        while end < count && Lexer.isDigit(bytes[end]) { end += 1 }
        if end - start == 1 && bytes[start] == UInt8(ascii: "0") && byte(at: end) | 0x20 == UInt8(ascii: "x") {
            end += 1
            let digits = end
            while end < count && Lexer.isHexDigit(bytes[end]) { end += 1 }
            if end == digits { return nil }
        } else if end == start || (end - start > 1 && bytes[start] == UInt8(ascii: "0")) {
            // `.5`, and `0777` (`0` then `777` to the 3.11 expressions).
            return nil
        }
        if end < count {
            // `.`, `_` and letters (`e`, `j`, `o`, ...) may continue or end the literal.
            let next = bytes[end]
            if next == UInt8(ascii: ".") || identifierBytes[Int(next)] { return nil }
        }
        return end
    }

    // MARK: Extent (CPython 3.11 `tokenize.Number`)

    /// Matches `[0-9](?:_?[0-9])*` at `index`.
    func digitRun(from index: Int, accepting isAccepted: (UInt8) -> Bool = Lexer.isDigit) -> Int? {
        guard isAccepted(byte(at: index)) else { return nil }
        var end = index + 1
        while true {
            if isAccepted(byte(at: end)) {
                end += 1
            } else if byte(at: end) == UInt8(ascii: "_") && isAccepted(byte(at: end + 1)) {
                end += 2
            } else {
                return end
            }
        }
    }

    func exponentEnd(from index: Int) -> Int? {
        guard byte(at: index) | 0x20 == UInt8(ascii: "e") else { return nil }
        var next = index + 1
        if byte(at: next) == UInt8(ascii: "+") || byte(at: next) == UInt8(ascii: "-") { next += 1 }
        return digitRun(from: next)
    }

    /// Pointfloat or Expfloat.
    func floatEnd(from index: Int) -> Int? {
        let integer = digitRun(from: index)
        if let integer, byte(at: integer) == UInt8(ascii: ".") {
            let fraction = digitRun(from: integer + 1) ?? integer + 1
            return exponentEnd(from: fraction) ?? fraction
        }
        if integer == nil, byte(at: index) == UInt8(ascii: "."), let fraction = digitRun(from: index + 1) {
            return exponentEnd(from: fraction) ?? fraction
        }
        if let integer, let exponent = exponentEnd(from: integer) {
            return exponent
        }
        return nil
    }

    /// Number = Imagnumber | Floatnumber | Intnumber, first alternative that matches.
    func numberEnd(from index: Int) -> Int {
        if let integer = digitRun(from: index), byte(at: integer) | 0x20 == UInt8(ascii: "j") {
            return integer + 1
        }
        if let float = floatEnd(from: index) {
            return byte(at: float) | 0x20 == UInt8(ascii: "j") ? float + 1 : float
        }
        if byte(at: index) == UInt8(ascii: "0") {
            let marker = byte(at: index + 1) | 0x20
            let accepts: ((UInt8) -> Bool)?
            switch marker {
            case UInt8(ascii: "x"): accepts = Lexer.isHexDigit
            case UInt8(ascii: "o"): accepts = { $0 &- UInt8(ascii: "0") < 8 }
            case UInt8(ascii: "b"): accepts = { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }
            default: accepts = nil
            }
            if let accepts {
                var start = index + 2
                if byte(at: start) == UInt8(ascii: "_") { start += 1 }
                if let end = digitRun(from: start, accepting: accepts) { return end }
            }
            return digitRun(from: index, accepting: { $0 == UInt8(ascii: "0") }) ?? index + 1
        }
        return digitRun(from: index) ?? index + 1
    }

    @inline(__always) static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }

    // MARK: Validity (CPython 3.12 `tokenize`)

    /// The error CPython 3.12's tokenizer raises for the number starting at `index`, if any.
    /// In `tokenize` mode it does not check what follows a literal (`1if`, `0777`, `1e`).
    func numberError(from index: Int) -> (String, Int)? {
        var cursor = index
        if byte(at: cursor) == UInt8(ascii: "0") {
            let marker = byte(at: cursor + 1) | 0x20
            let radix: (name: String, accepts: (UInt8) -> Bool)?
            switch marker {
            case UInt8(ascii: "x"): radix = ("hexadecimal", Lexer.isHexDigit)
            case UInt8(ascii: "o"): radix = ("octal", { $0 &- UInt8(ascii: "0") < 8 })
            case UInt8(ascii: "b"): radix = ("binary", { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") })
            default: radix = nil
            }
            if let radix {
                cursor += 2
                repeat {
                    if byte(at: cursor) == UInt8(ascii: "_") { cursor += 1 }
                    guard radix.accepts(byte(at: cursor)) else {
                        if radix.name != "hexadecimal" && Lexer.isDigit(byte(at: cursor)) {
                            return ("invalid digit '\(Character(Unicode.Scalar(byte(at: cursor))))' in \(radix.name) literal", cursor)
                        }
                        return ("invalid \(radix.name) literal", cursor)
                    }
                    while radix.accepts(byte(at: cursor)) { cursor += 1 }
                } while byte(at: cursor) == UInt8(ascii: "_")
                if radix.name != "hexadecimal" && Lexer.isDigit(byte(at: cursor)) {
                    return ("invalid digit '\(Character(Unicode.Scalar(byte(at: cursor))))' in \(radix.name) literal", cursor)
                }
                return nil
            }
        }
        if byte(at: cursor) != UInt8(ascii: ".") {
            guard let end = decimalTailEnd(from: cursor) else { return decimalError(at: cursor) }
            cursor = end
            guard byte(at: cursor) == UInt8(ascii: ".") else {
                return exponentError(from: cursor)
            }
        }
        // Fraction.
        cursor += 1
        if Lexer.isDigit(byte(at: cursor)) {
            guard let end = decimalTailEnd(from: cursor) else { return decimalError(at: cursor) }
            cursor = end
        }
        return exponentError(from: cursor)
    }

    /// Digits with single underscores between them; nil when an `_` is not followed by a digit.
    func decimalTailEnd(from index: Int) -> Int? {
        var cursor = index
        while true {
            while Lexer.isDigit(byte(at: cursor)) { cursor += 1 }
            guard byte(at: cursor) == UInt8(ascii: "_") else { return cursor }
            cursor += 1
            guard Lexer.isDigit(byte(at: cursor)) else { return nil }
        }
    }

    /// Where `decimalTailEnd` failed: just after the offending underscore.
    func decimalError(at index: Int) -> (String, Int) {
        var cursor = index
        while true {
            while Lexer.isDigit(byte(at: cursor)) { cursor += 1 }
            cursor += 1
            if !Lexer.isDigit(byte(at: cursor)) { return ("invalid decimal literal", cursor) }
        }
    }

    func exponentError(from index: Int) -> (String, Int)? {
        guard byte(at: index) | 0x20 == UInt8(ascii: "e") else { return nil }
        var cursor = index + 1
        if byte(at: cursor) == UInt8(ascii: "+") || byte(at: cursor) == UInt8(ascii: "-") {
            cursor += 1
            if !Lexer.isDigit(byte(at: cursor)) { return ("invalid decimal literal", cursor) }
        } else if !Lexer.isDigit(byte(at: cursor)) {
            return nil  // `1e` followed by something else: the number is `1`.
        }
        if decimalTailEnd(from: cursor) == nil { return decimalError(at: cursor) }
        return nil
    }
}
