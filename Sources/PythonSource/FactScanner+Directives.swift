/// Suppression comments (SPEC §5):
///
///     # ssotlint: ignore[ID1, ID2] -- reason
///     # ssotlint: ignore
///     # ssotlint: ignore-file[ID]
///     # noqa: E501  # ssotlint: ignore[ID]
///
/// `ssotlint:` must follow a `#` and optional spaces or tabs; it may follow other
/// comment text. Spaces and tabs are allowed around `:`, the ids and the commas, and
/// between `ignore` and `[`. `ignore` (or `ignore-file`) must be followed by `[`,
/// whitespace, `--` or the end of the comment, so `ignored` is no directive. Ids match
/// `[A-Za-z][A-Za-z0-9_-]*`; an unclosed bracket, an empty one (`ignore[]`) or an
/// invalid id makes the comment no directive. Text after the directive that does not
/// start with `--` is ignored; the reason is everything after `--`, trimmed. The first
/// directive in a comment is the one that counts. Matching is case-sensitive.
extension FactScan {
    static func directive(in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> DirectiveFact? {
        var hash = start
        while hash < end {
            if bytes[hash] == UInt8(ascii: "#"), let directive = directive(in: bytes, hash: hash, commentStart: start, end: end) {
                return directive
            }
            hash += 1
        }
        return nil
    }

    private static func directive(in bytes: UnsafeBufferPointer<UInt8>, hash: Int, commentStart: Int, end: Int) -> DirectiveFact? {
        var reader = DirectiveReader(bytes: bytes, position: hash + 1, end: end)
        reader.skipSpaces()
        guard reader.consume("ssotlint") else { return nil }
        reader.skipSpaces()
        guard reader.consume(":") else { return nil }
        reader.skipSpaces()
        guard reader.consume("ignore") else { return nil }
        let scope: DirectiveFact.Scope = reader.consume("-file") ? .file : .line
        guard reader.atEnd || reader.atSpace || reader.peek("[") || reader.peek("--") else { return nil }
        reader.skipSpaces()
        var ruleIDs: [String] = []
        if reader.consume("[") {
            guard let ids = reader.readRuleIDs() else { return nil }
            ruleIDs = ids
            reader.skipSpaces()
        }
        var reason: String?
        if reader.consume("--") {
            let text = DirectiveReader.trimmingSpaces(reader.rest())
            reason = text.isEmpty ? nil : text
        }
        return DirectiveFact(scope: scope, ruleIDs: ruleIDs, reason: reason, offset: UInt32(truncatingIfNeeded: commentStart),
                             isOnOwnLine: isFirstOnLine(bytes, commentStart))
    }

    /// Only spaces, tabs and form feeds precede `offset` on its line.
    static func isFirstOnLine(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var position = offset - 1
        while position >= 0 {
            switch bytes[position] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C: position -= 1
            default: return false
            }
        }
        return true
    }
}

/// A cursor over the text of one comment.
struct DirectiveReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    var atEnd: Bool { position >= end }
    var atSpace: Bool { !atEnd && (bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")) }

    mutating func skipSpaces() {
        while atSpace { position += 1 }
    }

    func peek(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard end - position >= count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    mutating func consume(_ literal: StaticString) -> Bool {
        guard peek(literal) else { return false }
        position += literal.utf8CodeUnitCount
        return true
    }

    /// The ids up to `]`, past which it moves; nil when the list is malformed.
    mutating func readRuleIDs() -> [String]? {
        var ids: [String] = []
        while true {
            skipSpaces()
            let start = position
            while !atEnd && isIDByte(bytes[position]) { position += 1 }
            guard position > start, isLetter(bytes[start]) else { return nil }
            ids.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
            skipSpaces()
            if consume("]") { return ids }
            guard consume(",") else { return nil }
            skipSpaces()
            if consume("]") { return ids }  // a trailing comma
        }
    }

    func rest() -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[min(position, end)..<end]), as: UTF8.self)
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func isIDByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
