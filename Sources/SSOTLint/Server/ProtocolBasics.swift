/// The Language Server Protocol's basic structures (3.17), as far as the server uses
/// them. Positions are 0-based; `character` counts units of the negotiated encoding.
public enum LSP {
    public struct Position: Codable, Equatable, Sendable {
        public var line: Int
        public var character: Int

        public init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }
    }

    public struct Range: Codable, Equatable, Sendable {
        public var start: Position
        public var end: Position

        public init(start: Position, end: Position) {
            self.start = start
            self.end = end
        }

        func contains(_ position: Position) -> Bool {
            (start.line, start.character) <= (position.line, position.character)
                && (position.line, position.character) <= (end.line, end.character)
        }

        func overlaps(_ other: Range) -> Bool {
            (start.line, start.character) <= (other.end.line, other.end.character)
                && (other.start.line, other.start.character) <= (end.line, end.character)
        }
    }

    public struct Location: Codable, Equatable, Sendable {
        public var uri: String
        public var range: Range
    }

    public struct TextEdit: Codable, Equatable, Sendable {
        public var range: Range
        public var newText: String
    }

    public struct WorkspaceEdit: Codable, Equatable, Sendable {
        public var changes: [String: [TextEdit]]
    }

    public struct TextDocumentIdentifier: Codable, Sendable {
        public var uri: String
    }

    public struct VersionedTextDocumentIdentifier: Codable, Sendable {
        public var uri: String
        public var version: Int?
    }

    public struct TextDocumentItem: Codable, Sendable {
        public var uri: String
        public var languageId: String?
        public var version: Int
        public var text: String
    }

    public struct MarkupContent: Codable, Equatable, Sendable {
        public var kind: String
        public var value: String
    }

    /// `window/showMessage` and `window/logMessage`.
    public struct MessageParams: Codable, Sendable {
        public enum Kind: Int, Codable, Sendable { case error = 1, warning, info, log }
        public var type: Kind
        public var message: String
    }

    public struct CancelParams: Codable, Sendable {
        public var id: JSONRPC.RequestID
    }

    /// The position encodings of LSP 3.17, by their protocol names.
    public enum PositionEncoding: String, Codable, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case utf16 = "utf-16"
        case utf32 = "utf-32"

        /// The one used with a client offering `offered` (UTF-16 when it offers nothing,
        /// as the protocol says): UTF-8 first, as the server keeps bytes, then UTF-32,
        /// which is how findings count columns.
        public static func negotiate(_ offered: [String]?) -> PositionEncoding {
            let offered = offered ?? []
            for candidate in [PositionEncoding.utf8, .utf32] where offered.contains(candidate.rawValue) { return candidate }
            return .utf16
        }
    }
}
