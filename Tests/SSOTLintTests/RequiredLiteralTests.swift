@testable import SSOTLint
import XCTest

/// The literal prefilter of `regex` rules must never skip a line that could match.
final class RequiredLiteralTests: XCTestCase {
    func literal(_ pattern: String) -> String? {
        RequiredLiteral.prefix(of: pattern).map { String(decoding: $0, as: UTF8.self) }
    }

    func testLiteralsAreReadConservatively() {
        XCTAssertEqual(literal(#"print\("#), "print(")
        XCTAssertEqual(literal(#"os\.environ\[.*\]"#), "os.environ[")
        XCTAssertEqual(literal("TODO:?"), "TODO", "a quantifier makes the last character optional")
        XCTAssertEqual(literal("colou?r"), "colo")
        XCTAssertNil(literal("foo|bar"), "alternation: no shortcut")
        XCTAssertNil(literal("(?i)print"), "flags: no shortcut")
        XCTAssertNil(literal(#"\bprint"#), "an assertion first")
        XCTAssertNil(literal("[pP]rint"), "a class first")
        XCTAssertNil(literal("a*"))
        XCTAssertEqual(literal(#"requests\.get\w+"#), "requests.get")
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
