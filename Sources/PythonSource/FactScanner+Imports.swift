extension FactScan {
    /// Reads an import statement from `index` (at `import` or `from`) to its end,
    /// leaving `index` at the `;`, NEWLINE or end of input that ends it. Its names are
    /// facts of their own, never references. A statement too broken to name anything
    /// (`from x`, `import` alone) yields no fact; trailing junk is skipped.
    mutating func scanImport() {
        let keyword = code[index]
        index += 1
        if keyword.symbol == .keywordImport {
            var names: [ImportedName] = []
            while let (name, offset, end) = readDottedName() {
                names.append(ImportedName(name: name, alias: readAlias(), offset: offset, end: end))
                guard token(at: index).symbol == .comma else { break }
                index += 1
            }
            if !names.isEmpty {
                facts.imports.append(ImportFact(form: .importModules, names: names, offset: keyword.start,
                                                isModuleLevel: isModuleLevel))
                noteBindings(of: facts.imports[facts.imports.count - 1])
            }
        } else {
            scanFromImport(keyword)
        }
        while index < code.count && code[index].kind != .newline && code[index].kind != .endMarker
            && code[index].symbol != .semicolon {
            index += 1
        }
        note(.other, endsOperand: false)
    }

    /// `from [.]*[m.n] import (x [as y], ...)` or `... import *`.
    mutating func scanFromImport(_ keyword: CodeToken) {
        let moduleOffset = token(at: index).start
        var level = 0
        while true {
            switch token(at: index).symbol {
            case .dot: level += 1
            case .ellipsis: level += 3
            default: break
            }
            guard token(at: index).symbol == .dot || token(at: index).symbol == .ellipsis else { break }
            index += 1
        }
        let module = readDottedName()?.name ?? ""
        guard level > 0 || !module.isEmpty, token(at: index).symbol == .keywordImport else { return }
        let moduleEnd = code[index - 1].end
        index += 1
        var names: [ImportedName] = []
        let isStar = token(at: index).symbol == .star
        if isStar {
            index += 1
        } else {
            let parenthesised = token(at: index).symbol == .openParenthesis
            if parenthesised { index += 1 }
            while token(at: index).symbol.isName {
                let name = code[index]
                index += 1
                names.append(ImportedName(name: text(name), alias: readAlias(), offset: name.start, end: name.end))
                guard token(at: index).symbol == .comma else { break }
                index += 1
            }
            if parenthesised && token(at: index).symbol == .closeParenthesis { index += 1 }
        }
        guard isStar || !names.isEmpty else { return }
        facts.imports.append(ImportFact(
            form: .importFrom, level: level, module: module, moduleOffset: moduleOffset, moduleEnd: moduleEnd,
            names: names, isStar: isStar, offset: keyword.start, isModuleLevel: isModuleLevel))
        noteBindings(of: facts.imports[facts.imports.count - 1])
    }

    /// `a.b.c` at `index`, with the offset of `a`; nil when `index` is not at a name.
    mutating func readDottedName() -> (name: String, offset: UInt32, end: UInt32)? {
        let first = token(at: index)
        guard first.symbol.isName else { return nil }
        var name = text(first)
        index += 1
        while token(at: index).symbol == .dot && token(at: index + 1).symbol.isName {
            name += "."
            name += text(code[index + 1])
            index += 2
        }
        return (name, first.start, code[index - 1].end)
    }

    /// `as NAME` at `index`, if there.
    mutating func readAlias() -> String? {
        guard token(at: index).symbol == .keywordAs, token(at: index + 1).symbol.isName else { return nil }
        index += 2
        return text(code[index - 1])
    }
}
