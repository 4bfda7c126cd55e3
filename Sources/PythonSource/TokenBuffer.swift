/// A growable token store without reference counting or uniqueness checks on append:
/// the tokenizer appends millions of tokens and `Array.append` showed in profiles.
struct TokenBuffer {
    private var storage: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (storage + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    /// The tokens as an array; the buffer is freed and must not be used again.
    mutating func finish() -> [Token] {
        let result = [Token](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: storage, count: count)
            initialized = count
        }
        storage.deallocate()
        count = 0
        capacity = 0
        return result
    }
}
