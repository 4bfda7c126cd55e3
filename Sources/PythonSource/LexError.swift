/// Why a file cannot be tokenized, at the byte offset where CPython 3.12's `tokenize`
/// would raise. The tokenizer records the first one and returns what it has.
public struct LexError: Error, Equatable, Sendable {
    public var message: String
    public var offset: UInt32

    public init(message: String, offset: UInt32) {
        self.message = message
        self.offset = offset
    }
}

/// The tokens of one file and, when it is not valid Python 3.12 lexically, the first error.
public struct TokenizedSource: Sendable {
    public var tokens: [Token]
    public var error: LexError?

    public init(tokens: [Token], error: LexError?) {
        self.tokens = tokens
        self.error = error
    }
}
