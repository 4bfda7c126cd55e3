import Foundation
import PythonSource
import XCTest

/// Differential test of the tokenizer's error verdicts against CPython 3.12's `tokenize`.
/// The corpus is `Fixtures/error-cases.json`, made by `scripts/oracle/make_error_cases.py`:
/// each case says whether `tokenize.generate_tokens` raises and at which (line, col).
///
/// Asserted: we report an error exactly when CPython raises and, when both do, on
/// CPython's line. Columns are shown, never compared. Line conventions:
/// - The oracle reads with universal newlines, as `tokenize.open` reads files, so
///   `\n`, `\r\n` and a lone `\r` each end a line (SPEC §4).
/// - Per message, `eofMessages`: CPython reports EOF errors on the last line it read;
///   an offset at the very end of input after a final `\n` counts as on that line.
/// - NUL bytes need no rule: 3.12.1 reports them at (their line, 0).
final class TokenizerErrorDifferentialTests: XCTestCase {
    struct Case: Decodable {
        let name: String
        let source_b64: String
        let raises: Bool
        let exception: String?
        let line: Int?
        let col: Int?
        let message: String?
    }

    /// CPython messages whose line is "the last line read" (see above).
    static let eofMessages = ["unexpected EOF in multi-line statement"]

    static var fixtureURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/error-cases.json")
    }

    static func loadCases() throws -> [Case] {
        let data = try Data(contentsOf: fixtureURL)
        return try JSONDecoder().decode([Case].self, from: data)
    }

    /// CPython's line for a byte offset (see the conventions above).
    static func cpythonLine(of offset: Int, in bytes: [UInt8], eof: Bool = false) -> Int {
        var end = min(offset, bytes.count)
        if eof, end == bytes.count, end > 0, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
            if end > 0, bytes[end] == UInt8(ascii: "\n"), bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        return LineTable(utf8: Array(bytes[..<end])).lineCount
    }

    /// 1-based code-point column of `offset` in its `\n`-delimited line (display only).
    static func cpythonColumn(of offset: Int, in bytes: [UInt8]) -> Int {
        let end = min(offset, bytes.count)
        let start = (bytes[..<end].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        return 1 + bytes[start..<end].lazy.filter { $0 & 0xC0 != 0x80 }.count
    }

    /// Python-like repr of the source, short enough for a failure list.
    static func repr(_ bytes: [UInt8], limit: Int = 100) -> String {
        var text = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\\": text += "\\\\"
            case "'": text += "\\'"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    text += String(format: "\\x%02x", scalar.value)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
            if text.count > limit { return "'" + text.prefix(limit) + "'…(\(bytes.count) bytes)" }
        }
        return "'" + text + "'"
    }

    func testErrorVerdictsMatchCPython312() throws {
        let cases = try Self.loadCases()
        XCTAssertGreaterThan(cases.count, 300, "corpus too small; regenerate it")
        var mismatches: [String] = []
        var raisedBoth = 0
        for item in cases {
            guard let data = Data(base64Encoded: item.source_b64) else {
                XCTFail("\(item.name): bad base64")
                continue
            }
            let bytes = [UInt8](data)
            let error = Tokenizer.tokenize(utf8: bytes).error
            let expected = item.raises
                ? "raises \(item.exception ?? "?") '\(item.message ?? "")' at (\(item.line ?? 0), \(item.col ?? 0))"
                : "no error"
            var actual = "no error"
            var actualLine: Int?
            if let error {
                let offset = Int(error.offset)
                let eof = Self.eofMessages.contains { item.message?.hasPrefix($0) ?? false }
                let line = Self.cpythonLine(of: offset, in: bytes, eof: eof)
                let column = Self.cpythonColumn(of: offset, in: bytes)
                let position = SourceFile(utf8: bytes).position(of: error.offset)
                let ours = position == SourcePosition(line: line, column: column)
                    ? "" : " [SourceFile: \(position.line):\(position.column)]"
                actual = "error '\(error.message)' at offset \(offset) = (\(line), col \(column))\(ours)"
                actualLine = line
            }
            var problem: String?
            if item.raises != (error != nil) {
                problem = item.raises ? "MISSING ERROR" : "SPURIOUS ERROR"
            } else if item.raises, let line = item.line, let actualLine, line != actualLine {
                problem = "WRONG LINE"
            }
            if item.raises && error != nil { raisedBoth += 1 }
            if let problem {
                mismatches.append("""
                    [\(problem)] \(item.name)
                        source:   \(Self.repr(bytes))
                        CPython:  \(expected)
                        ours:     \(actual)
                    """)
            }
        }
        if !mismatches.isEmpty {
            XCTFail("""
                \(mismatches.count) of \(cases.count) cases differ from CPython 3.12 tokenize \
                (\(raisedBoth) raise in both):
                \(mismatches.joined(separator: "\n"))
                """)
        }
    }

    /// The corpus must hold every error class and near-miss valid inputs.
    func testCorpusCoversErrorClasses() throws {
        let cases = try Self.loadCases()
        let names = Set(cases.map(\.name))
        XCTAssertEqual(names.count, cases.count, "duplicate case names")
        let messages = Set(cases.compactMap(\.message))
        for needle in [
            "unterminated string literal", "unterminated f-string literal",
            "unterminated triple-quoted f-string literal", "EOF in multi-line string",
            "f-string: expecting '}'", "f-string: single '}' is not allowed",
            "unexpected EOF in multi-line statement", "unindent does not match",
            "inconsistent use of tabs and spaces", "invalid decimal literal",
            "unexpected character after line continuation", "source code cannot contain null bytes",
            "invalid non-printable character", "too many nested parentheses",
            "too many nested f-strings", "too many levels of indentation",
        ] {
            XCTAssertTrue(messages.contains { $0.contains(needle) }, "no case raises '\(needle)'")
        }
        XCTAssertGreaterThan(cases.filter { !$0.raises }.count, 100, "too few valid near-misses")
    }
}
