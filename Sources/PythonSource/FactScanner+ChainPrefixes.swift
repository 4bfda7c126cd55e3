extension FactScan {
    /// Notes the prefixes of two or more names of the chain of names at `first`, `first + 2`,
    /// … `last` in `code` (`ChainPrefixes`), when the scan records them.
    @inline(__always)
    mutating func noteChainPrefixes(from first: Int, through last: Int) {
        guard recordsChainPrefixes && last > first else { return }
        var highBits: UInt8 = 0
        func name(_ position: Int) -> UnsafeBufferPointer<UInt8> {
            let token = code[position]
            let name = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
            for byte in name { highBits |= byte }
            return name
        }
        var hash = ChainPrefixes.start(name(first))
        for position in stride(from: first + 2, through: last, by: 2) {
            hash = ChainPrefixes.extend(hash, name(position))
            chainPrefixHashes.append(hash)
        }
        if highBits >= 0x80 { chainPrefixesAdmitEverything = true }
    }
}
