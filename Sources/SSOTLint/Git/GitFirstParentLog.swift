/// HEAD's last commits on the first-parent line with what each changed against its first
/// parent, from one `git log --raw` run: with the newest commit's tree, the trees of all
/// the older ones follow without listing each of them.
struct GitFirstParentLog {
    /// One path that a commit changed: its mode and blob before (nil: added) and after (nil: deleted).
    struct Change {
        var path: String
        var before: (kind: GitTree.Entry.Kind, object: String)?
    }

    struct Commit {
        var info: CommitInfo
        var changes: [Change]
    }

    /// Newest first.
    var commits: [Commit]

    init(count: Int, in repository: GitRepository) throws(GitError) {
        let head = try repository.commit("HEAD")
        // --relative: paths relative to the project root, and only those below it.
        let output = try GitCommand.succeed(["log", "--first-parent", "--diff-merges=first-parent", "--raw", "-z", "--no-abbrev",
                                             "--no-renames", "--relative", "--no-show-signature", "--max-count=\(max(count, 0))",
                                             "--format=%x1e%H%x1f%cI%x1f%s", head, "--"], in: repository.projectRoot)
        commits = Self.parse(output.standardOutput)
    }

    static func parse(_ bytes: [UInt8]) -> [Commit] {
        var commits: [Commit] = []
        for record in bytes.split(separator: 0x1E) {
            guard let headerEnd = record.firstIndex(of: 0) else {
                if let info = CommitInfo.parse(String(decoding: record, as: UTF8.self) + "\u{1E}").first {
                    commits.append(Commit(info: info, changes: []))
                }
                continue
            }
            guard let info = CommitInfo.parse(String(decoding: record[..<headerEnd], as: UTF8.self) + "\u{1E}").first else { continue }
            var changes: [Change] = []
            let fields = record[(headerEnd + 1)...].split(separator: 0, omittingEmptySubsequences: false)
            var index = 0
            while index + 1 < fields.count {
                // `:<old mode> <new mode> <old object> <new object> <status>`, then the path.
                let header = fields[index].drop { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: ":") }
                let parts = header.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
                let path = String(decoding: fields[index + 1], as: UTF8.self)
                index += 2
                guard parts.count == 5 else { continue }
                let before = GitTree.Entry.kind(mode: parts[0]).map { ($0, parts[2]) }
                changes.append(Change(path: path, before: before))
            }
            commits.append(Commit(info: info, changes: changes))
        }
        return commits
    }
}
