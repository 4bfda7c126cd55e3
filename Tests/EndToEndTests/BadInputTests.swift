import Foundation
import XCTest

/// Bad Python never crashes the tool (SPEC §6, §8): each input below sits in a project
/// beside `env.py`, which holds one ENV001 violation, and `check --format json` must give
/// the bad file its one positioned finding, still analyse `env.py`, and exit 1 (an error
/// finding, SPEC §2). Lines were checked against CPython 3.12's `tokenize`; columns are
/// 1-based code points at the offending character.
final class BadInputTests: XCTestCase {
    static let environmentUse = "import os\n\nvalue = os.environ[\"HOME\"]\n"
    static let environmentFinding = "env.py:3:9: " + Expected.env001("os.environ")

    /// `path:line:col: rule message` of every finding of a `check --format json` run.
    static func findingLines(_ result: CommandResult, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        try FindingsDocument(result.stdout, file: file, line: line).findings.map { finding in
            "\(finding["path"] ?? "?"):\(finding["line"] ?? "?"):\(finding["col"] ?? "?"): "
                + "\(finding["rule"] ?? "?") \(finding["message"] ?? "?")"
        }
    }

    /// Checks a project of `bad.py` (these bytes) and `env.py`; `expected` are the
    /// findings of `bad.py` (`line:col: rule message`), which come before env.py's.
    func assertBadFile(_ bytes: [UInt8], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let tree = try ProjectTree(self, files: ["env.py": Self.environmentUse])
        try tree.write("bad.py", bytes: bytes)
        let result = try tree.run("check", "--format", "json")
        XCTAssertEqual(result.exitCode, 1, result.transcript, file: file, line: line)
        XCTAssertEqual(result.errors, "", "nothing on standard error", file: file, line: line)
        XCTAssertEqual(try Self.findingLines(result, file: file, line: line),
                       expected.map { "bad.py:" + $0 } + [Self.environmentFinding], file: file, line: line)
    }

    func assertBadFile(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        try assertBadFile(Array(text.utf8), expected, file: file, line: line)
    }

    // MARK: Strings and f-strings

    func testUnterminatedSingleQuotedStrings() throws {
        try assertBadFile("x = 1\ns = \"abc\ny = 2\n", ["2:5: syntax-error unterminated string literal"])
        try assertBadFile("x = 1\ns = 'abc\ny = 2\n", ["2:5: syntax-error unterminated string literal"])
    }

    func testUnterminatedTripleQuotedStrings() throws {
        try assertBadFile("x = 1\ns = \"\"\"abc\ny = 2\n", ["2:5: syntax-error unterminated triple-quoted string literal"])
        try assertBadFile("x = 1\n\ns = '''abc\ny = 2\n", ["3:5: syntax-error unterminated triple-quoted string literal"])
    }

    func testUnterminatedFStrings() throws {
        try assertBadFile("x = 1\ns = f\"abc {x}\ny = 2\n", ["2:5: syntax-error unterminated f-string literal"])
        try assertBadFile("x = 1\ns = f\"\"\"abc {x}\ny = 2\n",
                          ["2:5: syntax-error unterminated triple-quoted f-string literal"])
        try assertBadFile("x = 1\ns = f\"abc {x\"\ny = 2\n", ["2:13: syntax-error f-string: expecting '}'"])
    }

    /// End of input inside a replacement field or brackets is reported at the end of the
    /// input (CPython's `tokenize` names the last line read, line 3, instead).
    func testEndOfInputInsideBrackets() throws {
        try assertBadFile("x = 1\ns = f\"abc{x\ny = 2\n", ["4:1: syntax-error unexpected EOF in multi-line statement"])
        try assertBadFile("x = 1\ny = foo(1,\n  [2, 3\n", ["4:1: syntax-error unexpected EOF in multi-line statement"])
    }

    // MARK: Indentation

    func testInconsistentDedent() throws {
        try assertBadFile("if x:\n        a = 1\n    b = 2\n",
                          ["3:5: syntax-error unindent does not match any outer indentation level"])
    }

    func testTabsAndSpaces() throws {
        try assertBadFile("if x:\n\ta = 1\n        b = 2\n",
                          ["3:9: syntax-error inconsistent use of tabs and spaces in indentation"])
        try assertBadFile("if x:\n        a = 1\n\tb = 2\n",
                          ["3:2: syntax-error inconsistent use of tabs and spaces in indentation"])
    }

