import PythonSource

/// `regex` (escape hatch): a regular expression applied to each line; a match counts
/// where it starts inside a token of the chosen class (SPEC §4).
struct RegexRule: FileRule, RuleKind, @unchecked Sendable {
    static let name = "regex"
    static let keys = ["pattern", "in"]
    static let placeholders = ["match"]

    enum TokenClass: String, CaseIterable { case code, comments, strings, any }

    static let examples = (
        triggering: ["print(value)        # pattern: 'print\\(', in: code", "f\"{print(x)}\"   # f-string fields are code"],
        nonTriggering: ["# print( in a comment (in: code)", "\"print(\" in a string (in: code)"])

    var settings: [(key: String, value: String)] {
        [("pattern", patternText), ("in", tokenClass.rawValue)]
    }

    let common: RuleCommon
    let patternText: String
    let pattern: Regex<AnyRegexOutput>
    let tokenClass: TokenClass

    static func make(common: RuleCommon, fields: ConfigMapping) throws(ConfigurationError) -> any Rule {
        let pattern = try compile(try fields.required("pattern", context: "a regex rule"), "pattern")
        var tokenClass = TokenClass.code
        if let node = fields["in"] {
            let text = try node.string("in")
            guard let value = TokenClass(rawValue: text) else {
                throw node.error("'in' must be code, comments, strings or any, not '\(text)'")
            }
            tokenClass = value
        }
        return RegexRule(common: common, patternText: try fields.required("pattern", context: "a regex rule").string("pattern"),
                         pattern: pattern, tokenClass: tokenClass)
    }

    /// Compiles a Swift `Regex`, turning a syntax error into a positioned configuration error.
    static func compile(_ node: ConfigNode, _ context: String) throws(ConfigurationError) -> Regex<AnyRegexOutput> {
        let text = try node.string(context)
        do {
            return try Regex(text)
        } catch {
            throw node.error("invalid regular expression in \(context): \(error)")
        }
    }

    func check(_ file: FileContext, into findings: inout [Finding]) {
        let classes = TokenClassIndex(file.tokenized.tokens)
        let bytes = file.source.utf8
        let starts = file.source.lineTable.lineStarts
        for (index, start) in starts.enumerated() {
            var end = index + 1 < starts.count ? Int(starts[index + 1]) : bytes.count
            while end > Int(start), bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let line = String(decoding: bytes[Int(start)..<end], as: UTF8.self)
            for match in line.matches(of: pattern) where !match.range.isEmpty {
                let matchStart = UInt32(Int(start) + line.utf8.distance(from: line.startIndex, to: match.range.lowerBound))
                let matchEnd = UInt32(Int(start) + line.utf8.distance(from: line.startIndex, to: match.range.upperBound))
                guard tokenClass == .any || classes.tokenClass(at: matchStart) == tokenClass else { continue }
                findings.append(file.finding(common, from: matchStart, to: matchEnd,
                                             message: common.message.render(["match": String(line[match.range])])))
            }
        }
    }
}

/// Which class of token (code, comment, string) covers a byte offset.
struct TokenClassIndex {
    let tokens: [Token]

    init(_ tokens: [Token]) { self.tokens = tokens }

    func tokenClass(at offset: UInt32) -> RegexRule.TokenClass? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        // Zero-width tokens (DEDENT) cover nothing; look at the first token that does.
        while low < tokens.count, tokens[low].start == tokens[low].end { low += 1 }
        guard low < tokens.count, tokens[low].start <= offset, offset < tokens[low].end else { return nil }
        switch tokens[low].kind {
        case .comment: return .comments
        case .string, .fstringStart, .fstringMiddle, .fstringEnd: return .strings
        case .name, .number, .op, .errorToken: return .code
        default: return nil
        }
    }
}
