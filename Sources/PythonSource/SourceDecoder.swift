/// Why a file's bytes could not be decoded, with the 1-based position of the problem.
public struct EncodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    /// 1-based line; lines end at `\n`, `\r\n` or `\r`.
    public var line: Int
    /// 1-based column in code points of the decoded line (a BOM is not counted).
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
    /// The text as UTF-8, without a byte-order mark.
    public var utf8: [UInt8]
    /// The codec the file was decoded with, as Python names it: `utf-8`, `iso-8859-1`,
    /// `iso8859-2`, `cp1252`, `koi8-r`, `ascii`, …
    public var encoding: String
}

/// Decodes a Python source file exactly as CPython 3.11's `tokenize.open` does: a UTF-8
/// BOM, else a PEP 263 coding line on line 1 or 2, else strict UTF-8.
public enum SourceDecoder {
    /// Decodes `bytes` to UTF-8 text, or says where and why it cannot.
    ///
    /// Valid UTF-8 without a BOM, the usual case, comes back as the same array, uncopied.
    /// Line ends are kept as they are; the tokenizer deals with `\r\n` and `\r`.
    public static func decode(_ bytes: [UInt8]) throws(EncodingProblem) -> DecodedSource {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let decoded = try bytes.withUnsafeBufferPointer { (all) throws(EncodingProblem) -> DecodedSource? in
            let body = UnsafeBufferPointer(rebasing: all[(hasBOM ? 3 : 0)...])
            let detection = try CodingCookie.detect(in: body, afterBOM: hasBOM)
            let codec = detection.codec
            guard codec.isUTF8 else {
                return DecodedSource(utf8: try Transcoder.decode(body, as: codec), encoding: codec.name)
            }
            if let failure = UTF8Validation.firstFailure(in: body, from: detection.validatedPrefix) {
                // Without a coding line, the likely fix is to declare the file's real codec.
                let advice = detection.isDeclared
                    ? "" : "; save the file as UTF-8 or declare its encoding in a coding line (PEP 263)"
                throw EncodingProblem(
                    message: "'utf-8' codec can't decode byte \(hexByte(body[failure.offset])): "
                        + failure.reason.rawValue + advice,
                    at: failure.offset, in: body)
            }
            // nil: valid UTF-8, so the caller returns the input (or its body) without decoding.
            return nil
        }
        if let decoded { return decoded }
        return DecodedSource(utf8: hasBOM ? Array(bytes[3...]) : bytes, encoding: "utf-8")
    }
}

extension EncodingProblem {
    /// A problem at byte `offset` of `text`, whose bytes before `offset` are valid UTF-8
    /// or, with `oneCharacterPerByte`, a single-byte codec that keeps ASCII line ends.
    init(message: String, at offset: Int, in text: UnsafeBufferPointer<UInt8>, oneCharacterPerByte: Bool = false) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset {
            let byte = text[index]
            // A `\r` directly followed by `\n` ends its line at the `\n`.
            let endsLine = byte == UInt8(ascii: "\n")
                || (byte == UInt8(ascii: "\r") && (index + 1 == text.count || text[index + 1] != UInt8(ascii: "\n")))
            if endsLine {
                line += 1
                lineStart = index + 1
            }
        }
        var column = 1
        for index in lineStart..<offset where oneCharacterPerByte || text[index] & 0xC0 != 0x80 {
            column += 1
        }
        self.init(message: message, line: line, column: column)
    }
}

/// `0x81`: how Python's messages show a byte.
func hexByte(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16)
    return "0x" + (digits.count < 2 ? "0" + digits : digits)
}
