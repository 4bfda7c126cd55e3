/// A rule's message with `{placeholder}` fields, checked against the placeholders its
/// kind offers when the configuration is loaded.
public struct MessageTemplate: Sendable, Equatable {
    public let text: String
    public let placeholders: [String]

    public init(_ node: ConfigNode, allowed: [String]) throws(ConfigurationError) {
        let text = try node.string("message")
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if !allowed.contains(name) {
                let valid = allowed.isEmpty ? "this kind has none" : "valid: " + allowed.map { "{\($0)}" }.joined(separator: ", ")
                throw node.error("unknown placeholder '{\(name)}' in message (\(valid))")
            }
            found.append(name)
            rest = rest[rest.index(after: close)...]
        }
        self.text = text
        self.placeholders = found
    }

    public init(text: String) {
        self.text = text
        self.placeholders = []
    }

    /// Fills the placeholders in one pass, so a value containing `{x}` stays as it is.
    /// Reads the text's bytes: searching it Character by Character cost more than the
    /// rest of making a finding.
    public func render(_ values: [String: String]) -> String {
        let utf8 = text.utf8
        var output = ""
        var rest = utf8.startIndex
        while let open = utf8[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            let name = String(Substring(utf8[utf8.index(after: open)..<close]))
            output += Substring(utf8[rest..<open])
            output += values[name] ?? String(Substring(utf8[open...close]))
            rest = utf8.index(after: close)
        }
        return output + Substring(utf8[rest...])
    }
}
