/// Strict UTF-8 validation by Python's rules (Unicode's table of well-formed sequences):
/// no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences.
///
/// Runs on every file, so ASCII is skipped a word at a time and only non-ASCII runs are
/// checked byte by byte.
enum UTF8Validation {
    /// Why a sequence is ill-formed, in the words of Python's UTF-8 codec.
    enum Reason: String, Sendable {
        case invalidStart = "invalid start byte"
        case invalidContinuation = "invalid continuation byte"
        case unexpectedEnd = "unexpected end of data"
    }

    /// The first ill-formed sequence: the offset of its first byte, and why.
    struct Failure: Equatable, Sendable {
        var offset: Int
        var reason: Reason
    }

    /// The first ill-formed sequence in `bytes[start...]`, or nil when it is all valid.
    /// `start` must be at a character boundary.
    static func firstFailure(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Failure? {
        guard let base = bytes.baseAddress else { return nil }
        let end = bytes.count
        var index = start
        while index < end {
            index = skipASCII(base, from: index, to: end)
            // Stay here through non-ASCII text (a CJK comment, say) instead of retrying words.
            while index < end && base[index] >= 0x80 {
                switch checkSequence(base, at: index, end: end) {
                case .valid(let length): index += length
                case .invalid(let reason): return Failure(offset: index, reason: reason)
                }
            }
        }
        return nil
    }

    /// The offset of the first byte at or after `start` that is not ASCII, or `end`.
    @inline(__always)
    static func skipASCII(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        // 32 bytes per test: the common case is long stretches of ASCII code.
        while index + 32 <= end {
            let word0 = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let word1 = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
            let word2 = raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
            let word3 = raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            if (word0 | word1 | word2 | word3) & highBits != 0 { break }
            index += 32
        }
        while index + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let high = word & highBits
            // Little-endian order puts the first byte lowest, so trailing zeros find it.
            if high != 0 { return index + high.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end && base[index] < 0x80 { index += 1 }
        return index
    }

    private enum SequenceCheck {
        case valid(Int)
        case invalid(Reason)
    }

    /// Checks the multi-byte sequence starting at `index`, whose lead byte is not ASCII.
    @inline(__always)
    private static func checkSequence(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> SequenceCheck {
        // The second byte's range is what rules out overlongs, surrogates and > U+10FFFF.
        let length: Int
        let secondRange: ClosedRange<UInt8>
        switch base[index] {
        case 0xC2...0xDF: length = 2; secondRange = 0x80...0xBF
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; secondRange = 0x80...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4; secondRange = 0x80...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return .invalid(.invalidStart)
        }
        guard index + 1 < end else { return .invalid(.unexpectedEnd) }
        guard secondRange.contains(base[index + 1]) else { return .invalid(.invalidContinuation) }
        var offset = 2
        while offset < length {
            guard index + offset < end else { return .invalid(.unexpectedEnd) }
            guard base[index + offset] & 0xC0 == 0x80 else { return .invalid(.invalidContinuation) }
            offset += 1
        }
        return .valid(length)
    }
}
