/// What decides which files are analysed, besides the fixed list of skipped folders.
public struct DiscoveryOptions: Sendable {
    /// Files to analyse. A file is included when a glob matches its own path, or when a
    /// parent folder matches a glob that names a folder (`src`, `tests/`); a wildcard
    /// name such as `**/*.py` selects files by their own name, so the contents of a folder
    /// called `x.py` are not taken for Python.
    public var include: [Glob]
    /// Files and folders to leave out (a matching folder is not entered).
    public var exclude: [Glob]
    /// Whether `.gitignore` files and `.git/info/exclude` are honoured.
    public var respectGitignore: Bool

    /// `["**/*.py"]`.
    public static let defaultInclude: [Glob] = [Glob(compiledLiteral: "**/*.py")]

    public init(include: [Glob] = DiscoveryOptions.defaultInclude, exclude: [Glob] = [], respectGitignore: Bool = true) {
        self.include = include
        self.exclude = exclude
        self.respectGitignore = respectGitignore
    }
}

/// A path that could not be looked at, and why (an `strerror` text or a short reason).
public struct UnreadablePath: Sendable, Equatable, CustomStringConvertible {
    /// Relative to the project root (`.` for the root itself), or as the user typed it.
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// The result of discovery. All paths are relative to the project root, `/`-separated.
public struct DiscoveredFiles: Sendable, Equatable {
    /// The files to analyse, sorted by UTF-8 byte order, without duplicates.
    public var files: [String]
    /// Symbolic links (to files or folders) that were not followed, sorted.
    public var skippedSymlinks: [String]
    /// Folders that could not be listed, `.gitignore` files that could not be read, named
    /// paths that do not exist or lie outside the root.
    public var unreadable: [UnreadablePath]

    public init(files: [String] = [], skippedSymlinks: [String] = [], unreadable: [UnreadablePath] = []) {
        self.files = files
        self.skippedSymlinks = skippedSymlinks
        self.unreadable = unreadable
    }
}

/// Finds the files to analyse under a project root (SPEC §3 "Discovery").
///
/// Folders named in `skippedFolderNames` are skipped at any depth; symbolic links are never
/// followed and are listed in `skippedSymlinks` (unless excluded or ignored); a folder that
/// cannot be listed is reported in `unreadable` and the walk goes on. Only regular files
/// are ever listed. The walk uses an explicit stack, so tree depth cannot overflow it.
public enum FileDiscovery {
    /// Folders skipped wherever they are, before any glob is consulted. Case-sensitive.
    public static let skippedFolderNames: Set<String> = [
        ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", "__pycache__", "node_modules",
        "site-packages", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".ssotlint_cache",
    ]

    /// Every file below `root` that the options select.
    public static func discover(root: String, options: DiscoveryOptions = DiscoveryOptions()) -> DiscoveredFiles {
        var walker = DirectoryWalker(root: trimmedRoot(root), options: options)
        walker.walk(from: "", rules: walker.baseRules())
        return walker.result()
    }

    /// The files selected by explicitly named PATHs (as the user typed them: relative to
    /// `cwd` or absolute). A named folder is walked like the root; a named file is kept
    /// only if `include`, `exclude` and `.gitignore` allow it, its parent folders included
    /// (ruff's `--force-exclude`), so a pre-commit run honours the configuration. A named
    /// path that does not exist or lies outside `root` is reported in `unreadable`.
    public static func select(
        paths: [String], cwd: String, root: String, options: DiscoveryOptions = DiscoveryOptions()
    ) -> DiscoveredFiles {
        let root = trimmedRoot(root)
        let absoluteRoot = root.hasPrefix("/") ? root : cwd + "/" + root
        var walker = DirectoryWalker(root: absoluteRoot, options: options)
        let rules = walker.baseRules()
        for path in paths {
            guard let relative = relativePath(of: path, cwd: cwd, root: absoluteRoot) else {
                walker.unreadable.append(UnreadablePath(path: path, reason: "outside the project root \(root)"))
                continue
            }
            walker.visitNamed(relative, rules: rules)
        }
        return walker.result()
    }

    /// Whether `path` (as `select` takes it) names the project root itself, so that it
    /// selects exactly what `discover` finds.
    public static func namesRoot(_ path: String, cwd: String, root: String) -> Bool {
        let root = trimmedRoot(root)
        return relativePath(of: path, cwd: cwd, root: root.hasPrefix("/") ? root : cwd + "/" + root) == ""
    }

    private static func trimmedRoot(_ root: String) -> String {
        var root = root.isEmpty ? "." : root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        return root
    }

    /// `path` relative to `root` ("" for the root itself), resolving `.` and `..` by name.
    /// When that fails (a symbolic link in `cwd` or `root`), the real paths are compared.
    static func relativePath(of path: String, cwd: String, root: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
        if let relative = relative(normalized(absolute), to: normalized(root)) { return relative }
        guard let realRoot = realPath(root) else { return nil }
        var candidate = normalized(absolute)
        if !path.hasPrefix("/"), let realCwd = realPath(cwd) {
            candidate = normalized(realCwd + "/" + path)
        }
        // Resolve the parent folder only: a named symbolic link must stay a link.
        if let slash = candidate.lastIndex(of: "/"), slash != candidate.startIndex,
           let realParent = realPath(String(candidate[..<slash])) {
            candidate = realParent + candidate[slash...]
        }
        return relative(candidate, to: normalized(realRoot))
    }

    private static func relative(_ path: String, to root: String) -> String? {
        if path == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// `path` made absolute-looking with `.`, `..` and repeated `/` resolved by name.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}

extension Glob {
    /// For patterns written in the source and known to be valid.
    init(compiledLiteral pattern: String) {
        do {
            try self.init(pattern)
        } catch {
            preconditionFailure("built-in glob \(pattern) is invalid: \(error)")
        }
    }
}