    // MARK: Bytes and encodings

    func testNULByteAndControlCharacter() throws {
        try assertBadFile(Array("x = 1\ny = 2".utf8) + [0] + Array("\nz = 3\n".utf8),
                          ["2:6: syntax-error source code cannot contain null bytes"])
        try assertBadFile(Array("x = 1\ny = ".utf8) + [1] + Array("\n".utf8),
                          ["2:5: syntax-error invalid non-printable character U+0001"])
    }

    static let utf8Advice = "; save the file as UTF-8 or declare its encoding in a coding line (PEP 263)"

    func testInvalidUTF8IsAnEncodingErrorAtTheFirstBadByte() throws {
        let cases: [([UInt8], String)] = [
            ([0xFF], "0xff: invalid start byte"),
            ([0xC0, 0xAF], "0xc0: invalid start byte"),
            ([0xED, 0xA0, 0x80], "0xed: invalid continuation byte"),
            ([0xC3], "0xc3: unexpected end of data"),
        ]
        for (bad, reason) in cases {
            // The bad bytes follow `y = 2  # ab` on line 2; a truncated sequence ends the file.
            let bytes = Array("x = 1\ny = 2  # ab".utf8) + bad + (bad == [0xC3] ? [] : Array("\n".utf8))
            try assertBadFile(bytes, ["2:12: encoding-error 'utf-8' codec can't decode byte \(reason)" + Self.utf8Advice])
        }
    }

    /// Latin-1 bytes without a coding line are not UTF-8; CPython says so differently on
    /// the first two lines (where a coding line may be) and below them.
    func testLatin1WithoutACodingLine() throws {
        try assertBadFile(Array("# Caf".utf8) + [0xE9] + Array(" au lait\nimport os\nv = os.environ\n".utf8),
                          ["1:6: encoding-error invalid or missing encoding declaration"])
        try assertBadFile(Array("import os\nv = os.environ\nname = \"caf".utf8) + [0xE9] + Array("\"\n".utf8),
                          ["3:12: encoding-error 'utf-8' codec can't decode byte 0xe9: invalid continuation byte"
                              + Self.utf8Advice])
    }

    /// With a coding line the file is analysed, and columns count decoded characters.
    func testLatin1WithACodingLineIsAnalysed() throws {
        let bytes = Array("# -*- coding: latin-1 -*-\n# Caf".utf8) + [0xE9] + Array("\nimport os\nv = \"".utf8)
            + [0xE9, 0x74, 0xE9] + Array("\"; w = os.environ[\"A\"]\n".utf8)
        try assertBadFile(bytes, ["4:16: " + Expected.env001("os.environ")])
    }

    func testUnknownCodec() throws {
        try assertBadFile("# coding: klingon\nx = 1\n", ["1:11: encoding-error unknown encoding: klingon"])
    }

    func testByteOrderMarkIsNotCounted() throws {
        try assertBadFile([0xEF, 0xBB, 0xBF] + Array("import os; v = os.environ[\"A\"]\n".utf8),
                          ["1:16: " + Expected.env001("os.environ")])
        try assertBadFile([0xEF, 0xBB, 0xBF] + Array("x = 1\ns = \"abc\n".utf8),
                          ["2:5: syntax-error unterminated string literal"])
    }

    // MARK: Line ends

    func testCRLFLineEnds() throws {
        try assertBadFile("import os\r\n\r\nv = os.environ[\"A\"]\r\n", ["3:5: " + Expected.env001("os.environ")])
        try assertBadFile("x = 1\r\ns = \"abc\r\ny = 2\r\n", ["2:5: syntax-error unterminated string literal"])
    }

    func testLoneCRLineEnds() throws {
        try assertBadFile("import os\r\rv = os.environ[\"A\"]\r", ["3:5: " + Expected.env001("os.environ")])
        try assertBadFile("x = 1\rs = \"abc\ry = 2\r", ["2:5: syntax-error unterminated string literal"])
        try assertBadFile("import os\r\n\rv = 1\nw = os.environ\r", ["4:5: " + Expected.env001("os.environ")])
    }

    // MARK: Nesting limits (CPython: 200 brackets, 149 f-strings, 100 indentation levels)

