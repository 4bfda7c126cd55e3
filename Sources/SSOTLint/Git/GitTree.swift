/// The entries of a commit's tree below the project root (`git ls-tree -r -z`): every
/// blob, symbolic link and submodule, with paths relative to the project root.
public struct GitTree: Sendable {
    public struct Entry: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case file, symlink, submodule }

        public var path: String
        public var kind: Kind
        /// The blob id: a hash of the contents, so equal ids mean equal bytes.
        public var object: String

        /// The kind of an entry with this git file mode; nil for none (`000000`) or a tree.
        static func kind(mode: String) -> Kind? {
            switch mode {
            case "100644", "100755": return .file
            case "120000": return .symlink
            case "160000": return .submodule
            default: return nil
            }
        }
    }

    public var commit: String
    /// Sorted by path.
    public var entries: [Entry]
    /// Set on a tree derived from a newer one when only blobs of existing files differ
    /// (no path added, removed or changed in kind, no `.gitignore` changed): discovery of
    /// the newer tree holds for it, with these paths' blob ids changed.
    var modifiedOnly: Set<String>?
    /// The commit of the tree this one was derived from.
    var derivedFrom: String?
    /// Position of each path in `entries`.
    private var positions: [String: Int]

    init(commit: String, entries: [Entry]) {
        self.commit = commit
        self.entries = entries
        positions = Dictionary(entries.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The tree of `parent`, the first parent of this tree's commit, given what the commit changed.
    func undoing(_ changes: [GitFirstParentLog.Change], parent: String) -> GitTree {
        var tree = self
        tree.commit = parent
        var modified = Set<String>()
        for change in changes {
            guard let before = change.before, let position = positions[change.path], entries[position].kind == before.kind,
                  !change.path.hasSuffix(".gitignore") else {
                return rebuilt(changes, parent: parent)
            }
            tree.entries[position].object = before.object
            modified.insert(change.path)
        }
        tree.modifiedOnly = modified
        tree.derivedFrom = commit
        return tree
    }

    /// The blob id at `path`, if the tree has it.
    func object(at path: String) -> String? { positions[path].map { entries[$0].object } }

    private func rebuilt(_ changes: [GitFirstParentLog.Change], parent: String) -> GitTree {
        var byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for change in changes {
            byPath[change.path] = change.before.map { Entry(path: change.path, kind: $0.kind, object: $0.object) }
        }
        return GitTree(commit: parent, entries: byPath.values.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    }

    /// The tree of `commit`, as seen from `repository.projectRoot` (ls-tree limits itself
    /// to the current folder and prints paths relative to it).
    public init(commit: String, in repository: GitRepository) throws(GitError) {
        let output = try GitCommand.succeed(["ls-tree", "-r", "-z", commit], in: repository.projectRoot)
        self.init(commit: commit, entries: Self.parse(output.standardOutput).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    }

    /// `<mode> SP <type> SP <object> TAB <path> NUL`, one per entry.
    static func parse(_ bytes: [UInt8]) -> [Entry] {
        var entries: [Entry] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0 { end += 1 }
            defer { start = end + 1 }
            let record = bytes[start..<end]
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = record[..<tab].split(separator: UInt8(ascii: " "))
            guard fields.count == 3 else { continue }
            guard let kind = Entry.kind(mode: String(decoding: fields[0], as: UTF8.self)) else { continue }
            entries.append(Entry(path: String(decoding: record[(tab + 1)...], as: UTF8.self), kind: kind,
                                 object: String(decoding: fields[2], as: UTF8.self)))
        }
        return entries
    }
}
