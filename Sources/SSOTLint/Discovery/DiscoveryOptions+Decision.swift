/// What an entry of a folder is, as discovery sees it (a symbolic link is never followed).
enum DiscoveryEntryKind { case file, directory, symlink, other }

/// What discovery does with one entry of a folder.
enum DiscoveryDecision { case skip, descend, addFile, addSymlink }

extension DiscoveryOptions {
    /// The one place that decides an entry's fate, for the walk of the disk and of a git
    /// tree alike: skipped folder names, then `exclude`, then `.gitignore`, then `include`.
    func decide(_ path: String, name: String, kind: DiscoveryEntryKind, rules: IgnoreRules) -> DiscoveryDecision {
        if kind == .other { return .skip }
        if kind == .directory, FileDiscovery.skippedFolderNames.contains(name) { return .skip }
        var path = path
        return path.withUTF8 { bytes in
            let isDirectory = kind == .directory
            if exclude.contains(where: { $0.compiled.matchesItself(bytes, from: 0, isDirectory: isDirectory) }) {
                return .skip
            }
            if respectGitignore, rules.isIgnored(bytes, isDirectory: isDirectory) { return .skip }
            switch kind {
            case .directory: return .descend
            case .symlink: return .addSymlink
            default: return isIncluded(bytes) ? .addFile : .skip
            }
        }
    }

    /// Whether `include` takes a file at `path` (before `exclude` and `.gitignore` have their say).
    func includes(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { isIncluded($0) }
    }

    private func isIncluded(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        include.contains { glob in
            glob.compiled.matchesItself(path, from: 0, isDirectory: false)
                || (glob.isDirectoryOnly || glob.namesPathLiterally)
                && glob.compiled.matchesItselfOrParent(path, from: 0, isDirectory: false)
        }
    }
}
