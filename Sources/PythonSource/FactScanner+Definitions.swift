extension FactScan {
    /// `def NAME`, `async def NAME` (the `async` was skipped as a keyword) or
    /// `class NAME`, with `index` at the keyword. The name is a definition, never a
    /// reference; the parameters or bases that follow are read by the main loop in the
    /// roles `openBracket` gives them. Decorators are ordinary expression lines before.
    mutating func scanDefinition(_ keyword: Symbol) {
        index += 1
        note(keyword, endsOperand: false)
        let name = token(at: index)
        guard name.kind == .name && name.symbol.isName else { return }
        let kind: DefinitionFact.Kind = keyword == .keywordDef ? .function : .class
        facts.definitions.append(DefinitionFact(
            name: text(name), kind: kind, offset: name.start, isModuleLevel: functionOrClassBlocks == 0))
        if levels.count == 1 {
            statement.expectsParameters = kind == .function ? .function : .class
            if kind == .class { statement.classDefinition = facts.definitions.count - 1 }
        }
        index += 1
        note(.identifier, endsOperand: true)
    }

    /// At a `,` or `)` of a class's bases (`index`): the argument just ended is a base
    /// name when it is exactly a NAME or a dotted NAME chain, possibly in parentheses.
    /// Subscripted, called, starred and keyword arguments are not (SPEC §4
    /// `duplicate-definition`).
    mutating func noteClassBase() {
        let last = levels.count - 1
        var start = levels[last].argumentStart
        var end = index
        levels[last].argumentStart = index + 1
        // `(Enum)` is the name `Enum`, as Python reads it.
        while end - start >= 3 && code[start].symbol == .openParenthesis && code[end - 1].symbol == .closeParenthesis {
            start += 1
            end -= 1
        }
        guard let definition = statement.classDefinition, end > start, (end - start) % 2 == 1,
              code[start].symbol.isName else { return }
        for position in stride(from: start + 1, to: end, by: 2) {
            guard code[position].symbol == .dot && code[position + 1].kind == .name else { return }
        }
        var name = text(code[start])
        for position in stride(from: start + 2, to: end, by: 2) {
            name += "."
            name += text(code[position])
        }
        facts.definitions[definition].baseNames.append(name)
    }
}
