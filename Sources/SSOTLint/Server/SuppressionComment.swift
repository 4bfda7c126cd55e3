import PythonSource

/// The edit of "suppress ID on this line": extends the line's `# ssotlint: ignore[...]`
/// directive, or adds one at the end of the line that suppresses the finding (a token
/// spanning lines takes it on its last line, SPEC §5).
enum SuppressionComment {
    /// The byte range to replace and its new text, or nil when no comment can be added
    /// there (the line already ignores every rule, or ends in a backslash continuation).
    static func edit(suppressing ruleID: String, onLine findingLine: Int, in text: TextDocument,
                     requireReason: Bool) -> (range: Range<Int>, text: String)? {
        let bytes = text.bytes
        let (source, bom) = text.pythonSource()
        let scanned = SourceScanner.scan(source)
        var line = findingLine
        for string in scanned.summary.multiLineStrings {
            let first = source.position(of: string.lowerBound).line, last = source.position(of: string.upperBound - 1).line
            if first <= line && line <= last { line = last }
        }
        let reason = requireReason ? " -- reason" : ""
        let lineRange = text.lineRange(line - 1)
        let directive = scanned.facts.directives.first { directive in
            directive.scope == .line && source.position(of: directive.offset).line == line
        }
        if let directive {
            // The first directive of the line is the one that counts: extend its brackets.
            guard !directive.ruleIDs.isEmpty else { return nil }
            let start = Int(directive.offset) + bom
            guard let close = bytes[start..<lineRange.upperBound].firstIndex(of: UInt8(ascii: "]")) else { return nil }
            if directive.ruleIDs.contains(ruleID) {
                // Named already: only its reason is missing.
                guard requireReason, directive.reason == nil else { return nil }
                return (close + 1..<close + 1, reason)
            }
            return (close..<close, ", " + ruleID)
        }
        var end = lineRange.upperBound
        while end > lineRange.lowerBound && (bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
        if end > lineRange.lowerBound && bytes[end - 1] == UInt8(ascii: "\\") { return nil }
        let separator = end == lineRange.lowerBound ? "" : "  "
        return (end..<lineRange.upperBound, separator + "# ssotlint: ignore[\(ruleID)]" + reason)
    }
}
