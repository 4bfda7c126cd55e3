import PythonSource

/// A file's tokens seen as the parts of import statements that `check --fix` rewrites:
/// dotted names, module paths, whole statements, and the other uses of a name.
struct StatementTokens {
    let tokens: [Token]
    let utf8: [UInt8]
    /// Token index ranges of every import statement, from its keyword to its last token.
    private(set) var importSpans: [Range<Int>] = []

    init(_ file: FileContext, _ tokens: [Token]) {
        self.tokens = tokens
        utf8 = file.source.utf8
        importSpans = file.facts.imports.compactMap { fact in index(at: fact.offset).map { statement(from: $0) } }
    }

    func text(_ index: Int) -> String { String(decoding: utf8[tokens[index].range], as: UTF8.self) }

    func matches(_ index: Int, _ kind: TokenKind, _ text: String) -> Bool {
        index < tokens.count && tokens[index].kind == kind && utf8[tokens[index].range].elementsEqual(text.utf8)
    }

    /// The index of the token that starts at `offset`.
    func index(at offset: UInt32) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].start == offset ? low : nil
    }

    /// The statement starting at the token `keyword`: up to, not including, the NEWLINE,
    /// `;` or end of input that ends it (brackets may span lines).
    func statement(from keyword: Int) -> Range<Int> {
        var depth = 0
        var index = keyword
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .newline || token.kind == .endMarker { break }
            if token.kind == .op {
                if matches(index, .op, "(") { depth += 1 }
                if matches(index, .op, ")") { depth = max(0, depth - 1) }
                if depth == 0 && matches(index, .op, ";") { break }
            }
            index += 1
        }
        return keyword..<index
    }

    /// The byte range of the dotted name `a.b.c` whose first name is the token `first`.
    func dottedName(from first: Int) -> Range<Int> {
        var last = first
        while matches(last + 1, .op, "."), last + 2 < tokens.count, tokens[last + 2].kind == .name {
            last += 2
        }
        return Int(tokens[first].start)..<Int(tokens[last].end)
    }

    /// The byte range of a from-statement's module path (dots and names) starting at the
    /// token `first`, or nil when `import` does not follow it.
    func modulePath(from first: Int) -> Range<Int>? {
        var index = first
        while index < tokens.count, matches(index, .op, ".") || matches(index, .op, "...")
            || (tokens[index].kind == .name && !matches(index, .name, "import")) {
            index += 1
        }
        guard index > first, matches(index, .name, "import") else { return nil }
        return Int(tokens[first].start)..<Int(tokens[index - 1].end)
    }

    /// The byte range of the statement's code, without a trailing comment, when it sits on
    /// one line with no comment inside; nil otherwise.
    func singleLineCode(_ span: Range<Int>, in source: SourceFile) -> Range<Int>? {
        guard let last = span.last(where: { tokens[$0].kind != .comment && tokens[$0].kind != .nl }) else { return nil }
        let inside = span.lowerBound...last
        guard !inside.contains(where: { tokens[$0].kind == .comment || tokens[$0].kind == .nl }),
              source.position(of: tokens[span.lowerBound].start).line == source.position(of: tokens[last].end).line
        else { return nil }
        return Int(tokens[span.lowerBound].start)..<Int(tokens[last].end)
    }

    /// Whether `name` is written in code outside every import statement, other than as an
    /// attribute (`x.name`): a use, assignment, parameter or definition of that name.
    func isWrittenOutsideImports(_ name: String) -> Bool {
        var spans = importSpans.makeIterator()
        var span = spans.next()
        for index in tokens.indices where tokens[index].kind == .name && matches(index, .name, name) {
            while let current = span, current.upperBound <= index { span = spans.next() }
            if let current = span, current.contains(index) { continue }
            if let previous = previousCodeToken(before: index), matches(previous, .op, ".") { continue }
            return true
        }
        return false
    }

    /// Whether `text` occurs in a string that could be an annotation (`x: "legacy.A"`):
    /// a one-line string literal, not bytes or an f-string, so docstrings do not count.
    func occursInAnnotationStrings(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        return tokens.contains { token in
            guard token.kind == .string else { return false }
            let literal = utf8[token.range]
            let prefix = literal.prefix { $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "\"") }
            guard !prefix.contains(where: { "bBfF".utf8.contains($0) }) else { return false }
            let body = literal.dropFirst(prefix.count)
            guard let quote = body.first, !body.starts(with: [quote, quote, quote]) else { return false }
            return body.contains(needle)
        }
    }

    private func previousCodeToken(before index: Int) -> Int? {
        var previous = index - 1
        while previous >= 0, tokens[previous].kind == .nl || tokens[previous].kind == .comment { previous -= 1 }
        return previous >= 0 ? previous : nil
    }
}
