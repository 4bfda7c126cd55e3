/// Files renamed between the merge-base and today, old path → new path: the renames git
/// finds between the merge-base and HEAD (`diff-tree -M`: similar contents), plus files
/// whose exact contents moved to a new path in the work tree and are not committed yet.
struct RenameMap {
    var newPath: [String: String] = [:]

    init(from base: String, in repository: GitRepository, baseOutcomes: FileOutcomes, today: FileOutcomes) throws(GitError) {
        let gone = Set(baseOutcomes.byPath.keys).subtracting(today.byPath.keys)
        let added = Set(today.byPath.keys).subtracting(baseOutcomes.byPath.keys)
        guard !gone.isEmpty, !added.isEmpty else { return }
        // diff-tree prints paths from the top of the work tree; the project may sit below it.
        let prefix = try GitCommand.succeed(["rev-parse", "--show-prefix"], in: repository.projectRoot).firstLine
        let diff = try GitCommand.succeed(["diff-tree", "-r", "-z", "-M", "--name-status", base, "HEAD"], in: repository.projectRoot)
        var taken = Set<String>()
        for (old, new) in Self.renames(diff.standardOutput) where old.hasPrefix(prefix) && new.hasPrefix(prefix) {
            let (from, to) = (String(old.dropFirst(prefix.count)), String(new.dropFirst(prefix.count)))
            if gone.contains(from), added.contains(to), taken.insert(to).inserted { newPath[from] = to }
        }
        var addedByHash: [UInt64: [String]] = [:]
        for path in added where !taken.contains(path) {
            if let hash = today.byPath[path]?.contentHash { addedByHash[hash, default: []].append(path) }
        }
        for path in gone where newPath[path] == nil {
            guard let hash = baseOutcomes.byPath[path]?.contentHash, let candidates = addedByHash[hash],
                  candidates.count == 1 else { continue }
            newPath[path] = candidates[0]
        }
    }

    /// The `R<score> NUL old NUL new NUL` records of `diff-tree -z --name-status`.
    static func renames(_ bytes: [UInt8]) -> [(String, String)] {
        let fields = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var pairs: [(String, String)] = []
        var index = 0
        while index < fields.count {
            let status = fields[index]
            if status.hasPrefix("R") || status.hasPrefix("C") {
                guard index + 2 < fields.count else { break }
                if status.hasPrefix("R") { pairs.append((fields[index + 1], fields[index + 2])) }
                index += 3
            } else {
                index += status.isEmpty ? 1 : 2
            }
        }
        return pairs
    }
}