    func testTenThousandNestedBracketsFailAtTheTwoHundredAndFirst() throws {
        let depth = 10_000
        try assertBadFile("x = 1\ny = " + String(repeating: "(", count: depth) + "1"
                              + String(repeating: ")", count: depth) + "\n",
                          ["2:205: syntax-error too many nested parentheses"])
        try assertBadFile("x = 1\ny = " + String(repeating: "([{", count: depth / 3) + "1"
                              + String(repeating: "}])", count: depth / 3) + "\n",
                          ["2:205: syntax-error too many nested parentheses"])
        try assertBadFile("import os\ny = " + String(repeating: "(", count: 200) + "os.environ"
                              + String(repeating: ")", count: 200) + "\n",
                          ["2:205: " + Expected.env001("os.environ")])
    }

    /// CPython 3.12 refuses the 150th nested f-string (its limit of 150 counts the
    /// regular mode); the finding is at that f-string's `f`: `y = ` plus 149 × `f"{`.
    func testTenThousandDeepFStringChainFailsAtTheHundredAndFiftieth() throws {
        func chain(_ depth: Int, quote: String, inner: String = "1") -> String {
            String(repeating: "f\(quote){", count: depth) + inner + String(repeating: "}\(quote)", count: depth)
        }
        for quote in ["\"", "'"] {
            try assertBadFile("x = 1\ny = " + chain(10_000, quote: quote) + "\n",
                              ["2:452: syntax-error too many nested f-strings"])
        }
        try assertBadFile("import os\ny = " + chain(149, quote: "\"", inner: "os.environ") + "\n",
                          ["2:452: " + Expected.env001("os.environ")])
    }

    func testMoreThanAHundredIndentationLevels() throws {
        let text = (0..<150).map { String(repeating: "    ", count: $0) + "if x:\n" }.joined()
            + String(repeating: "    ", count: 150) + "pass\n"
        try assertBadFile(text, ["101:401: syntax-error too many levels of indentation"])
    }

    // MARK: Harmless inputs

    /// Empty and comment-only files have no findings and count as compliant files.
    func testEmptyAndCommentOnlyFilesAreCompliant() throws {
        let tree = try ProjectTree(self, files: [
            "env.py": Self.environmentUse, "empty.py": "", "comments.py": "# one\n# two\n",
            "comments_no_newline.py": "# one\n# two", "blank.py": "\n\n   \n\t\n",
        ])
        let result = try tree.run("check", "--format", "json")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(try Self.findingLines(result), [Self.environmentFinding])
        let report = try tree.run("report", "--format", "json")
        XCTAssertEqual(report.exitCode, 0, report.transcript)
        let top = try XCTUnwrap(JSONSerialization.jsonObject(with: report.stdout) as? [String: Any])
        let overall = try XCTUnwrap((top["report"] as? [String: Any])?["overall"] as? [String: Any])
        XCTAssertEqual(overall["files"] as? Int, 5)
        XCTAssertEqual(overall["compliant"] as? Int, 4)
    }

    /// An unanalysable file is never compliant, is listed in the report, and its
    /// finding cannot be suppressed.
    func testUnanalysableFileIsListedAndCannotBeSuppressed() throws {
        let tree = try ProjectTree(self, files: [
            "env.py": Self.environmentUse, "bad.py": "# ssotlint: ignore-file\nx = 1\ns = \"abc  # ssotlint: ignore\n",
        ])
        let result = try tree.run("check", "--format", "json")
        XCTAssertEqual(result.exitCode, 1, result.transcript)
        XCTAssertEqual(try Self.findingLines(result),
                       ["bad.py:3:5: syntax-error unterminated string literal", Self.environmentFinding])
        let report = try tree.run("report", "--format", "json")
        let top = try XCTUnwrap(JSONSerialization.jsonObject(with: report.stdout) as? [String: Any])
        let body = try XCTUnwrap(top["report"] as? [String: Any])
        let unanalysable = try XCTUnwrap(body["unanalysable"] as? [[String: Any]])
        XCTAssertEqual(unanalysable.map { "\($0["path"] ?? ""):\($0["line"] ?? ""):\($0["col"] ?? ""): \($0["rule"] ?? "")" },
                       ["bad.py:3:5: syntax-error"])
        XCTAssertEqual((body["overall"] as? [String: Any])?["compliant"] as? Int, 0)
    }
}
