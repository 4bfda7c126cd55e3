/// A bracket expression such as `[abc]`, `[a-z]`, `[!abc]` or `[[:digit:]]`, read the way
/// git's wildmatch reads it: `!` or `^` negates, a `]` first is literal, `\` escapes, and
/// the class never matches `/`. Members are code points, so `[é]` matches `é`.
struct CharacterClass: Sendable, Equatable {
    var negated = false
    var ranges: [ClosedRange<UInt32>] = []
    var named: [NamedCharacterClass] = []

    func contains(_ value: UInt32) -> Bool {
        if value == UInt32(UInt8(ascii: "/")) { return false }
        let listed = ranges.contains { $0.contains(value) } || named.contains { $0.contains(value) }
        return listed != negated
    }

    /// Parses the class whose `[` is at `open`; returns it and the index after its `]`.
    static func parse(
        _ text: ArraySlice<Unicode.Scalar>, openingAt open: Int, column: Int
    ) throws(PathPattern.SyntaxError) -> (CharacterClass, Int) {
        let end = text.endIndex
        let unterminated = PathPattern.SyntaxError(
            message: "unterminated '[' (a class needs a closing ']' and cannot contain '/')",
            column: column + open - text.startIndex
        )
        var result = CharacterClass()
        var index = open + 1
        if index < end, text[index] == "!" || text[index] == "^" {
            result.negated = true
            index += 1
        }
        var first = true
        while true {
            guard index < end else { throw unterminated }
            var low = text[index]
            if low == "]", !first { return (result, index + 1) }
            first = false
            if low == "[", index + 1 < end, text[index + 1] == ":",
               let close = namedClassEnd(text, from: index + 2) {
                let name = String(String.UnicodeScalarView(text[(index + 2)..<close]))
                guard let named = NamedCharacterClass(rawValue: name) else {
                    throw .init(
                        message: "unknown character class '[:\(name):]'",
                        column: column + index - text.startIndex
                    )
                }
                result.named.append(named)
                index = close + 2
                continue
            }
            if low == "\\" {
                index += 1
                guard index < end else { throw unterminated }
                low = text[index]
            }
            index += 1
            var high = low
            if index + 1 < end, text[index] == "-", text[index + 1] != "]" {
                high = text[index + 1]
                index += 2
                if high == "\\" {
                    guard index < end else { throw unterminated }
                    high = text[index]
                    index += 1
                }
            }
            // A reversed range such as `[z-a]` matches nothing, as in git.
            if low.value <= high.value { result.ranges.append(low.value...high.value) }
        }
    }

    /// The index of the `:` of the `:]` that closes a `[:name:]`, if there is one.
    private static func namedClassEnd(_ text: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        var index = start
        while index + 1 < text.endIndex {
            if text[index] == ":", text[index + 1] == "]" { return index }
            if text[index] == "]" { return nil }
            index += 1
        }
        return nil
    }
}

/// The POSIX classes that may appear inside brackets, over ASCII as in the C locale.
enum NamedCharacterClass: String, Sendable, Equatable {
    case alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit

    func contains(_ value: UInt32) -> Bool {
        guard value < 0x80 else { return false }
        let isUpper = (0x41...0x5A).contains(value)
        let isLower = (0x61...0x7A).contains(value)
        let isDigit = (0x30...0x39).contains(value)
        switch self {
        case .alnum: return isUpper || isLower || isDigit
        case .alpha: return isUpper || isLower
        case .blank: return value == 0x20 || value == 0x09
        case .cntrl: return value < 0x20 || value == 0x7F
        case .digit: return isDigit
        case .graph: return value > 0x20 && value < 0x7F
        case .lower: return isLower
        case .print: return value >= 0x20 && value < 0x7F
        case .punct: return value > 0x20 && value < 0x7F && !(isUpper || isLower || isDigit)
        case .space: return value == 0x20 || (0x09...0x0D).contains(value)
        case .upper: return isUpper
        case .xdigit: return isDigit || (0x41...0x46).contains(value) || (0x61...0x66).contains(value)
        }
    }
}
