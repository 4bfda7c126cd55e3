import Foundation

/// The base protocol's framing (LSP 3.17): header lines `Name: value` ended by CRLF, an
/// empty line, then a body of exactly `Content-Length` bytes. Works on bytes as they
/// arrive, so one reader serves a pipe, a file or a fuzzer's input.
public struct MessageFramer: Sendable {
    /// What the next complete frame held.
    public enum Frame: Sendable, Equatable {
        case body([UInt8])
        /// A header block without a usable `Content-Length`: the frame is skipped and
        /// reading goes on after its empty line.
        case badHeader(String)
    }

    /// Bodies above this size are refused rather than buffered (a corrupt length must
    /// not make the server wait for, or allocate, gigabytes).
    public static let maximumBodyLength = 1 << 28

    private var buffer: [UInt8] = []
    private var start = 0
    /// The parsed length of the frame whose header has been read, waiting for its body.
    private var pendingLength: Int?

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        if pendingLength == nil {
            guard let headerEnd = Self.find(Self.headerTerminator, in: buffer, from: start) else {
                return nil
            }
            let header = buffer[start..<headerEnd]
            start = headerEnd + Self.headerTerminator.count
            switch Self.contentLength(of: header) {
            case .success(let length): pendingLength = length
            case .failure(let problem): return .badHeader(problem.message)
            }
        }
        guard let length = pendingLength, buffer.count - start >= length else { return nil }
        let body = Array(buffer[start..<start + length])
        start += length
        pendingLength = nil
        return .body(body)
    }

    /// Bytes received that are not part of a complete frame yet.
    public var bufferedByteCount: Int { buffer.count - start }

    /// A body framed for sending.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    struct HeaderProblem: Error { var message: String }

    static let headerTerminator: [UInt8] = Array("\r\n\r\n".utf8)

    static func contentLength(of header: ArraySlice<UInt8>) -> Result<Int, HeaderProblem> {
        var length: Int?
        for line in String(decoding: header, as: UTF8.self).components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(HeaderProblem(message: "header line without ':': \(line.prefix(80))"))
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard name.lowercased() == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard let number = Int(value), number >= 0 else {
                return .failure(HeaderProblem(message: "Content-Length is not a byte count: \(value.prefix(40))"))
            }
            guard number <= maximumBodyLength else {
                return .failure(HeaderProblem(message: "Content-Length \(number) is above the limit of \(maximumBodyLength) bytes"))
            }
            length = number
        }
        guard let length else { return .failure(HeaderProblem(message: "header without Content-Length")) }
        return .success(length)
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count - start >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
