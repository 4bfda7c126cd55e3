/// Interns a file's target lists: an open-addressing table from a list's FNV-1a hash
/// to its index in the file's `targetLists` (a `[[String]: Int32]` dictionary showed in
/// profiles: every project reference of every file passes through here).
struct TargetListTable {
    private var hashes: [UInt64] = Array(repeating: 0, count: 64)
    /// Index + 1 into the lists; 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var count = 0

    /// The index of `targets` in `lists`, appended when it is new.
    mutating func index(of targets: [String], in lists: inout [[String]]) -> Int32 {
        let hash = Self.hash(targets)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = slots[slot] - 1
            if hashes[slot] == hash && lists[Int(index)] == targets { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        let index = Int32(lists.count)
        lists.append(targets)
        hashes[slot] = hash
        slots[slot] = index + 1
        count += 1
        if count * 2 > slots.count { grow(lists) }
        return index
    }

    private mutating func grow(_ lists: [[String]]) {
        let capacity = slots.count * 2
        hashes = Array(repeating: 0, count: capacity)
        slots = Array(repeating: 0, count: capacity)
        for (index, list) in lists.enumerated() {
            let hash = Self.hash(list)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = hash
            slots[slot] = Int32(index + 1)
        }
    }

    private static func hash(_ targets: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for var target in targets {
            target.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3  // not a UTF-8 byte: separates the paths
        }
        // FNV's low bits mix poorly; the slot is taken from them.
        return hash ^ (hash >> 29)
    }
}
