/// A chain whose first name was not among the names bound so far.
struct DeferredChain {
    var offset: UInt32
    /// The end of the first name.
    var nameEnd: UInt32
    /// The first name's hash, when it was computed (only once some name is bound).
    var nameHash: UInt32?
}

extension FactScan {
    /// Whether to make the chain starting at `first` now: with no filter, when its first
    /// name may be bound, or is not ASCII (imports bind names NFKC-normalised). Otherwise
    /// it is deferred (held chains stay in `heldTargets` as a placeholder without parts).
    /// While no name is bound (most files, most of the time) nothing is hashed.
    mutating func shouldMakeChain(startingAt first: CodeToken, held: Bool) -> Bool {
        guard let roots = bindingRoots else { return true }
        if roots.isEmpty { return false }
        let name = UnsafeBufferPointer(rebasing: bytes[Int(first.start)..<Int(first.end)])
        var nameHash: UInt32?
        if !boundNames.isEmpty && boundNames.mayHaveShape(bytes, Int(first.start), Int(first.end)) {
            let hash = UInt32(truncatingIfNeeded: FNV1a.hash(name))
            if boundNames.mayContain(hash: hash) { return true }
            nameHash = hash
        }
        var highBits: UInt8 = 0
        for byte in name { highBits |= byte }
        if highBits >= 0x80 { return true }
        if held {
            heldTargets.append(ReferenceFact(parts: [], offset: first.start, end: first.end))
        } else {
            deferredChains.append(DeferredChain(offset: first.start, nameEnd: first.end, nameHash: nameHash))
        }
        return false
    }

    /// Notes the names an import statement binds, when it binds them under `bindingRoots`
    /// (relative imports always: where they lead depends on the file's package).
    mutating func noteBindings(of statement: ImportFact) {
        noteImportedNames(of: statement)
        guard let roots = bindingRoots else { return }
        let root = ImportResolver.topLevelName(of:)
        switch statement.form {
        case .importModules:
            for imported in statement.names where roots.contains(root(imported.name)) {
                boundNames.insert(imported.alias ?? root(imported.name))
            }
        case .importFrom:
            guard statement.level > 0 || roots.contains(root(statement.module)) else { return }
            for imported in statement.names { boundNames.insert(imported.alias ?? imported.name) }
        }
    }

    /// Once every import is known: makes the deferred chains whose first name may be
    /// bound after all (by an import further down the file), and drops the others.
    mutating func takeDeferredChains() {
        guard bindingRoots != nil else { return }
        let filter = boundNames
        if facts.references.contains(where: { $0.parts.isEmpty }) {
            facts.references.removeAll { reference in
                guard reference.parts.isEmpty else { return false }
                // A placeholder's end is its first name's end.
                return !filter.mayContain(bytes, Int(reference.offset), Int(reference.end))
            }
            for position in facts.references.indices where facts.references[position].parts.isEmpty {
                (facts.references[position].parts, facts.references[position].end) = chain(at: facts.references[position].offset)
            }
        }
        guard !filter.isEmpty else {
            deferredChains = []
            return
        }
        for chain in deferredChains
        where chain.nameHash.map(filter.mayContain(hash:)) ?? filter.mayContain(bytes, Int(chain.offset), Int(chain.nameEnd)) {
            let (parts, end) = self.chain(at: chain.offset)
            facts.references.append(ReferenceFact(parts: parts, offset: chain.offset, end: end))
            referencesNeedSorting = true
        }
        deferredChains = []
    }

    /// The parts and end of the chain at `offset`, read from the bytes: its tokens are gone.
    mutating func chain(at offset: UInt32) -> (parts: [String], end: UInt32) {
        let ranges = DottedChainReader.nameRanges(in: bytes, at: Int(offset))
        var parts: [String] = []
        parts.reserveCapacity(ranges.count)
        for range in ranges { parts.append(text(start: range.lowerBound, end: range.upperBound)) }
        return (parts, UInt32(ranges.last?.upperBound ?? Int(offset)))
    }
}
