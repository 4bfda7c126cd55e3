import PythonSource

/// Interns dotted names (module names and their prefixes): each distinct name gets the
/// next index. An open-addressing table over FNV-1a hashes, so that a name can be looked
/// up by bytes whose hash the caller already has (`SymbolIndex.nextPaths` hashes every
/// prefix of a path in one pass), without making a string of them; a `[String: Int]`
/// dictionary hashed each string again with SipHash.
struct DottedNameTable {
    /// The distinct names, by index.
    private(set) var names: [String] = []
    /// The FNV-1a hash of each name, by index (growing the table does not hash again).
    private var nameHashes: [UInt64] = []
    private var hashes: [UInt64] = Array(repeating: 0, count: 64)
    /// Index + 1 into `names`; 0 for an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)

    func path(at index: Int) -> HashedPath { HashedPath(text: names[index], hash: nameHashes[index]) }

    /// The index of `name`, and whether it was new (appended).
    mutating func insert(_ name: String) -> (index: Int, isNew: Bool) { insert(HashedPath(name)) }

    mutating func insert(_ path: HashedPath) -> (index: Int, isNew: Bool) {
        if let known = index(of: path) { return (known, false) }
        let (name, hash) = (path.text, path.hash)
        var slot = Self.slot(hash, slots.count)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        names.append(name)
        nameHashes.append(hash)
        hashes[slot] = hash
        slots[slot] = Int32(names.count)
        if names.count * 2 > slots.count { grow() }
        return (names.count - 1, true)
    }

    func index(of name: String) -> Int? { index(of: HashedPath(name)) }

    func index(of path: HashedPath) -> Int? {
        var slot = Self.slot(path.hash, slots.count)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[slot] == path.hash && names[index] == path.text { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// The index of the name spelled by `bytes`, whose FNV-1a hash is `hash`.
    func index(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        var slot = Self.slot(hash, slots.count)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[slot] == hash {
                var name = names[index]
                if name.withUTF8({ $0.elementsEqual(bytes) }) { return index }
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        hashes = Array(repeating: 0, count: capacity)
        slots = Array(repeating: 0, count: capacity)
        for (index, hash) in nameHashes.enumerated() {
            var slot = Self.slot(hash, capacity)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = hash
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV's low bits mix poorly; the slot is taken from them.
    private static func slot(_ hash: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (capacity - 1)
    }
}
