/// A Python file decoded to UTF-8, with the table that turns byte offsets into
/// lines and code-point columns.
public struct SourceFile: Sendable {
    /// The decoded text as UTF-8, without a byte-order mark.
    public let utf8: [UInt8]
    /// The codec the file was decoded with, as Python names it (`utf-8`, `iso-8859-1`, …).
    public let encoding: String
    private let lines = OnceLineTable()

    public init(utf8: [UInt8], encoding: String = "utf-8") {
        self.utf8 = utf8
        self.encoding = encoding
    }

    /// Made on first use (`OnceLineTable`).
    public var lineTable: LineTable { lines.table(of: utf8) }

    /// Decodes raw file bytes as CPython does (BOM, PEP 263 coding line, UTF-8 default).
    public init(bytes: [UInt8]) throws(EncodingProblem) {
        let decoded = try SourceDecoder.decode(bytes)
        self.init(utf8: decoded.utf8, encoding: decoded.encoding)
    }

    public func position(of offset: UInt32) -> SourcePosition {
        utf8.withUnsafeBufferPointer { lineTable.position(of: offset, in: $0) }
    }

    public func text(of range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }
}
