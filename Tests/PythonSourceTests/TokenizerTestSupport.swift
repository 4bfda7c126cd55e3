import PythonSource
import XCTest

/// Token streams as one short line of text, so that a tokenizer test is one line of
/// Python and one line of expected tokens: `NAME:x OP:= NUMBER:1 NEWLINE`.
///
/// - Kinds are spelled as CPython 3.12's `token.tok_name` spells them.
/// - Text follows the colon, with line ends and other invisible characters shown as
///   `⏎` (`\n`), `␍` (`\r`), `⇥` (tab) and `␌` (form feed); backslashes are shown as is.
/// - NEWLINE and NL show text only when it is not a plain `\n` (`NEWLINE:␍⏎`), and
///   `:''` when they are empty (the implicit NEWLINE at the end of input).
/// - INDENT, DEDENT and ENDMARKER show no text. The final ENDMARKER is left out of the
///   line; `assertTokens` checks it separately.
enum TokenRendering {
    static func kindName(_ kind: TokenKind) -> String {
        switch kind {
        case .name: return "NAME"
        case .number: return "NUMBER"
        case .string: return "STRING"
        case .fstringStart: return "FSTRING_START"
        case .fstringMiddle: return "FSTRING_MIDDLE"
        case .fstringEnd: return "FSTRING_END"
        case .op: return "OP"
        case .comment: return "COMMENT"
        case .newline: return "NEWLINE"
        case .nl: return "NL"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .errorToken: return "ERRORTOKEN"
        case .endMarker: return "ENDMARKER"
        }
    }

    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "⏎"
            case "\r": result += "␍"
            case "\t": result += "⇥"
            case "\u{0C}": result += "␌"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `KIND` or `KIND:text` for one token, by the rules above.
    static func render(type: String, text: String) -> String {
        switch type {
        case "INDENT", "DEDENT", "ENDMARKER":
            return type
        case "NEWLINE" where text == "\n", "NL" where text == "\n":
            return type
        default:
            return text.isEmpty ? "\(type):''" : "\(type):\(visible(text))"
        }
    }

    static func text(of token: Token, in utf8: [UInt8]) -> String {
        String(decoding: utf8[token.range], as: UTF8.self)
    }

    /// The tokens of `source`, without the final ENDMARKER.
    static func tokens(_ source: String) -> String {
        let utf8 = Array(source.utf8)
        var tokens = Tokenizer.tokenize(utf8: utf8).tokens
        if tokens.last?.kind == .endMarker { tokens.removeLast() }
        return tokens.map { render(type: kindName($0.kind), text: text(of: $0, in: utf8)) }
            .joined(separator: " ")
    }

    /// Every token with its byte range: `NAME:x@0..<1 NEWLINE:␍⏎@1..<3 ENDMARKER@3..<3`.
    static func ranges(_ source: String) -> String {
        let utf8 = Array(source.utf8)
        return Tokenizer.tokenize(utf8: utf8).tokens.map {
            "\(render(type: kindName($0.kind), text: text(of: $0, in: utf8)))@\($0.start)..<\($0.end)"
        }.joined(separator: " ")
    }

    /// The CPython 3.11 view, positions as `tokenize` prints them (1-based line, 0-based
    /// code-point column): `NAME:café@1:0-1:4 … ENDMARKER@2:0-2:0`.
    static func cpythonView(_ source: String) -> String {
        let file = SourceFile(utf8: Array(source.utf8))
        return CPythonTokenView.tokens(of: file, Tokenizer.tokenize(file)).map {
            "\(render(type: $0.type, text: $0.string))@\($0.startLine):\($0.startColumn)-\($0.endLine):\($0.endColumn)"
        }.joined(separator: " ")
    }

    /// The first lexing error as `line:column message`, with our 1-based line and
    /// code-point column of its offset; nil when the source lexes cleanly.
    static func error(_ source: String) -> String? {
        let file = SourceFile(utf8: Array(source.utf8))
        guard let error = Tokenizer.tokenize(file).error else { return nil }
        let position = file.position(of: error.offset)
        return "\(position.line):\(position.column) \(error.message)"
    }

    /// The first lexing error as `line N: message`, where only CPython's line is certain.
    static func errorLine(_ source: String) -> String? {
        let file = SourceFile(utf8: Array(source.utf8))
        guard let error = Tokenizer.tokenize(file).error else { return nil }
        return "line \(file.position(of: error.offset).line): \(error.message)"
    }
}

extension XCTestCase {
    /// Asserts the token line of `source` and its error (none by default). A source
    /// that lexes cleanly must also end with one ENDMARKER, empty, at the end of input.
    func assertTokens(
        _ source: String, _ expected: String, error expectedError: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(TokenRendering.tokens(source), expected, "tokens", file: file, line: line)
        XCTAssertEqual(TokenRendering.error(source), expectedError, "error", file: file, line: line)
        guard expectedError == nil else { return }
        let end = UInt32(source.utf8.count)
        let tokens = Tokenizer.tokenize(utf8: Array(source.utf8)).tokens
        XCTAssertEqual(tokens.last, Token(kind: .endMarker, start: end, end: end), "ENDMARKER", file: file, line: line)
        XCTAssertEqual(tokens.filter { $0.kind == .endMarker }.count, 1, "one ENDMARKER", file: file, line: line)
    }

    func assertRanges(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(TokenRendering.ranges(source), expected, file: file, line: line)
    }

    func assertCPythonView(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(TokenRendering.cpythonView(source), expected, file: file, line: line)
    }
}
