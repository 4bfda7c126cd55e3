/// A rule's message with `{placeholder}` fields, checked against the placeholders its
/// kind offers when the configuration is loaded.
public struct MessageTemplate: Sendable, Equatable {
    public let text: String
    public let placeholders: [String]
    /// `text` cut at its `{name}` fields once, so that a finding's message is filled
    /// without reading the template again.
    private let pieces: [Piece]

    private enum Piece: Sendable, Equatable {
        case literal(Substring)
        case field(name: String, written: Substring)
    }

    public init(_ node: ConfigNode, allowed: [String]) throws(ConfigurationError) {
        let text = try node.string("message")
        let pieces = Self.pieces(of: text)
        var found: [String] = []
        for case .field(let name, _) in pieces {
            if !allowed.contains(name) {
                let valid = allowed.isEmpty ? "this kind has none" : "valid: " + allowed.map { "{\($0)}" }.joined(separator: ", ")
                throw node.error("unknown placeholder '{\(name)}' in message (\(valid))")
            }
            found.append(name)
        }
        self.text = text
        self.placeholders = found
        self.pieces = pieces
    }

    public init(text: String) {
        self.text = text
        self.placeholders = []
        self.pieces = Self.pieces(of: text)
    }

    /// Fills the placeholders in one pass, so a value containing `{x}` stays as it is;
    /// a field without a value stays as written.
    public func render(_ values: [String: String]) -> String {
        var output = ""
        for piece in pieces {
            switch piece {
            case .literal(let text): output += text
            case .field(let name, let written): output += values[name] ?? String(written)
            }
        }
        return output
    }

    /// Each `{` with a `}` after it starts a field up to that `}`; the rest is literal.
    /// Read on the text's bytes (searching it Character by Character showed in profiles).
    private static func pieces(of text: String) -> [Piece] {
        let utf8 = text.utf8
        var pieces: [Piece] = []
        var rest = utf8.startIndex
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            if open > rest { pieces.append(.literal(Substring(utf8[rest..<open]))) }
            pieces.append(.field(name: String(Substring(utf8[utf8.index(after: open)..<close])),
                                 written: Substring(utf8[open...close])))
            rest = utf8.index(after: close)
        }
        if rest < utf8.endIndex { pieces.append(.literal(Substring(utf8[rest...]))) }
        return pieces
    }
}
