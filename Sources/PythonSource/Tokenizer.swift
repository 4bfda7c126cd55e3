#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns decoded Python source into tokens.
///
/// Token boundaries follow CPython 3.11's `tokenize` module (the compatibility oracle),
/// with f-strings split as 3.12 does so that the code inside replacement fields is
/// tokenized. Errors follow CPython 3.12's `tokenize`: the first one is recorded with
/// its offset, and lexing goes on where CPython 3.11 would still produce tokens.
/// Nothing here recurses, so input nesting cannot exhaust the stack.
public enum Tokenizer {
    public static func tokenize(_ source: SourceFile) -> TokenizedSource {
        tokenize(utf8: source.utf8)
    }

    public static func tokenize(utf8: [UInt8]) -> TokenizedSource {
        utf8.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(buffer)
            lexer.run()
            return TokenizedSource(tokens: lexer.tokens.finish(), error: lexer.error)
        }
    }

    /// Lexes `utf8` a chunk of whole logical lines at a time (at least `chunkTokens`
    /// tokens, or the rest of the input), handing each chunk's tokens to `body`, valid
    /// only during the call; returns the first error. Memory follows the chunk, not the file.
    public static func forEachChunk(of utf8: UnsafeBufferPointer<UInt8>, chunkTokens: Int = 4096,
                                    _ body: (UnsafeBufferPointer<Token>) -> Void) -> LexError? {
        var lexer = Lexer(utf8, tokenCapacity: min(chunkTokens * 2, utf8.count / 4 + 16))
        var more = true
        while more {
            more = lexer.lexChunk(minimumTokens: chunkTokens)
            body(lexer.tokens.contents)
            lexer.tokens.removeAll()
        }
        lexer.tokens.release()
        return lexer.error
    }
}

/// CPython's limits (Parser/tokenizer.h): deeper input is a syntax error.
enum LexerLimits {
    static let maxIndentLevels = 100
    static let maxBracketDepth = 200
    static let maxFStringDepth = 150
    /// Replacement fields nested through format specs within one f-string.
    static let maxFieldNesting = 3
    static let tabSize = 8
}

/// An f-string being lexed: its quoting, and the replacement fields open inside it.
struct FStringContext {
    struct Field {
        /// Bracket depth just after the field's `{`; the field ends at this depth.
        var bracketDepth: Int
        var inFormatSpec = false
    }

    var quote: UInt8
    var isTriple: Bool
    var isRaw: Bool
    var start: Int
    var fields: [Field] = []

    /// True while the lexer reads literal text (the string part or a format spec).
    var readsLiteral: Bool { fields.last.map { $0.inFormatSpec } ?? true }
}

/// The tokenizer over one file. Its hot helpers are `mutating` even where they only read:
/// a non-mutating call from a mutating method copies the whole state to pass `self`.
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    var pos = 0
    var tokens: TokenBuffer
    var error: LexError?
    /// Set by errors after which CPython 3.11 would not produce tokens either, and at the end.
    var stopped = false
    var started = false
    /// The first NUL byte and the start of its line (see `fail`).
    var nullByte: Int?
    var nullByteLineStart = Int.max

    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var brackets: [UInt8] = []
    var fstrings: [FStringContext] = []
    var atLineStart = true
    var lineStart = 0

    /// Whether any `\r` occurs: without one, `\n` alone ends lines and memchr finds them.
    let hasCarriageReturn: Bool
    /// `identifierBytes[b]`: byte `b` may continue a name (one load per byte in the name loop).
    let identifierBytes = Lexer.identifierTable
    /// `tokenStarts[b]`: what byte `b` begins (read here once, not through a lazy global per call).
    let tokenStarts = Lexer.tokenStarts

    /// - Parameter tokenCapacity: tokens to make room for at first (the buffer grows).
    init(_ bytes: UnsafeBufferPointer<UInt8>, tokenCapacity: Int? = nil) {
        self.bytes = bytes
        self.count = bytes.count
        hasCarriageReturn = bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
        tokens = TokenBuffer(capacity: tokenCapacity ?? bytes.count / 5 + 16)
    }

    /// Letters, digits, `_` and every non-ASCII byte (CPython validates names later, and its
    /// `tokenize` not at all).
    static let identifierTable: UnsafePointer<Bool> = {
        let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
        for byte in 0..<256 { table[byte] = isIdentifierContinuation(UInt8(byte)) }
        return UnsafePointer(table)
    }()

    // MARK: Cursor helpers

    /// The bracket depth at which the innermost replacement field ends, when lexing the
    /// code of one (checked cheaply: most code is in no f-string at all).
    @inline(__always) var innermostFieldDepth: Int? {
        if fstrings.isEmpty { return nil }
        return fstrings[fstrings.count - 1].fields.last?.bracketDepth
    }

    /// The byte at `index`, or 0 past the end.
    @inline(__always) func byte(at index: Int) -> UInt8 {
        index < count ? bytes[index] : 0
    }

    @inline(__always) mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
        tokens.append(Token(kind: kind, start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end)))
    }

    /// Records the first error; `fatal` ones also end lexing. CPython checks each line
    /// for NUL bytes as it reads it, so once lexing has reached the line of the first NUL,
    /// that is the error.
    mutating func fail(_ message: String, at offset: Int, fatal: Bool = false) {
        if error == nil {
            if let nullByte, pos >= nullByteLineStart {
                error = LexError(message: "source code cannot contain null bytes", offset: UInt32(nullByte))
            } else {
                error = LexError(message: message, offset: UInt32(truncatingIfNeeded: min(offset, count)))
            }
        }
        if fatal { stopped = true }
    }

    /// Length of the line end at `index` (`\n`, `\r\n` or `\r`), or 0.
    @inline(__always) func lineEndLength(at index: Int) -> Int {
        guard index < count else { return 0 }
        switch bytes[index] {
        case UInt8(ascii: "\n"): return 1
        case UInt8(ascii: "\r"): return byte(at: index + 1) == UInt8(ascii: "\n") ? 2 : 1
        default: return 0
        }
    }

    // MARK: Main loop

    mutating func run() {
        while lexChunk(minimumTokens: .max) {}
    }

    /// Lexes on until at least `minimumTokens` tokens are buffered and the last of them
    /// ends a logical line, so that a chunk never splits a statement. Returns false once
    /// the input is done (the ENDMARKER and any error recorded).
    mutating func lexChunk(minimumTokens: Int) -> Bool {
        if !started {
            started = true
            findNullByte()
        }
        while !stopped {
            if atLineStart && brackets.isEmpty && fstrings.isEmpty {
                if tokens.count >= minimumTokens && tokens.lastKind == .newline { return true }
                if !beginLine() { break }
                continue
            }
            if !fstrings.isEmpty, fstrings[fstrings.count - 1].readsLiteral {
                lexFStringLiteral()
            } else if !lexRegularToken() {
                break
            }
        }
        if !stopped {
            finish()
            stopped = true
        }
        if error == nil, let nullByte {
            error = LexError(message: "source code cannot contain null bytes", offset: UInt32(nullByte))
        }
        return false
    }

    /// Finds the first NUL byte, which CPython refuses wherever it is.
    mutating func findNullByte() {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, count) else { return }
        let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
        nullByte = index
        var lineStart = index
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") && bytes[lineStart - 1] != UInt8(ascii: "\r") {
            lineStart -= 1
        }
        nullByteLineStart = lineStart
    }
}
