/// What a NAME or OP token is, decided once per token so that the scan compares small
/// integers instead of text.
enum Symbol: UInt8 {
    /// Not a name, or an operator the scan does not look at.
    case other

    // Names. Soft keywords are names; the scan treats them as keywords only where they
    // start a `match`, `case` or `type` statement.
    case identifier, softMatch, softCase, softType

    // Hard keywords (`keyword.kwlist`).
    case keywordFalse, keywordNone, keywordTrue, keywordAnd, keywordAs, keywordAssert
    case keywordAsync, keywordAwait, keywordBreak, keywordClass, keywordContinue, keywordDef
    case keywordDel, keywordElif, keywordElse, keywordExcept, keywordFinally, keywordFor
    case keywordFrom, keywordGlobal, keywordIf, keywordImport, keywordIn, keywordIs
    case keywordLambda, keywordNonlocal, keywordNot, keywordOr, keywordPass, keywordRaise
    case keywordReturn, keywordTry, keywordWhile, keywordWith, keywordYield

    // Operators.
    case dot, ellipsis, comma, colon, semicolon, equal, walrus, star, doubleStar, at
    case exclamation, arrow, augmentedAssign
    case openParenthesis, closeParenthesis, openBracket, closeBracket, openBrace, closeBrace

    /// A NAME that can start a dotted chain: an identifier or a soft keyword.
    @inline(__always) var isName: Bool {
        rawValue >= Symbol.identifier.rawValue && rawValue <= Symbol.softType.rawValue
    }

    @inline(__always) var isHardKeyword: Bool {
        rawValue >= Symbol.keywordFalse.rawValue && rawValue <= Symbol.keywordYield.rawValue
    }

    @inline(__always) var isOpening: Bool {
        self == .openParenthesis || self == .openBracket || self == .openBrace
    }

    @inline(__always) var isClosing: Bool {
        self == .closeParenthesis || self == .closeBracket || self == .closeBrace
    }

    /// Keywords by length, each packed into an integer (see `packed`): comparing a name
    /// with a keyword is one integer comparison.
    private static let keywordsByLength: [[(packed: UInt64, symbol: Symbol)]] = {
        let words: [(String, Symbol)] = [
            ("False", .keywordFalse), ("None", .keywordNone), ("True", .keywordTrue),
            ("and", .keywordAnd), ("as", .keywordAs), ("assert", .keywordAssert),
            ("async", .keywordAsync), ("await", .keywordAwait), ("break", .keywordBreak),
            ("class", .keywordClass), ("continue", .keywordContinue), ("def", .keywordDef),
            ("del", .keywordDel), ("elif", .keywordElif), ("else", .keywordElse),
            ("except", .keywordExcept), ("finally", .keywordFinally), ("for", .keywordFor),
            ("from", .keywordFrom), ("global", .keywordGlobal), ("if", .keywordIf),
            ("import", .keywordImport), ("in", .keywordIn), ("is", .keywordIs),
            ("lambda", .keywordLambda), ("nonlocal", .keywordNonlocal), ("not", .keywordNot),
            ("or", .keywordOr), ("pass", .keywordPass), ("raise", .keywordRaise),
            ("return", .keywordReturn), ("try", .keywordTry), ("while", .keywordWhile),
            ("with", .keywordWith), ("yield", .keywordYield),
            ("match", .softMatch), ("case", .softCase), ("type", .softType),
        ]
        var table = [[(packed: UInt64, symbol: Symbol)]](repeating: [], count: 9)
        for (word, symbol) in words {
            let bytes = Array(word.utf8)
            table[bytes.count].append((bytes.withUnsafeBufferPointer { packed($0, 0, bytes.count) }, symbol))
        }
        return table
    }()

    /// Up to 8 bytes as one little-endian integer.
    @inline(__always)
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var value: UInt64 = 0
        var position = end
        while position > start {
            position -= 1
            value = value << 8 | UInt64(bytes[position])
        }
        return value
    }

    /// Classifies the NAME spelled by `bytes[start..<end]`.
    static func ofName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Symbol {
        let length = end - start
        guard length >= 2 && length <= 8 else { return .identifier }
        let value = packed(bytes, start, end)
        for candidate in keywordsByLength[length] where candidate.packed == value { return candidate.symbol }
        return .identifier
    }

    /// Classifies the OP spelled by `bytes[start..<end]`.
    static func ofOperator(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Symbol {
        let length = end - start
        guard length > 0 else { return .other }
        let first = bytes[start]
        if length == 1 {
            switch first {
            case UInt8(ascii: "."): return .dot
            case UInt8(ascii: ","): return .comma
            case UInt8(ascii: ":"): return .colon
            case UInt8(ascii: ";"): return .semicolon
            case UInt8(ascii: "="): return .equal
            case UInt8(ascii: "*"): return .star
            case UInt8(ascii: "@"): return .at
            case UInt8(ascii: "!"): return .exclamation
            case UInt8(ascii: "("): return .openParenthesis
            case UInt8(ascii: ")"): return .closeParenthesis
            case UInt8(ascii: "["): return .openBracket
            case UInt8(ascii: "]"): return .closeBracket
            case UInt8(ascii: "{"): return .openBrace
            case UInt8(ascii: "}"): return .closeBrace
            default: return .other
            }
        }
        let second = bytes[start + 1]
        if length == 2 {
            switch (first, second) {
            case (UInt8(ascii: ":"), UInt8(ascii: "=")): return .walrus
            case (UInt8(ascii: "*"), UInt8(ascii: "*")): return .doubleStar
            case (UInt8(ascii: "-"), UInt8(ascii: ">")): return .arrow
            case (UInt8(ascii: "="), _), (UInt8(ascii: "!"), _), (UInt8(ascii: "<"), _), (UInt8(ascii: ">"), _):
                return .other  // ==, !=, <=, >=, <<, >>, <>
            case (_, UInt8(ascii: "=")): return .augmentedAssign
            default: return .other
            }
        }
        if first == UInt8(ascii: ".") { return .ellipsis }
        // //=, >>=, <<=, **=
        return bytes[end - 1] == UInt8(ascii: "=") ? .augmentedAssign : .other
    }
}
