import Foundation

/// Which files the run analyses (the whole project, so cross-file rules see everything)
/// and which of them it reports on (the PATH arguments, or all).
struct FilePlan {
    private(set) var discovered: DiscoveredFiles
    /// Relative paths of every file analysed, sorted.
    private(set) var files: [String]
    /// Nil: every file is reported on.
    private var reported: Set<String>?
    let options: DiscoveryOptions

    init(_ request: AnalysisRequest) {
        let configuration = request.configuration
        options = FilePlan.discoveryOptions(configuration)
        discovered = request.treeFiles ?? FileDiscovery.discover(root: configuration.root, options: options)
        files = discovered.files
        // `check .` reports on everything: walking the tree a second time cost 10M instructions.
        let namesRoot = request.paths.contains {
            FileDiscovery.namesRoot($0, cwd: request.workingDirectory, root: configuration.root)
        }
        reported = request.paths.isEmpty || namesRoot ? nil
            : Set(FileDiscovery.select(paths: request.paths, cwd: request.workingDirectory,
                                       root: configuration.root, options: options).files)
        if let stdin = request.stdin {
            let path = FilePlan.relative(stdin.path, workingDirectory: request.workingDirectory, root: configuration.root)
            if let path, admit(path) { reported = [path] } else { reported = [] }
        }
    }

    static func discoveryOptions(_ configuration: Configuration) -> DiscoveryOptions {
        DiscoveryOptions(include: configuration.include.compactMap { try? Glob($0) },
                         exclude: configuration.exclude.compactMap { try? Glob($0) },
                         respectGitignore: configuration.respectGitignore)
    }

    func isReported(_ path: String) -> Bool {
        reported.map { $0.contains(path) } ?? true
    }

    /// The relative path of a file named as `--stdin-filename` names it, when it is analysed.
    func analysedPath(_ path: String, workingDirectory: String, root: String) -> String? {
        FilePlan.relative(path, workingDirectory: workingDirectory, root: root).flatMap { files.contains($0) ? $0 : nil }
    }

    /// Takes an in-memory file into the plan when `include` and `exclude` accept its path
    /// (as `--stdin-filename` does: the file need not exist on disk). Returns whether it is in.
    mutating func admit(_ path: String) -> Bool {
        if files.contains(path) { return true }
        let accepted = options.include.contains { $0.matches(path, isDirectory: false) }
            && !options.exclude.contains { $0.matches(path, isDirectory: false) }
        if accepted { insert(path) }
        return accepted
    }

    /// Follows a file on disk that was created, changed or deleted: it is analysed when
    /// discovery would list it.
    mutating func refresh(_ path: String, root: String) {
        let listed = FileDiscovery.select(paths: [root + "/" + path], cwd: root, root: root, options: options).files
        if listed.contains(path) { insert(path) } else { files.removeAll { $0 == path } }
    }

    private mutating func insert(_ path: String) {
        guard !files.contains(path) else { return }
        files.append(path)
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// `path` relative to the project root with `/`, or nil when it lies outside it.
    static func relative(_ path: String, workingDirectory: String, root: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        let standardized = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let rootPath = URL(fileURLWithPath: root).standardizedFileURL.path
        if standardized == rootPath { return "" }
        let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        guard standardized.hasPrefix(prefix) else { return nil }
        return String(standardized.dropFirst(prefix.count))
    }
}
