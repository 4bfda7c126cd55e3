import Foundation

/// What `ssotlint init` learns from a project's folders: whether it uses a `src/` layout
/// and where its tests live.
public struct ProjectLayout: Sendable, Equatable {
    /// `src` when `src/` holds Python code, else `.`.
    public var srcRoots: [String]
    /// Globs for the test folders actually present: `tests/**`, `test/**`, `**/tests/**`.
    public var testFolders: [String]

    public init(srcRoots: [String] = ["."], testFolders: [String] = []) {
        self.srcRoots = srcRoots
        self.testFolders = testFolders
    }

    /// Folders never looked into besides hidden ones: the rest of SPEC §3's list, and the
    /// build output the starter configuration excludes.
    static let skippedFolders: Set<String> = [
        "__pycache__", "venv", "node_modules", "site-packages", "build", "dist",
    ]
    /// Folders looked at, at most, while searching for nested `tests` folders.
    static let folderLimit = 20_000

    /// Looks at the folders under `root` (symbolic links are not followed).
    public static func detect(root: String) -> ProjectLayout {
        var layout = ProjectLayout()
        if holdsPython(root + "/src", depth: 2) { layout.srcRoots = ["src"] }
        if isFolder(root + "/tests") { layout.testFolders.append("tests/**") }
        if isFolder(root + "/test") { layout.testFolders.append("test/**") }
        if hasNestedTestsFolder(root) { layout.testFolders.append("**/tests/**") }
        return layout
    }

    /// A folder named `tests` below the top level, found breadth first.
    static func hasNestedTestsFolder(_ root: String) -> Bool {
        var queue = subfolders(of: root).map { (path: root + "/" + $0, depth: 1) }
        var visited = 0
        while visited < queue.count && visited < folderLimit {
            let (folder, depth) = queue[visited]
            visited += 1
            for name in subfolders(of: folder) {
                if name == "tests" { return true }
                if depth < 12 { queue.append((folder + "/" + name, depth + 1)) }
            }
        }
        return false
    }

    /// Whether `folder` holds a `.py` file within `depth` levels.
    static func holdsPython(_ folder: String, depth: Int) -> Bool {
        guard depth > 0, isFolder(folder), let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            return false
        }
        if names.contains(where: { $0.hasSuffix(".py") && isFile(folder + "/" + $0) }) { return true }
        return subfolders(of: folder).contains { holdsPython(folder + "/" + $0, depth: depth - 1) }
    }

    /// The names of the folders in `folder`, without hidden and skipped ones, sorted.
    static func subfolders(of folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { !$0.hasPrefix(".") && !skippedFolders.contains($0) && isFolder(folder + "/" + $0) }.sorted()
    }

    static func isFolder(_ path: String) -> Bool { fileType(path) == S_IFDIR }
    static func isFile(_ path: String) -> Bool { fileType(path) == S_IFREG }

    /// The type bits of `path` itself (`lstat`: a symbolic link is a link, not its target).
    static func fileType(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }
}
