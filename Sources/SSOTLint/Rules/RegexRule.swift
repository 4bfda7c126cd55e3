import Glibc
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
    /// Read from the pattern once: reading it is costly, and `check` needs it for every line.
    let requiredLiteral: [UInt8]?
    let tokenClass: TokenClass

    init(common: RuleCommon, patternText: String, pattern: Regex<AnyRegexOutput>, tokenClass: TokenClass) {
        self.common = common
        self.patternText = patternText
        self.pattern = pattern
        self.requiredLiteral = RequiredLiteral.prefix(of: patternText)
        self.tokenClass = tokenClass
    }

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
    /// Lines longer than this many bytes are not matched (see `check`).
    static let longestMatchedLine = 2_000

    static func compile(_ node: ConfigNode, _ context: String) throws(ConfigurationError) -> Regex<AnyRegexOutput> {
        let text = try node.string(context)
        if let problem = RegexSafety.problem(in: text) {
            throw node.error("regular expression in \(context) refused: \(problem)")
        }
        do {
            return try Regex(text)
        } catch {
            throw node.error("invalid regular expression in \(context): \(error)")
        }
    }

    func check(_ file: FileContext, into findings: inout [Finding]) {
        let classes = TokenClassIndex(file.tokenized.tokens)
        let bytes = file.source.utf8
        // Swift's regex engine is slow; a literal every match must contain lets most
        // files and lines be skipped without running it.
        if let literal = requiredLiteral, !RequiredLiteral.occurs(literal, in: bytes[...]) { return }
        let starts = file.source.lineTable.lineStarts
        for (index, start) in starts.enumerated() {
            var end = index + 1 < starts.count ? Int(starts[index + 1]) : bytes.count
            while end > Int(start), bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            // Swift's engine can take quadratic time on one long line (minified or generated
            // code); such lines are not matched, so a run always ends.
            if end - Int(start) > Self.longestMatchedLine { continue }
            if let literal = requiredLiteral, !RequiredLiteral.occurs(literal, in: bytes[Int(start)..<end]) { continue }
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
            } else if !scalar.isASCII {
                break
            } else {
                break
            }
        }
        // A quantifier after the literal may make its last character optional or repeated.
        if let next = characters.first, "*?{".unicodeScalars.contains(next), !literal.isEmpty { literal.removeLast() }
        return literal.count >= 2 ? literal : nil
    }

    static func occurs(_ literal: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = literal.first, literal.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            literal.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress else { return false }
                var cursor = base
                let last = base + (haystack.count - needle.count)
                // memchr to each candidate first byte, then compare the rest.
                while cursor <= last, let found = memchr(cursor, Int32(first), last - cursor + 1) {
                    let candidate = found.assumingMemoryBound(to: UInt8.self)
                    if memcmp(candidate, needle.baseAddress!, needle.count) == 0 { return true }
                    cursor = UnsafePointer(candidate) + 1
                }
                return false
            }
        }
    }
}
