/// The git repository that holds a project, looked up with read-only plumbing
/// (`rev-parse`, `merge-base`, `log`, `rev-list`). Nothing here changes the work tree,
/// the index, HEAD or a ref.
public struct GitRepository: Sendable {
    /// The project root (the configuration's folder), which may be a subfolder of the work tree.
    public let projectRoot: String

    /// The repository around `projectRoot`; fails when git is missing or it is no work tree.
    public init(projectRoot: String) throws(GitError) {
        self.projectRoot = projectRoot
        let inside = try GitCommand.run(["rev-parse", "--is-inside-work-tree"], in: projectRoot)
        guard inside.status == 0, inside.firstLine == "true" else { throw GitError.notAWorkTree(root: projectRoot) }
    }

    /// The commit `revision` names (a branch, tag, `origin/main`, an id, `HEAD~3`).
    public func commit(_ revision: String) throws(GitError) -> String {
        let output = try GitCommand.run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"],
                                        in: projectRoot)
        guard output.status == 0, !output.firstLine.isEmpty else { throw GitError.unknownRevision(revision) }
        return output.firstLine
    }

    /// The best common ancestor of `revision` and HEAD (`git merge-base`).
    public func mergeBase(of revision: String) throws(GitError) -> String {
        let other = try commit(revision)
        let head = try commit("HEAD")
        let output = try GitCommand.run(["merge-base", other, head], in: projectRoot)
        guard output.status == 0, !output.firstLine.isEmpty else {
            throw GitError.noMergeBase(ref: revision, shallow: isShallow)
        }
        return output.firstLine
    }

    /// Whether the repository is a shallow clone (history cut off at some depth).
    public var isShallow: Bool {
        (try? GitCommand.run(["rev-parse", "--is-shallow-repository"], in: projectRoot).firstLine) == "true"
    }

    /// The id, date and subject of one commit.
    public func info(_ commit: String) throws(GitError) -> CommitInfo {
        let output = try GitCommand.succeed(["log", "-1", "--no-show-signature", "--format=%H%x1f%cI%x1f%s%x1e", commit, "--"],
                                            in: projectRoot)
        guard let info = CommitInfo.parse(output.text).first else { throw GitError.unknownRevision(commit) }
        return info
    }
}

/// One commit as the history shows it.
public struct CommitInfo: Sendable, Equatable {
    public var id: String
    /// The committer date, ISO 8601 with the committer's offset (`%cI`).
    public var date: String
    public var subject: String

    public init(id: String, date: String, subject: String) {
        self.id = id
        self.date = date
        self.subject = subject
    }

    /// Records of `%H US %cI US %s RS`.
    static func parse(_ text: String) -> [CommitInfo] {
        text.split(separator: "\u{1E}").compactMap { record in
            let fields = record.drop(while: \.isNewline).split(separator: "\u{1F}", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty else { return nil }
            return CommitInfo(id: String(fields[0]), date: String(fields[1]), subject: String(fields[2]))
        }
    }
}
