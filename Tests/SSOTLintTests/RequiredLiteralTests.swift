@testable import SSOTLint
import XCTest

/// The literal prefilter of `regex` rules must never skip a line that could match.
final class RequiredLiteralTests: XCTestCase {
    func literal(_ pattern: String) -> String? {
        RequiredLiteral.longest(in: pattern).map { String(decoding: $0, as: UTF8.self) }
    }

    func testLiteralsAreReadConservatively() {
        XCTAssertEqual(literal(#"print\("#), "print(")
        XCTAssertEqual(literal(#"os\.environ\[.*\]"#), "os.environ[")
        XCTAssertEqual(literal("TODO:?"), "TODO", "a quantifier makes the last character optional")
        XCTAssertEqual(literal("colou?r"), "colo")
        XCTAssertNil(literal("foo|bar"), "alternation: no shortcut")
        XCTAssertNil(literal("(?i)print"), "flags: no shortcut")
        XCTAssertEqual(literal(#"\bprint\("#), "print(", "an assertion first")
        XCTAssertEqual(literal(#"^\s*print\(\w*\)"#), "print(")
        XCTAssertEqual(literal(#"x\d+y"#), "x", "the longest run; ties: the first")
        XCTAssertEqual(literal("ab+cd"), "ab", "`+` keeps its character but ends the run")
        XCTAssertEqual(literal("abc*de"), "ab")
        XCTAssertEqual(literal("a.bcd"), "bcd")
        XCTAssertEqual(literal("ab{2}cdef"), "a", "reading stops at a counted quantifier")
        XCTAssertEqual(literal("ab(cdef)"), "ab", "reading stops at a group")
        XCTAssertEqual(literal("ab[c]def"), "ab", "reading stops at a class")
        XCTAssertEqual(literal(#"ab\x41cdef"#), "ab", "reading stops at an escape it does not know")
        XCTAssertNil(literal("[pP]rint"), "a class first")
        XCTAssertNil(literal("a*"))
        XCTAssertEqual(literal(#"requests\.get\w+"#), "requests.get")
    }

    /// A character followed by a combining mark is one grapheme cluster to the engine,
    /// matched up to canonical equivalence: `ce\u{301}` matches `c\u{E9}`, so `e` is not required.
    func testACharacterJoinedByANonASCIIScalarIsNotRequired() throws {
        XCTAssertEqual(literal("ce\u{301}"), "c")
        XCTAssertEqual(literal("abc\\\u{301}"), "ab", "an escaped one too")
        XCTAssertEqual("c\u{E9}".matches(of: try Regex("ce\u{301}")).count, 1)
    }

    func testOccurs() {
        let text = Array("x = print(1)".utf8)[...]
        XCTAssertTrue(RequiredLiteral.occurs(Array("print(".utf8), in: text))
        XCTAssertFalse(RequiredLiteral.occurs(Array("print[".utf8), in: text))
        XCTAssertTrue(RequiredLiteral.occurs(Array("x ".utf8), in: text))
        XCTAssertTrue(RequiredLiteral.occurs(Array("1)".utf8), in: text))
        XCTAssertFalse(RequiredLiteral.occurs(Array("1)x".utf8), in: text))
        XCTAssertFalse(RequiredLiteral.occurs(Array("ab".utf8), in: []))
    }
}
