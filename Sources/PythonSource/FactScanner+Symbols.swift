/// What a NAME or OP token is, decided once per token so that the scan compares small
/// integers instead of text.
enum Symbol: UInt8 {
    /// A token that is neither NAME nor OP, or an operator the scan does not look at.
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

    /// The keyword or soft keyword (`match`, `case`, `type`) whose bytes, packed by
    /// `packed`, are `value`; `.identifier` for any other name. Keywords are 2…8 bytes
    /// and contain no NUL, so the packing is unique, and a switch over constants compiles
    /// to a search tree, with no table to load per name.
    private static func keyword(packed value: UInt64) -> Symbol {
        switch value {
        case 0x65736c6146: return .keywordFalse  // False
        case 0x656e6f4e: return .keywordNone  // None
        case 0x65757254: return .keywordTrue  // True
        case 0x646e61: return .keywordAnd  // and
        case 0x7361: return .keywordAs  // as
        case 0x747265737361: return .keywordAssert  // assert
        case 0x636e797361: return .keywordAsync  // async
        case 0x7469617761: return .keywordAwait  // await
        case 0x6b61657262: return .keywordBreak  // break
        case 0x65736163: return .softCase  // case
        case 0x7373616c63: return .keywordClass  // class
        case 0x65756e69746e6f63: return .keywordContinue  // continue
        case 0x666564: return .keywordDef  // def
        case 0x6c6564: return .keywordDel  // del
        case 0x66696c65: return .keywordElif  // elif
        case 0x65736c65: return .keywordElse  // else
        case 0x747065637865: return .keywordExcept  // except
        case 0x796c6c616e6966: return .keywordFinally  // finally
        case 0x726f66: return .keywordFor  // for
        case 0x6d6f7266: return .keywordFrom  // from
        case 0x6c61626f6c67: return .keywordGlobal  // global
        case 0x6669: return .keywordIf  // if
        case 0x74726f706d69: return .keywordImport  // import
        case 0x6e69: return .keywordIn  // in
        case 0x7369: return .keywordIs  // is
        case 0x6164626d616c: return .keywordLambda  // lambda
        case 0x686374616d: return .softMatch  // match
        case 0x6c61636f6c6e6f6e: return .keywordNonlocal  // nonlocal
        case 0x746f6e: return .keywordNot  // not
        case 0x726f: return .keywordOr  // or
        case 0x73736170: return .keywordPass  // pass
        case 0x6573696172: return .keywordRaise  // raise
        case 0x6e7275746572: return .keywordReturn  // return
        case 0x797274: return .keywordTry  // try
        case 0x65707974: return .softType  // type
        case 0x656c696877: return .keywordWhile  // while
        case 0x68746977: return .keywordWith  // with
        case 0x646c656979: return .keywordYield  // yield
        default: return .identifier
        }
    }

    /// The 2…8 bytes of `bytes[start..<end]` as one little-endian integer: one unaligned
    /// load where 8 bytes remain in the buffer, else byte by byte.
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            // Masked to the name's bytes.
            let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian
            let length = end - start
            return length == 8 ? word : word & ((1 << UInt64(8 * length)) - 1)
        }
        var value: UInt64 = 0
        var position = end
        while position > start {
            position -= 1
            value = value << 8 | UInt64(bytes[position])
        }
        return value
    }

    /// Classifies the NAME spelled by `bytes[start..<end]`: only names of 2…8 bytes can
    /// be keywords.
    static func ofName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Symbol {
        let length = end - start
        guard length >= 2 && length <= 8 else { return .identifier }
        return keyword(packed: packed(bytes, start, end))
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
