import PythonSource

/// `regex` (escape hatch): a regular expression applied to each line; a match counts
/// where it starts inside a token of the chosen class (SPEC §4).
struct RegexRule: FileRule, RuleKind, @unchecked Sendable {
    static let name = "regex"
    static let keys = ["pattern", "in"]
    static let placeholders = ["match"]

    enum TokenClass: String, CaseIterable {
        case code, comments, strings, any

        /// The class a match must start in; nil for `any`.
        var summaryClass: TokenSummary.TokenClass? {
            switch self {
            case .code: return .code
            case .comments: return .comment
            case .strings: return .string
            case .any: return nil
            }
        }
    }

    var settings: [(key: String, value: String)] {
        [("pattern", patternText), ("in", tokenClass.rawValue)]
    }

    let common: RuleCommon
    let patternText: String
    let pattern: Regex<AnyRegexOutput>
    /// How matches are found, read from the pattern once (reading it is not cheap).
    let search: Search
    let tokenClass: TokenClass
    /// The message of every finding when the pattern is plain text (its match is that text).
    let literalMessage: String?

    init(common: RuleCommon, patternText: String, pattern: Regex<AnyRegexOutput>, tokenClass: TokenClass) {
        self.common = common
        self.patternText = patternText
        self.pattern = pattern
        self.tokenClass = tokenClass
        search = Search(patternText)
        if case .literal(let text) = search {
            literalMessage = common.message.render(["match": String(decoding: text.needle, as: UTF8.self)])
        } else {
            literalMessage = nil
        }
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
        let bytes = file.source.utf8
        let wanted = tokenClass.summaryClass
        forEachMatch(in: bytes, lineStarts: file.source.lineTable.lineStarts) { range in
            let start = UInt32(range.lowerBound)
            if let wanted, file.summary.tokenClass(at: start, in: bytes) != wanted { return }
            let message = literalMessage ?? common.message.render(["match": String(decoding: bytes[range], as: UTF8.self)])
            findings.append(file.finding(common, from: start, to: UInt32(range.upperBound), message: message))
        }
    }
}

extension RegexRule {
    static let examples: [RuleExample] = [
        .reported("each match that starts in code, f-string fields included", settings: """
            pattern: '\\bprint\\('
            in: code
            """, [
            "app.py": """
                print("starting")  # expect: EX@1
                if verbose: print(total); print(count)  # expect: EX@13 EX@27
                label = f"total: {print(total)}"  # expect: EX@19
                """,
        ]),
        .reported("matches in comments only, with `in: comments`", settings: """
            pattern: 'TODO|FIXME'
            in: comments
            """, [
            "app.py": """
                # TODO: drop after the migration  # expect: EX@3
                total = compute()  # FIXME: None when empty  # expect: EX@22
                TODO = "TODO in a string is not a comment"
                """,
        ]),
        .notReported("comments, strings, docstrings and look-alike names", settings: """
            pattern: '\\bprint\\('
            in: code
            """, [
            "app.py": """
                \"\"\"Call print(x) only in scripts.\"\"\"
                from pprint import pprint

                # print(total) was here
                pprint(total)
                blueprint(total)
                message = "print(total)"
                label = f"print(total) = {total}"
                """,
        ]),
    ]
}
