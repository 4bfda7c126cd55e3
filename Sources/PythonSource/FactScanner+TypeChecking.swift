/// An `if` or `elif` whose condition is a bare `NAME` or `NAME.TYPE_CHECKING`, possibly
/// in parentheses, seen during the scan. Whether NAME is bound to `typing.TYPE_CHECKING`
/// (or, for `NAME.TYPE_CHECKING`, to a typing module) is known only once every import of
/// the file has been read, since bindings are flow-insensitive: `markTypeCheckingBodies`.
struct TypeCheckingCandidate {
    /// NAME: the condition's first name.
    var name: CodeToken
    /// `TYPE_CHECKING` in `if M.TYPE_CHECKING:`.
    var attribute: CodeToken?
    /// The body, set as the scan reaches it: from the end of the header's `:` to the
    /// DEDENT that closes the block (or the end of input), or to the end of the line for a
    /// body on the header's line. Empty while unset.
    var start: UInt32 = 0
    var end: UInt32 = 0
}

extension FactScan {
    static let typeCheckingFlags: Set<String> = ["typing.TYPE_CHECKING", "typing_extensions.TYPE_CHECKING"]
    static let typingModules: Set<String> = ["typing", "typing_extensions"]

    /// With `index` at `if` or `elif`: when the condition is exactly `NAME` or
    /// `NAME.TYPE_CHECKING`, possibly in parentheses, records a candidate and returns the
    /// kind of block its body opens; nil for any other condition (`not`, `and`, calls,
    /// other attributes). Looks ahead without moving `index`.
    mutating func typeCheckingCandidate() -> BlockKind? {
        var position = index + 1
        var parentheses = 0
        while token(at: position).symbol == .openParenthesis {
            parentheses += 1
            position += 1
        }
        let name = token(at: position)
        guard name.symbol.isName else { return nil }
        position += 1
        var attribute: CodeToken?
        if token(at: position).symbol == .dot && token(at: position + 1).kind == .name {
            attribute = code[position + 1]
            guard text(code[position + 1]) == "TYPE_CHECKING" else { return nil }
            position += 2
        }
        for _ in 0..<parentheses {
            guard token(at: position).symbol == .closeParenthesis else { return nil }
            position += 1
        }
        guard token(at: position).symbol == .colon else { return nil }
        typeCheckingCandidates.append(TypeCheckingCandidate(name: name, attribute: attribute))
        return .typeChecking(typeCheckingCandidates.count - 1)
    }

    /// Whether `statement` is an absolute import of `typing` or `typing_extensions`, or of
    /// names from them: only those can bind what a candidate tests. Most files have none,
    /// and then no bindings are made.
    static func importsTyping(_ statement: ImportFact) -> Bool {
        switch statement.form {
        case .importModules:
            return statement.names.contains { typingModules.contains(ImportResolver.topLevelName(of: $0.name)) }
        case .importFrom:
            return statement.level == 0 && typingModules.contains(ImportResolver.topLevelName(of: statement.module))
        }
    }

    /// Once every import is read: sets `inTypeChecking` on the imports, definitions and
    /// references inside the body of each candidate whose condition resolves to
    /// `typing.TYPE_CHECKING` or `typing_extensions.TYPE_CHECKING` (SPEC §4
    /// `skip-type-checking`). Nested blocks of the body are inside it; `else` and `elif`
    /// branches are not.
    mutating func markTypeCheckingBodies() {
        guard !typeCheckingCandidates.isEmpty, facts.imports.contains(where: FactScan.importsTyping) else { return }
        let bindings = ImportResolver.Bindings(imports: facts.imports, moduleName: "", isPackage: false)
        let relevant = Set(bindings.targets.compactMap { name, targets in
            targets.contains { FactScan.typeCheckingFlags.contains($0) || FactScan.typingModules.contains($0) } ? name : nil
        })
        guard !relevant.isEmpty else { return }
        var bodies: [Range<UInt32>] = []
        for candidate in typeCheckingCandidates where candidate.end > candidate.start {
            let name = text(candidate.name)
            guard relevant.contains(name) else { continue }
            let parts = candidate.attribute == nil ? [name] : [name, "TYPE_CHECKING"]
            if bindings.resolve(parts).contains(where: FactScan.typeCheckingFlags.contains) {
                bodies.append(candidate.start..<candidate.end)
            }
        }
        guard !bodies.isEmpty else { return }
        let merged = FactScan.merged(bodies)
        for position in facts.imports.indices where FactScan.contains(merged, facts.imports[position].offset) {
            facts.imports[position].inTypeChecking = true
        }
        for position in facts.definitions.indices where FactScan.contains(merged, facts.definitions[position].offset) {
            facts.definitions[position].inTypeChecking = true
        }
        for position in facts.references.indices where FactScan.contains(merged, facts.references[position].offset) {
            facts.references[position].inTypeChecking = true
        }
    }

    /// Sorted, non-overlapping ranges covering the same offsets as `ranges`.
    static func merged(_ ranges: [Range<UInt32>]) -> [Range<UInt32>] {
        var result: [Range<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// Whether one of the sorted, non-overlapping `ranges` contains `offset`.
    static func contains(_ ranges: [Range<UInt32>], _ offset: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }
}
