#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What later passes need of a file's tokens once they are gone: where its comments and
/// strings are, and which strings span lines. A streaming scan keeps this instead of the
/// tokens, which are several times the size of the file.
public struct TokenSummary: Sendable, Equatable {
    /// Which class of token covers a byte.
    public enum TokenClass: Sendable {
        case code, comment, string
    }

    struct Span: Equatable {
        var start: UInt32
        var end: UInt32
        var isComment: Bool
    }

    /// Comments, strings and the literal parts of f-strings (not the code in their
    /// replacement fields), in source order.
    private var spans: [Span] = []
    /// Strings and whole f-strings whose text holds a line break, in source order.
    public private(set) var multiLineStrings: [Range<UInt32>] = []
    /// The f-strings open while adding, and where the outermost started.
    private var fstringDepth = 0
    private var fstringStart: UInt32 = 0

    public init() {}

    /// The summary of a whole token list.
    public init(tokens: [Token], utf8: [UInt8]) {
        utf8.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { add($0, bytes) }
        }
    }

    /// Adds the next tokens of the file, in order.
    mutating func add(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) {
        for token in tokens where token.kind == .comment || token.kind.isStringPart { add(token, bytes) }
    }

    /// Adds the next comment or string part of the file (the fact scan calls this as
    /// it classifies tokens, sparing a second loop over them).
    @inline(__always) mutating func add(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) {
        spans.append(Span(start: token.start, end: token.end, isComment: token.kind == .comment))
        switch token.kind {
        case .string:
            if fstringDepth == 0, Self.holdsLineBreak(bytes, token.start, token.end) {
                multiLineStrings.append(token.start..<token.end)
            }
        case .fstringStart:
            if fstringDepth == 0 { fstringStart = token.start }
            fstringDepth += 1
        case .fstringEnd:
            fstringDepth -= 1
            if fstringDepth == 0, Self.holdsLineBreak(bytes, fstringStart, token.end) {
                multiLineStrings.append(fstringStart..<token.end)
            }
        default:
            break
        }
    }

    private static func holdsLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ start: UInt32, _ end: UInt32) -> Bool {
        guard let base = bytes.baseAddress, end > start else { return false }
        let length = Int(end - start)
        return memchr(base + Int(start), 0x0A, length) != nil || memchr(base + Int(start), 0x0D, length) != nil
    }

    /// The class of the token covering `offset` in `bytes` (the file's decoded text), or
    /// nil for what no token covers: spaces, line ends, continuation backslashes.
    public func tokenClass(at offset: UInt32, in bytes: [UInt8]) -> TokenClass? {
        let index = firstSpan(endingAfter: offset)
        if index < spans.count, spans[index].start <= offset {
            return spans[index].isComment ? .comment : .string
        }
        guard Int(offset) < bytes.count else { return nil }
        switch bytes[Int(offset)] {
        case 0x20, 0x09, 0x0C, 0x0A, 0x0D, UInt8(ascii: "\\"): return nil
        default: return .code
        }
    }

    /// The start of the first comment that starts in `range`, if any.
    public func firstComment(startingIn range: Range<Int>) -> Int? {
        var index = firstSpan(endingAfter: UInt32(truncatingIfNeeded: range.lowerBound))
        while index < spans.count, Int(spans[index].start) < range.upperBound {
            if spans[index].isComment && Int(spans[index].start) >= range.lowerBound { return Int(spans[index].start) }
            index += 1
        }
        return nil
    }

    private func firstSpan(endingAfter offset: UInt32) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
