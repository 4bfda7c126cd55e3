import Foundation

/// JSON-RPC 2.0 as the Language Server Protocol uses it: requests, notifications and
/// responses, each one JSON object per frame.
public enum JSONRPC {
    /// The error codes of JSON-RPC and of the Language Server Protocol.
    public enum ErrorCode: Int, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestCancelled = -32800
    }

    /// A request's id: the protocol allows a number or a string.
    public enum RequestID: Codable, Hashable, Sendable, CustomStringConvertible {
        case number(Int)
        case string(String)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else {
                self = .string(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let number): try container.encode(number)
            case .string(let text): try container.encode(text)
            }
        }

        public var description: String {
            switch self {
            case .number(let number): return String(number)
            case .string(let text): return "\"\(text)\""
            }
        }
    }

    /// A message from the client, classified; its body is kept so that params are
    /// decoded into the type of the method that reads them.
    public enum Incoming: Sendable {
        case request(id: RequestID, method: String, body: [UInt8])
        case notification(method: String, body: [UInt8])
        /// An answer to one of the server's own requests.
        case response(id: RequestID)
    }

    /// Why a body is not a message the server can act on, and the error to answer with.
    public struct DecodingFailure: Error, Sendable {
        public var code: ErrorCode
        public var message: String
        /// The request's id, when the body got far enough to have one.
        public var id: RequestID?
    }

    private struct Envelope: Decodable {
        var id: RequestID?
        var method: String?
        var hasResult: Bool
        var hasError: Bool

        enum CodingKeys: String, CodingKey { case id, method, result, error }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try? container.decodeIfPresent(RequestID.self, forKey: .id)
            method = try container.decodeIfPresent(String.self, forKey: .method)
            hasResult = container.contains(.result)
            hasError = container.contains(.error)
        }
    }

    /// Classifies one frame's body.
    public static func decode(_ body: [UInt8]) -> Result<Incoming, DecodingFailure> {
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: Data(body))
        } catch let error as DecodingError {
            if case .typeMismatch = error {
                return .failure(DecodingFailure(code: .invalidRequest, message: "a message must be a JSON object"))
            }
            return .failure(DecodingFailure(code: .parseError, message: "the body is not JSON: \(describe(error))"))
        } catch {
            return .failure(DecodingFailure(code: .parseError, message: "the body is not JSON"))
        }
        switch (envelope.id, envelope.method) {
        case let (id?, method?): return .success(.request(id: id, method: method, body: body))
        case let (nil, method?): return .success(.notification(method: method, body: body))
        case let (id?, nil) where envelope.hasResult || envelope.hasError: return .success(.response(id: id))
        default:
            return .failure(DecodingFailure(code: .invalidRequest, message: "a message needs a method, or an id and a result",
                                            id: envelope.id))
        }
    }

    private struct ParamsEnvelope<Params: Decodable>: Decodable {
        var params: Params
    }

    /// The `params` of a message body as the type its method defines.
    public static func params<Params: Decodable>(_ type: Params.Type, from body: [UInt8]) throws -> Params {
        try JSONDecoder().decode(ParamsEnvelope<Params>.self, from: Data(body)).params
    }

    /// A short account of a decoding error: where in the JSON and what was wrong.
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func place(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(place(context)) missing key '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): return place(context)
        @unknown default: return String(describing: error)
        }
    }

    // MARK: Outgoing messages

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    struct ErrorObject: Encodable {
        var code: Int
        var message: String
    }

    private struct Response<Result: Encodable>: Encodable {
        var id: RequestID?
        var result: Result?
        var error: ErrorObject?

        enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            // A response to a body whose id could not be read has `"id": null`.
            if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
            if let error {
                try container.encode(error, forKey: .error)
            } else if let result {
                try container.encode(result, forKey: .result)
            } else {
                try container.encodeNil(forKey: .result)
            }
        }
    }

    private struct Outgoing<Params: Encodable>: Encodable {
        var jsonrpc = "2.0"
        var id: RequestID?
        var method: String
        /// Absent for methods that take none (`workspace/diagnostic/refresh`).
        var params: Params?
    }

    /// A success response; a nil result is sent as `null`.
    public static func result<Result: Encodable>(_ result: Result?, id: RequestID) -> [UInt8] {
        encode(Response(id: id, result: result, error: nil))
    }

    public static func error(_ code: ErrorCode, _ message: String, id: RequestID?) -> [UInt8] {
        encode(Response<Bool>(id: id, result: nil, error: ErrorObject(code: code.rawValue, message: message)))
    }

    public static func notification<Params: Encodable>(_ method: String, _ params: Params) -> [UInt8] {
        encode(Outgoing(method: method, params: params))
    }

    public static func request<Params: Encodable>(_ method: String, _ params: Params?, id: RequestID) -> [UInt8] {
        encode(Outgoing(id: id, method: method, params: params))
    }

    private static func encode<Message: Encodable>(_ message: Message) -> [UInt8] {
        // Encoding the protocol's own types cannot fail: they hold strings, numbers and arrays.
        (try? Array(encoder.encode(message))) ?? Array(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"unencodable response"}}"#.utf8)
    }
}
