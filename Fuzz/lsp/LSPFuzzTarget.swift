// The language server's libFuzzer entry point (`scripts/fuzz.sh SECONDS lsp`): an input
// is a byte stream as a client would write it. It goes through the framing, split at
// several points, then every frame through the JSON-RPC decoding and a language server
// initialized on Fuzz/project, as `ssotlint server` would handle it. Checked: nothing
// crashes, every frame the server writes is one JSON object, every request gets exactly
// one answer, and a frame made by `MessageFramer.frame` reads back as its body.
import Foundation
import SSOTLint

let fuzzProjectRoot = ProcessInfo.processInfo.environment["SSOTLINT_FUZZ_PROJECT"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("project").path

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ssotlint-fuzz (lsp): invariant broken: \(message)\n".utf8))
    abort()
}

let initializeBody = Array("""
    {"jsonrpc":"2.0","id":"fuzz-init","method":"initialize","params":{"rootUri":"\(URL(fileURLWithPath: fuzzProjectRoot).absoluteString)",\
    "capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]},"textDocument":{"diagnostic":{}},\
    "workspace":{"diagnostics":{"refreshSupport":true},"didChangeWatchedFiles":{"dynamicRegistration":true}}}}}
    """.utf8)

func frames(_ bytes: [UInt8], splitAt split: Int) -> [MessageFramer.Frame] {
    var framer = MessageFramer()
    var result: [MessageFramer.Frame] = []
    framer.append(bytes[..<split])
    while let frame = framer.next() { result.append(frame) }
    framer.append(bytes[split...])
    while let frame = framer.next() { result.append(frame) }
    return result
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let whole = frames(bytes, splitAt: bytes.count)
    for split in [0, 1, bytes.count / 3, bytes.count / 2] where split <= bytes.count {
        guard frames(bytes, splitAt: split) == whole else { fail("frames depend on where the input was split (\(split))") }
    }
    var roundTrip = MessageFramer()
    roundTrip.append(MessageFramer.frame(bytes))
    guard roundTrip.next() == .body(bytes) else { fail("a framed body did not read back") }

    var output: [[UInt8]] = []
    let server = LanguageServer(send: { output.append($0) })
    server.usesCache = false
    server.handle(body: initializeBody)
    server.handle(body: Array(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#.utf8))
    var requests = 0
    for frame in whole {
        guard case .body(let body) = frame else { continue }
        let decoded = JSONRPC.decode(body)
        // `exit` and `shutdown` would end the session the rest of the input talks to.
        if case .success(.notification("exit", _)) = decoded { continue }
        if case .success(.request(_, "shutdown", _)) = decoded { continue }
        switch decoded {
        case .success(.request): requests += 1
        case .failure: requests += 1  // answered with an error
        default: break
        }
        server.handle(body: body)
        server.finishBatch()
    }
    var answers = 0
    for message in output {
        guard let object = try? JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] else {
            fail("the server wrote a frame that is not a JSON object: \(String(decoding: message.prefix(200), as: UTF8.self))")
        }
        if object["method"] == nil { answers += 1 }
    }
    // The initialize request is answered too.
    guard answers == requests + 1 else { fail("\(requests) requests got \(answers - 1) answers") }
    return 0
}
