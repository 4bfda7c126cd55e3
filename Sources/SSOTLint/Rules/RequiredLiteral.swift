/// The literal text every match of a pattern starts with, read conservatively from the
/// pattern's beginning (`print\\(` → `print(`); nil when it cannot be sure.
enum RequiredLiteral {
    static func prefix(of pattern: String) -> [UInt8]? {
        // Alternation, flags or anything clever anywhere: no shortcut.
        if pattern.contains("|") || pattern.hasPrefix("(?") { return nil }
        var literal: [UInt8] = []
        var characters = Array(pattern.unicodeScalars)[...]
        while let scalar = characters.first {
            if scalar == "\\" {
                guard characters.count > 1 else { break }
                let escaped = characters[characters.startIndex + 1]
                // Only escaped punctuation is literal; `\\w`, `\\d`, `\\b`… are classes or assertions.
                guard escaped.isASCII, !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else { break }
                literal.append(UInt8(escaped.value))
                characters = characters.dropFirst(2)
            } else if scalar.isASCII, !".^$*+?()[]{}|".unicodeScalars.contains(scalar), !scalar.properties.isWhitespace {
                literal.append(UInt8(scalar.value))
                characters = characters.dropFirst()
            } else {
                break
            }
        }
        // A quantifier after the literal may make its last character optional or repeated.
        if let next = characters.first, "*?{".unicodeScalars.contains(next), !literal.isEmpty { literal.removeLast() }
        return literal.count >= 2 ? literal : nil
    }

    static func occurs(_ literal: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard !literal.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { LiteralSearch(literal).firstOccurrence(in: $0, from: 0, to: $0.count) != nil }
    }
}
