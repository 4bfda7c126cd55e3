import PythonSource
import XCTest

/// A backslash before a line end inside an f-string's literal part continues the
/// literal on the next line, whatever the line end: `\n`, `\r\n` or a lone `\r` (SPEC §4).
/// Found by the fuzzer: `f'{{{x}\` + CR + `'` was "unterminated" while the LF twin lexed.
final class LineContinuationInFStringTests: XCTestCase {
    func testEveryLineEndAfterABackslashContinuesTheLiteral() {
        for body in ["f'{{{x}\\%@'", "f'a\\%@'", "f'{x}\\%@b'", "rf'{x}\\%@'"] {
            var kinds: [[TokenKind]] = []
            for end in ["\n", "\r\n", "\r"] {
                let text = body.replacingOccurrences(of: "%@", with: end)
                let tokenized = Tokenizer.tokenize(utf8: Array(text.utf8))
                XCTAssertNil(tokenized.error, "\(text.debugDescription): \(String(describing: tokenized.error))")
                kinds.append(tokenized.tokens.map(\.kind))
            }
            XCTAssertEqual(kinds[0], kinds[1], body)
            XCTAssertEqual(kinds[0], kinds[2], body)
        }
    }
}
