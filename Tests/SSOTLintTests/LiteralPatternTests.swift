@testable import SSOTLint
import XCTest

/// Which `regex` patterns are plain text, searched for as bytes without the engine.
final class LiteralPatternTests: XCTestCase {
    func text(_ pattern: String) -> String? {
        LiteralPattern.bytes(of: pattern).map { String(decoding: $0, as: UTF8.self) }
    }

    func testPlainTextIsReadWithItsEscapes() {
        XCTAssertEqual(text(#"print\("#), "print(")
        XCTAssertEqual(text(#"breakpoint\(\)"#), "breakpoint()")
        XCTAssertEqual(text(#"os\.environ\["#), "os.environ[")
        XCTAssertEqual(text("a b"), "a b")
        XCTAssertEqual(text(#"a\\b"#), #"a\b"#)
        XCTAssertEqual(text("x-y=z, #1"), "x-y=z, #1")
    }

    func testAnythingElseIsLeftToTheEngine() {
        for pattern in ["", "a.b", "a*", "a+", "a?", "a{2}", "(a)", "[ab]", "a|b", "^a", "a$", #"\w"#, #"\bprint"#,
                        #"\x41"#, #"\u{41}"#, #"\1"#, #"\Qa\E"#, "(?i)print", "café", "a\tb", #"a\"#] {
            XCTAssertNil(text(pattern), pattern.debugDescription)
        }
    }

    /// The reader takes `\` + printable ASCII punctuation as that character: so does the engine.
    func testEveryEscapeTheReaderAcceptsIsThatCharacterToTheEngine() throws {
        for byte in UInt8(0x20)...0x7E {
            let pattern = "\\" + String(UnicodeScalar(byte))
            guard let literal = LiteralPattern.bytes(of: pattern) else { continue }
            XCTAssertEqual(literal, [byte])
            let subject = "x" + String(UnicodeScalar(byte)) + "y"
            let matches = subject.matches(of: try Regex(pattern)).map { String(subject[$0.range]) }
            XCTAssertEqual(matches, [String(UnicodeScalar(byte))], pattern.debugDescription)
        }
    }
}
