import PythonSource

/// Interns lists of strings (a chain's parts, a reference's targets): each distinct list
/// gets the next index. An open-addressing table over FNV-1a hashes: a `[[String]: Int32]`
/// dictionary showed in profiles, as every reference of every file passes through one.
struct StringListTable {
    /// The distinct lists, by index.
    private(set) var lists: [[String]] = []
    /// The hash of each list, by index (growing the table does not hash again).
    private var listHashes: [UInt64] = []
    private var hashes: [UInt64] = Array(repeating: 0, count: 64)
    /// Index + 1 into `lists`; 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    /// The index of `list`, and whether it was new (appended).
    mutating func insert(_ list: [String]) -> (index: Int32, isNew: Bool) {
        let hash = Self.hash(list)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            if hashes[slot] == hash && lists[Int(index)] == list { return (index, false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let index = Int32(lists.count)
        lists.append(list)
        listHashes.append(hash)
        hashes[slot] = hash
        slots[slot] = index + 1
        if lists.count * 2 > slots.count { grow() }
        return (index, true)
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        hashes = Array(repeating: 0, count: capacity)
        slots = Array(repeating: 0, count: capacity)
        for (index, hash) in listHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = hash
            slots[slot] = Int32(index + 1)
        }
    }

    private static func hash(_ list: [String]) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for var item in list {
            item.withUTF8 { bytes in
                hash = FNV1a.hash(bytes, continuing: hash)
            }
            hash = FNV1a.step(hash, 0xFF)  // not a UTF-8 byte: separates the items
        }
        // FNV's low bits mix poorly; the slot is taken from them.
        return hash ^ (hash >> 29)
    }
}
