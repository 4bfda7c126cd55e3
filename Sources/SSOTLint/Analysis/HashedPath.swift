import PythonSource

/// A dotted path with its FNV-1a hash, made once: the tables that look a path up
/// (`DottedNameTable`, the memos of `ReexportCandidates`) then never hash its text again,
/// and a path one part longer continues the hash.
struct HashedPath: Hashable {
    let text: String
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        hash = FNV1a.hash(utf8: text)
    }

    /// A path whose hash is known (a table's entry).
    init(text: String, hash: UInt64) {
        self.text = text
        self.hash = hash
    }

    /// This path followed by a dot and the name spelled by `part` (a chain prefix's hash is
    /// the FNV-1a of its dotted text too, continued the same way).
    func extended(by part: ArraySlice<UInt8>) -> HashedPath {
        HashedPath(text: text + "." + String(decoding: part, as: UTF8.self), hash: ChainPrefixes.extend(hash, part))
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (a: HashedPath, b: HashedPath) -> Bool { a.hash == b.hash && a.text == b.text }
}
