#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable token store without reference counting or uniqueness checks on append:
/// the tokenizer appends millions of tokens and `Array.append` showed in profiles.
/// Streaming scans empty it after each chunk and fill it again, so it stays small.
struct TokenBuffer {
    private var storage: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        // malloc, not `allocate`, so that `grow` may use realloc and the end free.
        guard let memory = malloc(self.capacity * MemoryLayout<Token>.stride) else { fatalError("out of memory") }
        storage = memory.bindMemory(to: Token.self, capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (storage + count).initialize(to: token)
        count += 1
    }

    /// The kind of the last token appended, if any.
    var lastKind: TokenKind? { count > 0 ? storage[count - 1].kind : nil }

    /// `realloc` grows large buffers in place or by remapping pages: no second copy is
    /// alive at once, which matters for files of hundreds of megabytes.
    private mutating func grow() {
        let bytes = capacity * 2 * MemoryLayout<Token>.stride
        guard let larger = realloc(storage, bytes) else { fatalError("out of memory growing the token buffer to \(bytes) bytes") }
        storage = larger.bindMemory(to: Token.self, capacity: capacity * 2)
        capacity *= 2
    }

    /// The tokens appended since the last `removeAll`, valid until the next change.
    var contents: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: storage, count: count) }

    /// Forgets the tokens and keeps the memory for the next chunk.
    mutating func removeAll() { count = 0 }

    /// The tokens as an array; the buffer is freed and must not be used again.
    mutating func finish() -> [Token] {
        let result = Array(contents)
        release()
        return result
    }

    /// Frees the memory; the buffer must not be used again.
    mutating func release() {
        free(storage)
        count = 0
        capacity = 0
    }
}
