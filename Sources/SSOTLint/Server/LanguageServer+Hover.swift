import PythonSource

extension LanguageServer {
    /// The rule's `explain` text, over an id in an `ignore[...]` directive or over a
    /// finding's range.
    func hover(_ params: LSP.HoverParams) -> LSP.Hover? {
        guard let path = projectPath(ofURI: params.textDocument.uri) else { return nil }
        analyzeIfStale()
        let text = text(ofProjectPath: path)
        let offset = text.offset(of: params.position, encoding: encoding)
        if let id = Self.directiveRuleID(at: offset, in: text), let rule = rulesByID[id] {
            return LSP.Hover(contents: LSP.MarkupContent(kind: "plaintext", value: RuleExplanation.text(for: rule)), range: nil)
        }
        let current = diagnostics(ofProjectPath: path)
        let ids = current.items.filter { $0.range.contains(params.position) }.map(\.code)
        var seen: Set<String> = []
        let explanations = ids.filter { seen.insert($0).inserted }.compactMap { rulesByID[$0].map(RuleExplanation.text(for:)) }
        guard !explanations.isEmpty else { return nil }
        return LSP.Hover(contents: LSP.MarkupContent(kind: "plaintext", value: explanations.joined(separator: "\n")), range: nil)
    }

    /// The rule id under `offset` inside the brackets of a `# ssotlint: ignore[...]` comment.
    static func directiveRuleID(at offset: Int, in text: TextDocument) -> String? {
        let bytes = text.bytes
        let (source, bom) = text.pythonSource()
        let line = text.position(ofOffset: offset, encoding: .utf8).line
        let lineStart = text.lineRange(line).lowerBound, lineEnd = text.lineRange(line).upperBound
        for directive in SourceScanner.scan(source).facts.directives where !directive.ruleIDs.isEmpty {
            let start = Int(directive.offset) + bom
            guard lineStart <= start, start <= offset, offset <= lineEnd,
                  let open = bytes[start..<lineEnd].firstIndex(of: UInt8(ascii: "[")),
                  let close = bytes[open..<lineEnd].firstIndex(of: UInt8(ascii: "]")), open < offset, offset <= close else { continue }
            // The id is the comma-separated item around the offset.
            var itemStart = offset, itemEnd = offset
            while itemStart > open + 1 && bytes[itemStart - 1] != UInt8(ascii: ",") { itemStart -= 1 }
            while itemEnd < close && bytes[itemEnd] != UInt8(ascii: ",") { itemEnd += 1 }
            let id = String(decoding: bytes[itemStart..<itemEnd], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if directive.ruleIDs.contains(id) { return id }
        }
        return nil
    }
}
