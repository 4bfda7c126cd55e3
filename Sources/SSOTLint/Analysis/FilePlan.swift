import Foundation

/// Which files the run analyses (the whole project, so cross-file rules see everything)
/// and which of them it reports on (the PATH arguments, or all).
struct FilePlan {
    let discovered: DiscoveredFiles
    /// Relative paths of every file analysed, sorted.
    let files: [String]
    private let reported: Set<String>?
    private let stdinIndex: Int?
    private let stdinBytes: [UInt8]?

    init(_ request: AnalysisRequest) {
        let configuration = request.configuration
        let options = DiscoveryOptions(
            include: configuration.include.compactMap { try? Glob($0) },
            exclude: configuration.exclude.compactMap { try? Glob($0) },
            respectGitignore: configuration.respectGitignore)
        discovered = FileDiscovery.discover(root: configuration.root, options: options)
        var files = discovered.files
        var reported: Set<String>? = request.paths.isEmpty ? nil
            : Set(FileDiscovery.select(paths: request.paths, cwd: request.workingDirectory,
                                       root: configuration.root, options: options).files)
        var stdinIndex: Int?
        if let stdin = request.stdin {
            let path = FilePlan.relative(stdin.path, workingDirectory: request.workingDirectory, root: configuration.root)
            let accepted = path.map { path in
                options.include.contains { $0.matches(path, isDirectory: false) }
                    && !options.exclude.contains { $0.matches(path, isDirectory: false) }
            } ?? false
            if let path, accepted {
                if !files.contains(path) {
                    files.append(path)
                    files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                }
                stdinIndex = files.firstIndex(of: path)
                reported = [path]
            } else {
                reported = []
            }
        }
        self.files = files
        self.reported = reported
        self.stdinIndex = stdinIndex
        self.stdinBytes = request.stdin?.bytes
    }

    func isReported(_ index: Int) -> Bool {
        reported.map { $0.contains(files[index]) } ?? true
    }

    /// Standard input's bytes for the file named by `--stdin-filename`.
    func replacement(for index: Int) -> [UInt8]? {
        index == stdinIndex ? stdinBytes : nil
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
