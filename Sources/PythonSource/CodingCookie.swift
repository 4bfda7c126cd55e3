#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// PEP 263 coding lines, found byte for byte as CPython 3.11's `tokenize.detect_encoding`
/// finds them: on line 1, or on line 2 when line 1 is blank or a comment, where a "line"
/// ends at `\n` only (it reads with `readline`).
enum CodingCookie {
    /// The codec the first lines ask for.
    struct Detection {
        var codec: SourceCodec
        /// True when a coding line named the codec, false for the UTF-8 default.
        var isDeclared: Bool
        /// How many leading bytes were checked to be valid UTF-8 while looking.
        var validatedPrefix: Int
    }

    /// Looks for a coding line in `body`, the file without its BOM.
    static func detect(in body: UnsafeBufferPointer<UInt8>, afterBOM: Bool) throws(EncodingProblem) -> Detection {
        var lineStart = 0
        // Line 2 is only looked at when line 1 is blank or a comment.
        for _ in 0..<2 {
            let lineEnd = endOfLine(in: body, from: lineStart)
            if lineStart == lineEnd { break }
            let line = UnsafeBufferPointer(rebasing: body[lineStart..<lineEnd])
            // The line must decode as UTF-8 before it is searched, whatever it declares.
            if let failure = UTF8Validation.firstFailure(in: line) {
                throw EncodingProblem(
                    message: "invalid or missing encoding declaration",
                    at: lineStart + failure.offset, in: body)
            }
            if let nameRange = cookieName(in: line) {
                let nameOffset = lineStart + nameRange.lowerBound
                let codec = try resolve(line, nameRange, at: nameOffset, in: body, afterBOM: afterBOM)
                return Detection(codec: codec, isDeclared: true, validatedPrefix: lineEnd)
            }
            lineStart = lineEnd
            if !isBlankOrComment(line) { break }
        }
        return Detection(codec: .utf8, isDeclared: false, validatedPrefix: lineStart)
    }

    private static func resolve(
        _ line: UnsafeBufferPointer<UInt8>, _ nameRange: Range<Int>, at offset: Int,
        in body: UnsafeBufferPointer<UInt8>, afterBOM: Bool
    ) throws(EncodingProblem) -> SourceCodec {
        let name = normalName(String(decoding: line[nameRange], as: UTF8.self))
        guard let codec = SourceCodec.lookup(name) else {
            throw EncodingProblem(message: "unknown encoding: \(name)", at: offset, in: body)
        }
        // Python compares the spelling, not the codec: a BOM with `utf8` is refused too.
        if afterBOM && name != "utf-8" {
            throw EncodingProblem(
                message: "encoding problem: utf-8 "
                    + "(the file starts with a UTF-8 BOM but its coding line names '\(name)')",
                at: offset, in: body)
        }
        if !codec.isUTF8 && Transcoder.table(for: codec) == nil {
            throw EncodingProblem(
                message: "unsupported encoding: \(name) (this system's iconv has no \(codec.iconvName ?? name))",
                at: offset, in: body)
        }
        return codec
    }

    /// The offset just past the next `\n` at or after `start`, or the end of `body`.
    static func endOfLine(in body: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = body.baseAddress, start < body.count else { return body.count }
        // memchr: line 1 of a minified file can be the whole file.
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), body.count - start) else {
            return body.count
        }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }

    /// The range of the codec name matched by `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`
    /// (ASCII `\w`). Working on bytes is exact: every character the pattern names is ASCII.
    static func cookieName(in line: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var index = skipSpaces(line, from: 0, formFeeds: true)
        guard index < line.count && line[index] == UInt8(ascii: "#") else { return nil }
        index += 1
        let keyword = Array("coding".utf8)
        // The lazy `.*?` takes the first "coding" that has a separator and a name after it;
        // `.` cannot cross `\n`, but a line's only `\n` is its last byte. The shortest match
        // after `start` is "coding:" and one name byte.
        for start in stride(from: index, to: line.count - keyword.count - 1, by: 1) {
            guard line[start] == UInt8(ascii: "c"),
                  line[start..<start + keyword.count].elementsEqual(keyword) else { continue }
            let separator = line[start + keyword.count]
            guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: "=") else { continue }
            let nameStart = skipSpaces(line, from: start + keyword.count + 1, formFeeds: false)
            var nameEnd = nameStart
            while nameEnd < line.count && isNameByte(line[nameEnd]) { nameEnd += 1 }
            if nameEnd > nameStart { return nameStart..<nameEnd }
        }
        return nil
    }

    /// `blank_re`: `^[ \t\f]*(?:[#\r\n]|$)`.
    static func isBlankOrComment(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let index = skipSpaces(line, from: 0, formFeeds: true)
        guard index < line.count else { return true }
        return [UInt8(ascii: "#"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(line[index])
    }

    /// `tokenize._get_normal_name`: the first 12 characters decide whether a name is
    /// spelled as UTF-8 or Latin-1; any other name is kept as written.
    static func normalName(_ name: String) -> String {
        let prefix = String(name.prefix(12).lowercased().map { $0 == "_" ? "-" : $0 })
        if prefix == "utf-8" || prefix.hasPrefix("utf-8-") { return "utf-8" }
        let latin1Spellings = ["latin-1", "iso-8859-1", "iso-latin-1"]
        if latin1Spellings.contains(where: { prefix == $0 || prefix.hasPrefix($0 + "-") }) { return "iso-8859-1" }
        return name
    }

    /// Skips spaces and tabs, and form feeds where the pattern allows them.
    private static func skipSpaces(_ line: UnsafeBufferPointer<UInt8>, from start: Int, formFeeds: Bool) -> Int {
        var index = start
        while index < line.count {
            let byte = line[index]
            let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || (formFeeds && byte == 0x0C)
            guard isSpace else { break }
            index += 1
        }
        return index
    }

    /// `[-\w.]` with ASCII `\w`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
