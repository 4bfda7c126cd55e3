import XCTest
@testable import SSOTLint

final class JSONRPCTests: XCTestCase {
    func decode(_ text: String) -> Result<JSONRPC.Incoming, JSONRPC.DecodingFailure> { JSONRPC.decode(Array(text.utf8)) }

    func testClassifiesRequestsNotificationsAndResponses() throws {
        guard case .request(.number(3), "shutdown", _) = try decode(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#).get()
        else { return XCTFail() }
        guard case .request(.string("a"), "x", _) = try decode(#"{"jsonrpc":"2.0","id":"a","method":"x"}"#).get()
        else { return XCTFail() }
        guard case .notification("exit", _) = try decode(#"{"jsonrpc":"2.0","method":"exit"}"#).get() else { return XCTFail() }
        guard case .response(.number(1)) = try decode(#"{"jsonrpc":"2.0","id":1,"result":null}"#).get() else { return XCTFail() }
    }

    func testErrorsSayWhich() {
        for (text, code) in [("{", JSONRPC.ErrorCode.parseError), ("[1]", .invalidRequest), ("3", .invalidRequest),
                             (#"{"jsonrpc":"2.0"}"#, .invalidRequest), (#"{"id":1}"#, .invalidRequest)] {
            guard case .failure(let failure) = decode(text) else { XCTFail(text); continue }
            XCTAssertEqual(failure.code, code, text)
        }
    }

    func testParamsDecodeIntoTheMethodsType() throws {
        let body = Array(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"r7"}}"#.utf8)
        XCTAssertEqual(try JSONRPC.params(LSP.CancelParams.self, from: body).id, .string("r7"))
        XCTAssertThrowsError(try JSONRPC.params(LSP.CancelParams.self, from: Array(#"{"params":{}}"#.utf8)))
    }

    func testResponsesKeepNullResultsAndIDs() throws {
        let ok = String(decoding: JSONRPC.result(Optional<Bool>.none, id: .number(5)), as: UTF8.self)
        XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(ok.utf8)) as? NSDictionary,
                       ["jsonrpc": "2.0", "id": 5, "result": NSNull()])
        let error = String(decoding: JSONRPC.error(.parseError, "bad", id: nil), as: UTF8.self)
        XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(error.utf8)) as? NSDictionary,
                       ["jsonrpc": "2.0", "id": NSNull(), "error": ["code": -32700, "message": "bad"]])
        let refresh = String(decoding: JSONRPC.request("workspace/diagnostic/refresh", Optional<Bool>.none, id: .string("s1")),
                             as: UTF8.self)
        XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(refresh.utf8)) as? NSDictionary,
                       ["jsonrpc": "2.0", "id": "s1", "method": "workspace/diagnostic/refresh"])
    }
}
