import PythonSource
@testable import SSOTLint
import XCTest

/// `regex` rules find matches without Swift's engine where they can (a plain-text pattern
/// is searched for as bytes; a required literal picks the lines the engine runs on). These
/// tests hold every shortcut to exactly what the engine, run on every line, finds.
final class RegexMatchingTests: XCTestCase {
    func rule(_ pattern: String, in tokenClass: RegexRule.TokenClass = .any) throws -> RegexRule {
        let common = RuleCommon(id: "RX", kind: "regex", severity: .info, message: MessageTemplate(text: "m: {match}"),
                                paths: [], exclude: [], pathPatterns: [], excludePatterns: [], docs: "",
                                suppressible: true, skipTypeChecking: false, origin: "test")
        return RegexRule(common: common, patternText: pattern, pattern: try Regex(pattern), tokenClass: tokenClass)
    }

    func context(_ text: String) throws -> FileContext {
        let source = try SourceFile(bytes: Array(text.utf8))
        let scanned = SourceScanner.scan(source)
        return FileContext(path: "m.py", moduleName: "m", source: source, summary: scanned.summary, facts: scanned.facts)
    }

    /// The class of the token covering `offset`, looked up in the tokens themselves (the
    /// rule uses the token summary, so this also checks the summary).
    static func tokenClass(at offset: UInt32, in tokens: [Token]) -> RegexRule.TokenClass? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        while low < tokens.count, tokens[low].start == tokens[low].end { low += 1 }
        guard low < tokens.count, tokens[low].start <= offset, offset < tokens[low].end else { return nil }
        switch tokens[low].kind {
        case .comment: return .comments
        case .string, .fstringStart, .fstringMiddle, .fstringEnd: return .strings
        case .name, .number, .op, .errorToken: return .code
        default: return nil
        }
    }

    /// What the rule reported before any shortcut: the engine on every line.
    func engineOnEveryLine(_ rule: RegexRule, _ file: FileContext) -> [Finding] {
        var findings: [Finding] = []
        let bytes = file.source.utf8
        let starts = file.source.lineTable.lineStarts
        let tokens = Tokenizer.tokenize(file.source).tokens
        for (index, start) in starts.enumerated() {
            var end = index + 1 < starts.count ? Int(starts[index + 1]) : bytes.count
            while end > Int(start), bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if end - Int(start) > RegexRule.longestMatchedLine { continue }
            let line = String(decoding: bytes[Int(start)..<end], as: UTF8.self)
            for match in line.matches(of: rule.pattern) where !match.range.isEmpty {
                let matchStart = UInt32(Int(start) + line.utf8.distance(from: line.startIndex, to: match.range.lowerBound))
                let matchEnd = UInt32(Int(start) + line.utf8.distance(from: line.startIndex, to: match.range.upperBound))
                guard rule.tokenClass == .any || Self.tokenClass(at: matchStart, in: tokens) == rule.tokenClass else { continue }
                findings.append(file.finding(rule.common, from: matchStart, to: matchEnd,
                                             message: rule.common.message.render(["match": String(line[match.range])])))
            }
        }
        return findings
    }

    func findings(_ rule: RegexRule, _ file: FileContext) -> [Finding] {
        var findings: [Finding] = []
        rule.check(file, into: &findings)
        return findings
    }

    func spans(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.line):\($0.column)-\($0.endLine):\($0.endColumn) \($0.message)" }
    }

    static let tricky: [String] = [
        "",
        "x = 1\n",
        "print(1)",  // no newline at the end
        "x = print(",  // the match ends the file
        "aaaa\naaaaa\naaa\na\n",
        "é = 1; print(x)\n",  // non-ASCII before: columns count code points
        "s = '🚀 naïve'; print(s); print(s)\n",
        "s = 'e\u{301}'\nprint(1)\n",
        "# e\u{301}print(x) a combining mark before the match: it belongs to the e\n",
        "# \u{600}print(x) a prepended mark before the match joins its first character\n",
        "# print(\u{301}x) a combining mark after the match joins its last character\n",
        "# print(\u{1F3FB}x) an emoji modifier after the match\n",
        "# print(\u{200D}x) a zero-width joiner after the match\n",
        "# \u{200D}print(x) a zero-width joiner before the match\n",
        "# \u{212A}elvin K Kelvin \u{37E}; ;\n",
        "Print(1); PRINT(2); print(3)\n",
        "print(1)\r\nprint(2)\r\n\r\nx = 'print(3)'\r\n",
        "print(1)\rprint(2)\r\rprint(3)",
        "print(1)\n" + String(repeating: "print(x); ", count: 250) + "\nprint(2)\n",  // a line over the cap
        "y = '" + String(repeating: "a", count: 2_000 - 15) + "'; print(1)\n",  // exactly at the cap
        "y = '" + String(repeating: "a", count: 2_000 - 14) + "'; print(1)\n",  // one byte over
        "f\"{print(x)} print(y) {x!r:>{print(1)}}\"\n",
        "'''\nprint(1) in a string\n'''\nprint(2)  # print(3)\n",
        "a b  a  b\ta b\n",
        "x.y x..y 'x\\.y'  # x\\.y\n",
        "prinprint(t(print(print((\n",
        "\u{FEFF}print(1)\n",
        "s = 'c\u{E9} ce\u{301}'  # priNT PRINT pri(\n",
        "x1y x22y xy\n",
        "s = 'c\u{E9}'  # precomposed only\n",
    ]

    static let patterns: [String] = [
        // plain text: byte search
        #"print\("#, "aa", "a", "a b", #"x\.y"#, #"\.\."#, "K", ";", "elvin", #"print\(\)"#, "prin", #"\(\("#,
        // a required literal first: the engine on the lines that have it
        #"print\(\w*"#, #"print\(.?"#, "aa+", "a{2}", #"x\.y*"#, #"\bprint\("#, #"^\s*print\("#, #"x\d+y"#,
        "ce\u{301}", "pri(?i)nt", "prin.",
        // no shortcut
        "TODO|print", "[pP]rint", "(?i)print", "a*", #"\w+"#, "^p", "$",
    ]

    func testEveryPathFindsWhatTheEngineFindsOnEveryLine() throws {
        for pattern in Self.patterns {
            for tokenClass in [RegexRule.TokenClass.any, .code, .strings, .comments] {
                let rule = try rule(pattern, in: tokenClass)
                // Files that do not lex are unanalysable: no rule runs on them.
                for text in Self.tricky where Tokenizer.tokenize(utf8: Array(text.utf8)).error == nil {
                    let file = try context(text)
                    XCTAssertEqual(spans(findings(rule, file)), spans(engineOnEveryLine(rule, file)),
                                   "pattern \(pattern.debugDescription) in \(tokenClass) on \(text.prefix(80).debugDescription)")
                }
            }
        }
    }

    func testSearchIsChosenFromThePattern() throws {
        func kind(_ pattern: String) throws -> String {
            switch try rule(pattern).search {
            case .literal(let text): return "literal " + String(decoding: text.needle, as: UTF8.self)
            case .prefiltered(let text): return "prefiltered " + String(decoding: text.needle, as: UTF8.self)
            case .everyLine: return "every line"
            }
        }
        XCTAssertEqual(try kind(#"print\("#), "literal print(")
        XCTAssertEqual(try kind(#"breakpoint\(\)"#), "literal breakpoint()")
        XCTAssertEqual(try kind("a b"), "literal a b")
        XCTAssertEqual(try kind(#"print\(\w*"#), "prefiltered print(")
        XCTAssertEqual(try kind(#"\bprint\("#), "prefiltered print(")
        XCTAssertEqual(try kind("TODO|FIXME"), "every line")
    }

    func testOverlappingOccurrencesAreMatchedLeftToRightWithoutOverlap() throws {
        let file = try context("aaaa\naaaaa\n")
        XCTAssertEqual(spans(findings(try rule("aa"), file)),
                       ["1:1-1:3 m: aa", "1:3-1:5 m: aa", "2:1-2:3 m: aa", "2:3-2:5 m: aa"])
    }

    func testColumnsCountCodePointsBeforeAPlainTextMatch() throws {
        let file = try context("s = '🚀 naïve'; print(s)\n")
        XCTAssertEqual(spans(findings(try rule(#"print\("#), file)), ["1:16-1:22 m: print("])
    }

    func testAMarkJoinedToTheMatchLeavesTheLineToTheEngine() throws {
        XCTAssertEqual(findings(try rule(#"print\("#), try context("# print(\u{301}x)\n")), [])
        XCTAssertEqual(findings(try rule(#"print\("#), try context("# \u{600}print(x)\n")), [])
        XCTAssertEqual(spans(findings(try rule(#"print\("#), try context("# e\u{301}print(x)\n"))), ["1:5-1:11 m: print("])
    }
}
