/// The kinds of token the tokenizer emits. They follow CPython 3.12's `tokenize`
/// module: f-strings are split into start, literal middles and end, with the code of
/// their replacement fields tokenized as ordinary tokens in between.
public enum TokenKind: UInt8, Sendable {
    case name
    case number
    case string
    case fstringStart
    case fstringMiddle
    case fstringEnd
    case op
    case comment
    /// A logical line ends.
    case newline
    /// A line ends without ending a logical line (blank line, comment line, inside brackets).
    case nl
    case indent
    case dedent
    /// A character that starts no token (`$`, `?`, a backtick); not an error.
    case errorToken
    case endMarker
}

extension TokenKind {
    /// A string, or a literal part of an f-string.
    @inline(__always) var isStringPart: Bool {
        switch self {
        case .string, .fstringStart, .fstringMiddle, .fstringEnd: return true
        default: return false
        }
    }
}

/// A token is a kind and a byte range of the decoded UTF-8 source; it copies no text.
public struct Token: Equatable, Sendable {
    public var kind: TokenKind
    public var start: UInt32
    public var end: UInt32

    public init(kind: TokenKind, start: UInt32, end: UInt32) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
}
