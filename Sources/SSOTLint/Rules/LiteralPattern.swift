/// A `regex` pattern that is nothing but plain text (`print\(`, `breakpoint\(\)`), read as
/// the bytes it matches, so that matches can be found by byte search instead of by Swift's
/// regex engine. Only printable ASCII qualifies: the engine's grapheme-cluster semantics
/// make other text match in ways a byte search cannot copy (see `RegexRule+Matching`).
enum LiteralPattern {
    /// Characters that mean something unescaped (or may, in some position: `{`, `]`).
    static let metacharacters = Set(#".^$*+?()[]{}|\"#.utf8)

    /// The bytes the pattern matches, or nil when it is not plain printable ASCII text.
    static func bytes(of pattern: String) -> [UInt8]? {
        var literal: [UInt8] = []
        var bytes = Array(pattern.utf8)[...]
        while let byte = bytes.popFirst() {
            guard isPrintableASCII(byte) else { return nil }
            if byte == UInt8(ascii: "\\") {
                // `\(` is a literal `(`; `\w`, `\b`, `\1`, `\x41`… are not text.
                guard let escaped = bytes.popFirst(), isPrintableASCII(escaped), !isAlphanumeric(escaped) else { return nil }
                literal.append(escaped)
            } else if metacharacters.contains(byte) {
                return nil
            } else {
                literal.append(byte)
            }
        }
        return literal.isEmpty ? nil : literal
    }

    static func isPrintableASCII(_ byte: UInt8) -> Bool { (0x20...0x7E).contains(byte) }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
