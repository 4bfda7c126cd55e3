/// One `/`-separated part of a `PathPattern`, compiled to the cheapest matcher that fits:
/// most real segments are a literal (`build`), `*`, `*.py` or `test_*`.
enum PatternSegment: Sendable, Equatable {
    /// `**` as a whole segment of an anchored pattern: any number of path segments.
    case globstar
    case literal([UInt8])
    /// `*`: any one segment.
    case any
    /// `*` followed by a literal, e.g. `*.py`.
    case suffix([UInt8])
    /// A literal followed by `*`, e.g. `test_*`.
    case prefix([UInt8])
    case general([PatternToken])

    init(_ text: ArraySlice<Unicode.Scalar>, allowGlobstar: Bool, column: Int) throws(PathPattern.SyntaxError) {
        if allowGlobstar, text.count >= 2, text.allSatisfy({ $0 == "*" }) {
            self = .globstar
            return
        }
        var tokens: [PatternToken] = []
        var literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = []
        }
        var index = text.startIndex
        while index < text.endIndex {
            let scalar = text[index]
            switch scalar {
            case "*":
                flush()
                if tokens.last != .star { tokens.append(.star) }
                index += 1
            case "?":
                flush()
                tokens.append(.one)
                index += 1
            case "[":
                flush()
                let (set, next) = try CharacterClass.parse(text, openingAt: index, column: column)
                tokens.append(.set(set))
                index = next
            case "\\":
                guard index + 1 < text.endIndex else {
                    throw .init(message: "a '\\' at the end escapes nothing", column: column + index - text.startIndex)
                }
                literal.append(contentsOf: UTF8.encode(text[index + 1])!)
                index += 2
            default:
                literal.append(contentsOf: UTF8.encode(scalar)!)
                index += 1
            }
        }
        flush()
        switch tokens.count {
        case 0: self = .literal([])
        case 1:
            switch tokens[0] {
            case .literal(let bytes): self = .literal(bytes)
            case .star: self = .any
            default: self = .general(tokens)
            }
        case 2:
            switch (tokens[0], tokens[1]) {
            case (.star, .literal(let bytes)): self = .suffix(bytes)
            case (.literal(let bytes), .star): self = .prefix(bytes)
            default: self = .general(tokens)
            }
        default: self = .general(tokens)
        }
    }

    /// Whether the path segment `path[start..<end]` matches.
    func matches(_ path: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        switch self {
        case .globstar, .any:
            return true
        case .literal(let bytes):
            return end - start == bytes.count && equal(path, start, bytes)
        case .suffix(let bytes):
            return end - start >= bytes.count && equal(path, end - bytes.count, bytes)
        case .prefix(let bytes):
            return end - start >= bytes.count && equal(path, start, bytes)
        case .general(let tokens):
            return Self.matchTokens(tokens, path, start, end)
        }
    }

    /// Wildcard matching within one segment. `*` may be backtracked to only at its last
    /// occurrence, which is exact for these patterns and keeps the loop linear-ish.
    private static func matchTokens(
        _ tokens: [PatternToken], _ path: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> Bool {
        var tokenIndex = 0
        var position = start
        var starToken = -1
        var starPosition = 0
        while true {
            if tokenIndex == tokens.count, position == end { return true }
            if tokenIndex < tokens.count {
                switch tokens[tokenIndex] {
                case .star:
                    starToken = tokenIndex
                    starPosition = position
                    tokenIndex += 1
                    continue
                case .literal(let bytes):
                    if end - position >= bytes.count, equal(path, position, bytes) {
                        position += bytes.count
                        tokenIndex += 1
                        continue
                    }
                case .one:
                    if position < end {
                        position += scalarLength(path, position, end).length
                        tokenIndex += 1
                        continue
                    }
                case .set(let set):
                    if position < end {
                        let (value, length) = scalarLength(path, position, end)
                        if set.contains(value) {
                            position += length
                            tokenIndex += 1
                            continue
                        }
                    }
                }
            }
            guard starToken >= 0, starPosition < end else { return false }
            starPosition += scalarLength(path, starPosition, end).length
            position = starPosition
            tokenIndex = starToken + 1
        }
    }
}

/// A piece of a general segment.
enum PatternToken: Sendable, Equatable {
    case literal([UInt8])
    /// `?`: one character.
    case one
    /// `*`: any run of characters within the segment.
    case star
    case set(CharacterClass)
}

private func equal(_ path: UnsafeBufferPointer<UInt8>, _ start: Int, _ bytes: [UInt8]) -> Bool {
    var index = 0
    while index < bytes.count {
        if path[start + index] != bytes[index] { return false }
        index += 1
    }
    return true
}

/// The code point starting at `path[position]` and its length in bytes. A byte that does
/// not start a valid UTF-8 sequence stands for itself, one byte long.
func scalarLength(_ path: UnsafeBufferPointer<UInt8>, _ position: Int, _ end: Int) -> (value: UInt32, length: Int) {
    let lead = path[position]
    let length: Int
    var value: UInt32
    switch lead {
    case 0..<0x80: return (UInt32(lead), 1)
    case 0xC2..<0xE0: length = 2; value = UInt32(lead & 0x1F)
    case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
    case 0xF0..<0xF5: length = 4; value = UInt32(lead & 0x07)
    default: return (UInt32(lead), 1)
    }
    guard position + length <= end else { return (UInt32(lead), 1) }
    for offset in 1..<length {
        let byte = path[position + offset]
        guard byte & 0xC0 == 0x80 else { return (UInt32(lead), 1) }
        value = value << 6 | UInt32(byte & 0x3F)
    }
    return (value, length)
}
