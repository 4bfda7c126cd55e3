/// The module-level assignments that export names (SPEC §4, following re-exports):
/// aliases `n = a.b.c` and a literal `__all__`.
extension FactScan {
    /// Not nested in a `def` or `class`, on its own lines or after one's `:`.
    var isModuleLevel: Bool { functionOrClassBlocks == 0 && !inFunctionOrClassLine }

    /// At a module-level statement `NAME = …` with exactly one target (`index` at NAME).
    mutating func noteModuleAssignment() {
        let target = code[index]
        let name = text(target)
        if name == "__all__" {
            facts.allAssignments.append(AllAssignmentFact(names: literalStrings(from: index + 2), offset: target.start))
            return
        }
        var position = index + 2
        guard isChainName(token(at: position)) else { return }
        var parts = [text(code[position])]
        while token(at: position + 1).symbol == .dot, isChainName(token(at: position + 2)) {
            parts.append(text(code[position + 2]))
            position += 2
        }
        guard endsStatement(token(at: position + 1)) else { return }
        facts.aliases.append(AliasFact(name: name, value: parts, offset: target.start))
    }

    private func isChainName(_ token: CodeToken) -> Bool {
        token.kind == .name && token.symbol.isName
    }

    private func endsStatement(_ token: CodeToken) -> Bool {
        token.kind == .newline || token.kind == .endMarker || token.symbol == .semicolon
    }

    /// The strings of a list or tuple of plain string literals (`["a", 'b']`, `("a",)`,
    /// `"a", "b"`) that is the whole value; nil for anything else. Strings with a `b` or
    /// `f` prefix, with backslash escapes, or implicitly concatenated are not plain.
    private func literalStrings(from start: Int) -> [String]? {
        var position = start
        let closing: Symbol?
        switch token(at: position).symbol {
        case .openBracket: closing = .closeBracket
        case .openParenthesis: closing = .closeParenthesis
        default: closing = nil
        }
        if closing != nil { position += 1 }
        var names: [String] = []
        while token(at: position).kind == .string {
            guard let name = plainString(token(at: position)) else { return nil }
            names.append(name)
            position += 1
            guard token(at: position).symbol == .comma else { break }
            position += 1
        }
        if let closing {
            guard token(at: position).symbol == closing else { return nil }
            position += 1
        } else if names.isEmpty {
            return nil
        }
        return endsStatement(token(at: position)) ? names : nil
    }

    private func plainString(_ token: CodeToken) -> String? {
        var start = Int(token.start)
        let end = Int(token.end)
        var raw = false
        while start < end, bytes[start] != UInt8(ascii: "'"), bytes[start] != UInt8(ascii: "\"") {
            switch bytes[start] | 0x20 {
            case UInt8(ascii: "r"): raw = true
            case UInt8(ascii: "u"): break
            default: return nil
            }
            start += 1
        }
        let quote = bytes[start]
        let triple = end - start >= 6 && bytes[start + 1] == quote && bytes[start + 2] == quote
        let width = triple ? 3 : 1
        let body = UnsafeBufferPointer(rebasing: bytes[(start + width)..<(end - width)])
        if !raw && body.contains(UInt8(ascii: "\\")) { return nil }
        return String(decoding: body, as: UTF8.self)
    }
}
