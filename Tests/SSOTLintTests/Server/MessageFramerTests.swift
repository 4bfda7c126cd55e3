import XCTest
@testable import SSOTLint

final class MessageFramerTests: XCTestCase {
    func frames(_ chunks: [String]) -> [MessageFramer.Frame] {
        var framer = MessageFramer()
        var frames: [MessageFramer.Frame] = []
        for chunk in chunks {
            framer.append(Array(chunk.utf8))
            while let frame = framer.next() { frames.append(frame) }
        }
        return frames
    }

    func testBodiesSplitAnywhereComeOutWhole() {
        let stream = "Content-Length: 2\r\n\r\n{}Content-Length: 7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1,2,3]"
        let whole = frames([stream])
        XCTAssertEqual(whole, [.body(Array("{}".utf8)), .body(Array("[1,2,3]".utf8))])
        // Every split point, byte by byte, gives the same frames.
        for split in 1..<stream.utf8.count {
            let bytes = Array(stream.utf8)
            var framer = MessageFramer()
            var result: [MessageFramer.Frame] = []
            framer.append(bytes[..<split])
            while let frame = framer.next() { result.append(frame) }
            framer.append(bytes[split...])
            while let frame = framer.next() { result.append(frame) }
            XCTAssertEqual(result, whole, "split at \(split)")
        }
    }

    func testContentLengthCountsBytesNotCharacters() {
        let body = #"{"text":"😀é"}"#
        XCTAssertEqual(frames(["Content-Length: \(body.utf8.count)\r\n\r\n" + body]), [.body(Array(body.utf8))])
        XCTAssertEqual(MessageFramer.frame(Array(body.utf8)), Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8))
    }

    func testHeaderNamesAreCaseInsensitive() {
        XCTAssertEqual(frames(["content-length:3\r\n\r\nabc"]), [.body(Array("abc".utf8))])
    }

    func testBadHeadersAreSkippedAndReadingGoesOn() {
        let result = frames(["Content-Type: x\r\n\r\n", "Content-Length: ten\r\n\r\n", "garbage\r\n\r\n",
                             "Content-Length: 99999999999\r\n\r\n", "Content-Length: 2\r\n\r\n{}"])
        XCTAssertEqual(result.count, 5)
        for frame in result.prefix(4) {
            guard case .badHeader = frame else { return XCTFail("expected a bad header, got \(frame)") }
        }
        XCTAssertEqual(result.last, .body(Array("{}".utf8)))
    }

    func testAnIncompleteBodyWaits() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: 10\r\n\r\n12345".utf8))
        XCTAssertNil(framer.next())
        XCTAssertEqual(framer.bufferedByteCount, 5)
        framer.append(Array("67890".utf8))
        XCTAssertEqual(framer.next(), .body(Array("1234567890".utf8)))
        XCTAssertNil(framer.next())
    }
}
