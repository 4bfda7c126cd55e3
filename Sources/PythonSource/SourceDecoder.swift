/// Why a file's bytes could not be decoded, with the 1-based position of the problem.
public struct EncodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// Raw bytes decoded to UTF-8 text.
public struct DecodedSource: Sendable {
    public var utf8: [UInt8]
    public var encoding: String
}

/// Decodes a Python source file the way CPython does. (Placeholder: UTF-8 only.)
public enum SourceDecoder {
    public static func decode(_ bytes: [UInt8]) throws(EncodingProblem) -> DecodedSource {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        return DecodedSource(utf8: body, encoding: "utf-8")
    }
}
