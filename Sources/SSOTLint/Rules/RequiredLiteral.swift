/// ASCII text that every match of a pattern contains (`\bprint\(\w*` → `print(`), read
/// conservatively; nil when it cannot be sure. A line without it cannot match, so the
/// regex engine need not run there.
enum RequiredLiteral {
    /// The longest run of literal text in the pattern's leading sequence of simple items
    /// (characters, escaped punctuation, `.`, `^`, `$`, `\b`, `\w`-style classes and their
    /// quantifiers); reading stops at the first group, class, counted quantifier or other
    /// construct, since what follows may be optional or read differently (`(?i)`, `(?x)`).
    static func longest(in pattern: String) -> [UInt8]? {
        // Alternation anywhere: no one literal is required.
        if pattern.contains("|") { return nil }
        var best: [UInt8] = []
        var run: [UInt8] = []
        func endRun() {
            if run.count > best.count { best = run }
            run = []
        }
        var scalars = Array(pattern.unicodeScalars)[...]
        reading: while let scalar = scalars.popFirst() {
            switch scalar {
            case "\\":
                guard let escaped = scalars.popFirst(), escaped.isASCII else {
                    if !run.isEmpty { run.removeLast() }
                    break reading
                }
                if !escaped.properties.isAlphabetic && !("0"..."9").contains(escaped) {
                    run.append(UInt8(escaped.value))  // `\(`, `\.`: the character itself
                } else if "bBAzZGdDwWsShHvVRX".unicodeScalars.contains(escaped) {
                    endRun()  // an assertion or a one-character class
                } else {
                    break reading  // `\x41`, `\p{L}`, `\1`, `\Q…\E`, `\N{…}`: not read
                }
            case ".", "^", "$":
                endRun()
            case "+":
                endRun()  // the character before it is there at least once
            case "*", "?":
                // The character before may be absent: it leaves the run.
                if !run.isEmpty { run.removeLast() }
                endRun()
            case "{":
                if !run.isEmpty { run.removeLast() }
                break reading
            default:
                guard scalar.isASCII else {
                    // It may join the character before into one grapheme cluster, which the
                    // engine matches up to canonical equivalence (`e\u{301}` matches `é`).
                    if !run.isEmpty { run.removeLast() }
                    break reading
                }
                if "()[]}|".unicodeScalars.contains(scalar) { break reading }
                if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F {
                    endRun()
                } else {
                    run.append(UInt8(scalar.value))
                }
            }
        }
        endRun()
        return best.isEmpty ? nil : best
    }

    static func occurs(_ literal: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard !literal.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { LiteralSearch(literal).firstOccurrence(in: $0, from: 0, to: $0.count) != nil }
    }
}
