/// A chain whose first name was not among the imported names seen so far.
struct DeferredChain {
    var offset: UInt32
    /// The first name's `NameFilter` hash (its low 32 bits, all the filter reads).
    var nameHash: UInt32
}

extension FactScan {
    /// Whether to make the chain starting at `first` now: with no filter, or when its
    /// first name may be imported. Otherwise it is deferred (and true is returned only
    /// for `held` chains, which stay in `heldTargets` as a placeholder without parts).
    mutating func shouldMakeChain(startingAt first: CodeToken, held: Bool) -> Bool {
        guard let filter = importedNames else { return true }
        let hash = NameFilter.hash(bytes, Int(first.start), Int(first.end))
        if filter.mayContain(hash: UInt32(truncatingIfNeeded: hash)) { return true }
        if held {
            heldTargets.append(ReferenceFact(parts: [], offset: first.start))
        } else {
            deferredChains.append(DeferredChain(offset: first.start, nameHash: UInt32(truncatingIfNeeded: hash)))
        }
        return false
    }

    /// Once every import is known: makes the deferred chains whose first name may be
    /// imported after all (an import further down the file), and drops the others.
    mutating func takeDeferredChains() {
        guard let filter = importedNames else { return }
        if facts.references.contains(where: { $0.parts.isEmpty }) {
            facts.references.removeAll { reference in
                guard reference.parts.isEmpty else { return false }
                let name = DottedChainReader.nameRanges(in: bytes, at: Int(reference.offset), limit: 1)[0]
                return !filter.mayContain(bytes, name.lowerBound, name.upperBound)
            }
            for position in facts.references.indices where facts.references[position].parts.isEmpty {
                facts.references[position].parts = chainParts(at: facts.references[position].offset)
            }
        }
        for chain in deferredChains where filter.mayContain(hash: chain.nameHash) {
            facts.references.append(ReferenceFact(parts: chainParts(at: chain.offset), offset: chain.offset))
            referencesNeedSorting = true
        }
        deferredChains = []
    }

    func chainParts(at offset: UInt32) -> [String] {
        DottedChainReader.nameRanges(in: bytes, at: Int(offset)).map { text(start: $0.lowerBound, end: $0.upperBound) }
    }
}
