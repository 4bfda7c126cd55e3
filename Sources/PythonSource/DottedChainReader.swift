/// Reads a dotted name chain (`a.b.c`) straight from the source bytes, for when its
/// tokens are gone (the fact scan's deferred chains, made once every import is known): names and dots with, between them, only what the tokenizer skips
/// inside a statement (spaces, tabs, form feeds, line breaks inside brackets, comments,
/// backslash continuations). Starting on a NAME token of a chain, it finds the same
/// names the tokens held.
public enum DottedChainReader {
    /// The byte ranges of the chain's names, from the name at `offset` on, at most `limit`.
    public static func nameRanges(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int = .max) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        forEachName(in: bytes, at: offset, limit: limit) { ranges.append($0) }
        return ranges
    }

    /// Each of the chain's names' byte ranges, in order, without collecting them.
    static func forEachName(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int,
                            _ body: (Range<Int>) -> Void) {
        var found = 0
        var position = offset
        let identifier = Lexer.identifierTable
        while found < limit, position < bytes.count {
            // The first byte is the name's start, as the tokenizer decided; the rest run on.
            let start = position
            position += 1
            while position < bytes.count && identifier[Int(bytes[position])] { position += 1 }
            // `a.rb'x'`: a string with a prefix, not a name.
            if found > 0, position < bytes.count, bytes[position] == UInt8(ascii: "'") || bytes[position] == UInt8(ascii: "\""),
               isStringPrefix(UnsafeBufferPointer(rebasing: bytes[start..<position])) { break }
            body(start..<position)
            found += 1
            position = skipTrivia(bytes, from: position)
            guard position < bytes.count, bytes[position] == UInt8(ascii: "."),
                  position + 1 < bytes.count, bytes[position + 1] != UInt8(ascii: ".") else { break }
            position = skipTrivia(bytes, from: position + 1)
            guard position < bytes.count, Lexer.isIdentifierStart(bytes[position]) else { break }
        }
    }

    private static func skipTrivia(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0C, 0x0A, 0x0D, UInt8(ascii: "\\"):
                position += 1
            case UInt8(ascii: "#"):
                while position < bytes.count && bytes[position] != 0x0A && bytes[position] != 0x0D { position += 1 }
            default:
                return position
            }
        }
        return position
    }

    /// Whether `letters` are a string prefix (any case of b, r, u, f, br, rb, fr, rf), as
    /// the tokenizer decides before a quote.
    static func isStringPrefix(_ letters: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawB = false, sawR = false, sawU = false, sawF = false
        for letter in letters {
            switch letter | 0x20 {
            case UInt8(ascii: "b") where !(sawB || sawU || sawF): sawB = true
            case UInt8(ascii: "u") where !(sawB || sawU || sawR || sawF): sawU = true
            case UInt8(ascii: "r") where !(sawR || sawU): sawR = true
            case UInt8(ascii: "f") where !(sawF || sawB || sawU): sawF = true
            default: return false
            }
        }
        return !letters.isEmpty
    }
}
