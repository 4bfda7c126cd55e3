/// Why a git-aware command cannot run; one line for people, with what to do about it.
public enum GitError: Error, Equatable, CustomStringConvertible, Sendable {
    /// No `git` executable on `PATH`.
    case gitMissing
    /// The project root is not inside a git work tree.
    case notAWorkTree(root: String)
    /// A revision that does not name a commit.
    case unknownRevision(String)
    /// The two commits share no history here; in a shallow clone that is usually missing depth.
    case noMergeBase(ref: String, shallow: Bool)
    /// `git` failed in a way the cases above do not cover.
    case failed(command: String, message: String)

    public var description: String {
        switch self {
        case .gitMissing:
            return "git was not found on PATH; the git-aware options need the git executable"
        case .notAWorkTree(let root):
            return "\(root) is not inside a git work tree"
        case .unknownRevision(let revision):
            return "unknown revision '\(revision)': it names no commit here (fetch it first, e.g. git fetch origin \(revision))"
        case .noMergeBase(let ref, let shallow):
            let depth = shallow
                ? "this is a shallow clone; fetch more history (git fetch --unshallow, or fetch-depth: 0 with actions/checkout in GitHub Actions, GIT_DEPTH: 0 in GitLab CI)"
                : "the branches share no history"
            return "no merge-base between \(ref) and HEAD: \(depth)"
        case .failed(let command, let message):
            return "git \(command) failed: \(message)"
        }
    }
}
