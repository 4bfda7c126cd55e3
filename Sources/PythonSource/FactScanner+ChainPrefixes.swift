/// `ChainPrefixes` while scanning: the prefixes of chains whose first name an import
/// binds (a name no import binds resolves to nothing, so its chains never matter; half of
/// all chains start with `self`).
struct ChainPrefixRecorder {
    /// The names imports so far bind.
    var importedNames = NameFilter()
    var hashes: [UInt64] = []
    var admitsEverything = false
    /// Chains whose first name no import had bound when they were met.
    var laterChains: [(start: UInt32, end: UInt32)] = []
    /// How many of `laterChains` came before the last import.
    var laterChainsBeforeLastImport = 0
}

extension FactScan {
    /// Notes the prefixes of the chain of names at `first`, `first + 2`, … `last` in
    /// `code`, when the scan records them: now, when an import so far binds its first
    /// name, else at the end (an import further down may bind it yet).
    @inline(__always)
    func noteChainPrefixes(from first: Int, through last: Int) {
        guard let recorder = prefixes, last > first else { return }
        let start = Int(code[first].start)
        let end = Int(code[first].end)
        // Half of all chains start with `self`, which no import binds (one that does makes
        // the filter admit everything).
        if end - start == 4 && bytes[start] == UInt8(ascii: "s") && bytes[start + 1] == UInt8(ascii: "e")
            && bytes[start + 2] == UInt8(ascii: "l") && bytes[start + 3] == UInt8(ascii: "f") { return }
        var hash: UInt64 = 0
        var bound = false
        var firstBits: UInt8 = 0
        for byte in bytes[start..<end] { firstBits |= byte }
        if firstBits >= 0x80 {
            // Imports bind names NFKC-normalised: this one may be bound, spelled otherwise.
            recorder.pointee.admitsEverything = true
        } else if !recorder.pointee.importedNames.isEmpty && recorder.pointee.importedNames.mayHaveShape(bytes, start, end) {
            // `NameFilter` and `ChainPrefixes` hash a name alike (FNV-1a of its bytes).
            hash = ChainPrefixes.start(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            bound = recorder.pointee.importedNames.mayContain(hash: UInt32(truncatingIfNeeded: hash))
        }
        if bound {
            var highBits: UInt8 = 0
            for position in stride(from: first + 2, through: last, by: 2) {
                hash = extend(hash, Int(code[position].start), Int(code[position].end), &highBits)
                recorder.pointee.hashes.append(hash)
            }
            if highBits >= 0x80 { recorder.pointee.admitsEverything = true }
        } else if firstBits < 0x80 {
            recorder.pointee.laterChains.append((UInt32(start), UInt32(end)))
        }
    }

    /// Notes the names an import binds, for `noteChainPrefixes`.
    mutating func noteImportedNames(of statement: ImportFact) {
        guard let recorder = prefixes, !statement.isStar else { return }
        // Only the chains met so far may have a first name this import binds.
        recorder.pointee.laterChainsBeforeLastImport = recorder.pointee.laterChains.count
        for imported in statement.names {
            let name = imported.alias ?? (statement.form == .importModules ? ImportResolver.topLevelName(of: imported.name) : imported.name)
            if name == "self" { recorder.pointee.admitsEverything = true }
            recorder.pointee.importedNames.insert(name)
        }
    }

    /// The filter of every noted prefix, with those of the chains whose first name an
    /// import further down binds, read from the bytes (their tokens are gone).
    func chainPrefixes(_ recorder: inout ChainPrefixRecorder) -> ChainPrefixes {
        var highBits: UInt8 = 0
        for (start, end) in recorder.laterChains[..<recorder.laterChainsBeforeLastImport] {
            // Their first names are ASCII (the others made the filter admit everything).
            guard recorder.importedNames.mayContain(bytes, Int(start), Int(end)) else { continue }
            var hash: UInt64 = 0
            var isFirst = true
            DottedChainReader.forEachName(in: bytes, at: Int(start), limit: .max) { range in
                if isFirst {
                    isFirst = false
                    hash = ChainPrefixes.start(UnsafeBufferPointer(rebasing: bytes[range]))
                } else {
                    hash = extend(hash, range.lowerBound, range.upperBound, &highBits)
                    recorder.hashes.append(hash)
                }
            }
        }
        // Imports bind names NFKC-normalised: a chain with a name that is not ASCII may
        // be spelled otherwise than its binding.
        return ChainPrefixes(hashes: recorder.hashes, admitsEverything: recorder.admitsEverything || highBits >= 0x80)
    }

    /// `ChainPrefixes.extend` by the name at `start..<end`, noting its high bits.
    @inline(__always)
    private func extend(_ hash: UInt64, _ start: Int, _ end: Int, _ highBits: inout UInt8) -> UInt64 {
        let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
        for byte in name { highBits |= byte }
        return ChainPrefixes.extend(hash, name)
    }
}
