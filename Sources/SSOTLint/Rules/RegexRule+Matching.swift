/// Finding a `regex` rule's matches line by line, running Swift's regex engine (slow: tens
/// of thousands of instructions a line) on as few lines as the pattern allows.
extension RegexRule {
    /// How matches are found, chosen once from the pattern text.
    enum Search {
        /// The whole pattern is plain text: a byte search finds the matches, no engine runs.
        case literal(LiteralSearch)
        /// Every match contains this text: the engine runs only on the lines where it occurs.
        case prefiltered(LiteralSearch)
        /// The engine runs on every line.
        case everyLine

        init(_ pattern: String) {
            if let text = LiteralPattern.bytes(of: pattern) {
                self = .literal(LiteralSearch(text))
            } else if let text = RequiredLiteral.longest(in: pattern) {
                self = .prefiltered(LiteralSearch(text))
            } else {
                self = .everyLine
            }
        }
    }

    /// Calls `found` with the byte range of every non-empty match, in order: the matches of
    /// `pattern` in each line (line end excluded) of at most `longestMatchedLine` bytes,
    /// left to right and not overlapping, as `String.matches(of:)` finds them.
    func forEachMatch(in source: [UInt8], lineStarts: [UInt32], _ found: (Range<Int>) -> Void) {
        source.withUnsafeBufferPointer { bytes in
            let lines = Lines(bytes: bytes, starts: lineStarts)
            switch search {
            case .everyLine:
                for line in 0..<lines.count {
                    let content = lines.content(of: line)
                    if content.count <= Self.longestMatchedLine { matchWithEngine(bytes, content, found) }
                }
            case .literal(let text), .prefiltered(let text):
                // From each occurrence to its line, then on from the next line: lines
                // without one are never looked at.
                var line = 0
                var cursor = 0
                while let hit = text.firstOccurrence(in: bytes, from: cursor, to: bytes.count) {
                    line = lines.index(containing: hit, from: line)
                    let content = lines.content(of: line)
                    if content.count <= Self.longestMatchedLine {
                        if case .literal = search, matchAsText(text, bytes, content, from: hit, found) {
                            // Found without the engine.
                        } else {
                            matchWithEngine(bytes, content, found)
                        }
                    }
                    line += 1
                    guard line < lines.count else { break }
                    cursor = lines.start(of: line)
                }
            }
        }
    }

    /// The engine's matches in one line.
    func matchWithEngine(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>, _ found: (Range<Int>) -> Void) {
        guard !content.isEmpty else { return }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self)
        for match in line.matches(of: pattern) where !match.range.isEmpty {
            let start = content.lowerBound + line.utf8.distance(from: line.startIndex, to: match.range.lowerBound)
            let end = content.lowerBound + line.utf8.distance(from: line.startIndex, to: match.range.upperBound)
            found(start..<end)
        }
    }

    /// The occurrences of plain-text `text` in one line, from `first` (the first of the
    /// line), left to right and not overlapping, exactly as the engine matches them; false,
    /// reporting nothing, when the engine must decide. The engine matches whole extended
    /// grapheme clusters, so an occurrence right after a prepended mark (U+0600) or right
    /// before a combining one (U+0301, an emoji modifier) is no match; the byte search
    /// cannot tell, so any occurrence next to a non-ASCII byte leaves the line to the engine.
    func matchAsText(_ text: LiteralSearch, _ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>, from first: Int,
                     _ found: (Range<Int>) -> Void) -> Bool {
        let length = text.needle.count
        var next: Int? = first
        while let start = next, start + length <= content.upperBound {
            if start > content.lowerBound, bytes[start - 1] >= 0x80 { return false }
            if start + length < content.upperBound, bytes[start + length] >= 0x80 { return false }
            next = text.firstOccurrence(in: bytes, from: start + length, to: content.upperBound)
        }
        next = first
        while let start = next, start + length <= content.upperBound {
            found(start..<start + length)
            next = text.firstOccurrence(in: bytes, from: start + length, to: content.upperBound)
        }
        return true
    }

    /// A file's lines, from its line table.
    struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: [UInt32]

        var count: Int { starts.count }

        func start(of line: Int) -> Int { Int(starts[line]) }

        /// The line's bytes without its line end (`\n`, `\r\n` or `\r`).
        func content(of line: Int) -> Range<Int> {
            let start = Int(starts[line])
            var end = line + 1 < starts.count ? Int(starts[line + 1]) : bytes.count
            while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return start..<end
        }

        /// The line that holds byte `offset`, searching from line `low` on.
        func index(containing offset: Int, from low: Int) -> Int {
            var low = low
            var high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if Int(starts[middle]) <= offset { low = middle } else { high = middle - 1 }
            }
            return low
        }
    }
}
