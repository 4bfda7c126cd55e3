import XCTest
@testable import SSOTLint

final class TextDocumentTests: XCTestCase {
    // "a😀é = x": the emoji is 4 UTF-8 bytes and 2 UTF-16 units, é is 2 bytes and 1 unit.
    let document = TextDocument("first\r\na😀é = x\rlast")

    func testFindingColumnsBecomePositionsInEachEncoding() {
        // Column 5 (1-based code points) is the '='.
        XCTAssertEqual(document.position(line: 2, column: 5, encoding: .utf32), LSP.Position(line: 1, character: 4))
        XCTAssertEqual(document.position(line: 2, column: 5, encoding: .utf16), LSP.Position(line: 1, character: 5))
        XCTAssertEqual(document.position(line: 2, column: 5, encoding: .utf8), LSP.Position(line: 1, character: 8))
        // Past the line's end: one unit per column.
        XCTAssertEqual(document.position(line: 3, column: 7, encoding: .utf16), LSP.Position(line: 2, character: 6))
    }

    func testOffsetsAndPositionsRoundTrip() {
        let equals = Array(document.bytes).firstIndex(of: UInt8(ascii: "="))!
        for encoding in LSP.PositionEncoding.allCases {
            let position = document.position(ofOffset: equals, encoding: encoding)
            XCTAssertEqual(document.offset(of: position, encoding: encoding), equals, "\(encoding)")
        }
        // Characters past the end of a line stop at its end, before the line break.
        XCTAssertEqual(document.offset(of: LSP.Position(line: 0, character: 99), encoding: .utf16), 5)
        XCTAssertEqual(document.offset(of: LSP.Position(line: 9, character: 0), encoding: .utf16), document.bytes.count)
    }

    func testIncrementalChangesInUTF16() {
        var text = document
        // Replace "é = x" (after the emoji: UTF-16 character 3) with "!".
        text.apply(LSP.ContentChange(range: LSP.Range(start: LSP.Position(line: 1, character: 3),
                                                      end: LSP.Position(line: 1, character: 8)), text: "!"),
                   encoding: .utf16)
        XCTAssertEqual(text.text, "first\r\na😀!\rlast")
        text.apply(LSP.ContentChange(range: LSP.Range(start: LSP.Position(line: 0, character: 5),
                                                      end: LSP.Position(line: 2, character: 0)), text: "\n"),
                   encoding: .utf16)
        XCTAssertEqual(text.text, "first\nlast")
        XCTAssertEqual(text.lineCount, 2)
        text.apply(LSP.ContentChange(range: nil, text: "whole"), encoding: .utf16)
        XCTAssertEqual(text.text, "whole")
    }

    func testEncodingNegotiation() {
        XCTAssertEqual(LSP.PositionEncoding.negotiate(nil), .utf16)
        XCTAssertEqual(LSP.PositionEncoding.negotiate(["utf-16"]), .utf16)
        XCTAssertEqual(LSP.PositionEncoding.negotiate(["utf-32", "utf-16"]), .utf32)
        XCTAssertEqual(LSP.PositionEncoding.negotiate(["utf-16", "utf-32", "utf-8"]), .utf8)
    }
}
