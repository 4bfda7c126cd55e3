/// Swift's regex engine backtracks and cannot be interrupted, so a pattern such as
/// `(a+)+$` can take exponential time on one long line. ssotlint rejects, when the
/// configuration is loaded, patterns that repeat a group which itself repeats (nested
/// unbounded quantifiers, the classic cause), rather than let a run hang.
enum RegexSafety {
    /// Why the pattern is refused, or nil when it is accepted.
    static func problem(in pattern: String) -> String? {
        struct Group { var repeats = false }
        var groups: [Group] = [Group()]
        var characters = Array(pattern.unicodeScalars)[...]
        while let character = characters.popFirst() {
            switch character {
            case "\\":
                _ = characters.popFirst()
            case "[":
                // A class is one item: skip to its closing bracket (a leading `]` or `^]` is literal).
                if characters.first == "^" { _ = characters.popFirst() }
                if characters.first == "]" { _ = characters.popFirst() }
                while let inner = characters.popFirst(), inner != "]" {
                    if inner == "\\" { _ = characters.popFirst() }
                }
            case "(":
                groups.append(Group())
            case "|":
                // Alternatives that may overlap (`a|aa`) repeated are as explosive as nested repetition.
                groups[groups.count - 1].repeats = true
            case ")":
                guard groups.count > 1 else { continue }
                let closed = groups.removeLast()
                if isUnboundedQuantifier(characters) {
                    if closed.repeats {
                        return "the pattern repeats a group that itself repeats or has alternatives (as in (a+)+ or "
                            + "(a|aa)+), which can take exponential time on a long line; rewrite it without that"
                    }
                    groups[groups.count - 1].repeats = true
                } else if closed.repeats {
                    groups[groups.count - 1].repeats = true
                }
            case "*", "+":
                groups[groups.count - 1].repeats = true
            case "{":
                if isUnboundedQuantifier([character] + characters) { groups[groups.count - 1].repeats = true }
            default:
                break
            }
        }
        return nil
    }

    /// `*`, `+` or `{n,}` (no upper bound) at the start of `rest`.
    static func isUnboundedQuantifier<C: Collection>(_ rest: C) -> Bool where C.Element == Unicode.Scalar {
        guard let first = rest.first else { return false }
        if first == "*" || first == "+" { return true }
        guard first == "{" else { return false }
        let body = String(String.UnicodeScalarView(rest.dropFirst().prefix { $0 != "}" }))
        return body.hasSuffix(",") && body.dropLast().allSatisfy(\.isNumber)
    }
}
