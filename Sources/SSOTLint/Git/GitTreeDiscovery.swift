/// Discovery (SPEC §3) over a commit's tree instead of the disk: the same decisions —
/// skipped folder names, `exclude`, the tree's own `.gitignore` files plus
/// `.git/info/exclude`, `include` — so a commit's files are those a checkout of it would give.
enum GitTreeDiscovery {
    /// The files to analyse (with their blob ids) and the symbolic links skipped.
    struct Result {
        var discovered: DiscoveredFiles
        var objects: [String: String]
    }

    static func discover(_ tree: GitTree, options: DiscoveryOptions, projectRoot: String,
                         repository: GitRepository) throws(GitError) -> Result {
        var children: [String: [(name: String, kind: DiscoveryEntryKind, object: String?)]] = [:]
        var knownFolders: Set<String> = [""]
        for entry in tree.entries {
            let (folder, name) = split(entry.path)
            let kind: DiscoveryEntryKind = switch entry.kind {
            case .file: .file
            case .symlink: .symlink
            case .submodule: .directory
            }
            children[folder, default: []].append((name, kind, entry.kind == .submodule ? nil : entry.object))
            // Every parent folder is an entry of its own parent.
            var current = folder
            while knownFolders.insert(current).inserted {
                let (parent, folderName) = split(current)
                children[parent, default: []].append((folderName, .directory, nil))
                current = parent
            }
        }
        let ignoreBlobs = options.respectGitignore
            ? try GitBlobReader.read(tree.entries.filter { $0.kind == .file && split($0.path).name == ".gitignore" }.map(\.object),
                                     in: repository)
            : [:]
        var walker = DirectoryWalker(root: projectRoot, options: options)
        var objects: [String: String] = [:]
        var stack: [(folder: String, rules: IgnoreRules)] = [("", walker.baseRules())]
        while let (folder, inherited) = stack.popLast() {
            let entries = children[folder] ?? []
            var rules = inherited
            if let ignore = entries.first(where: { $0.name == ".gitignore" && $0.kind == .file }),
               let object = ignore.object, let contents = ignoreBlobs[object] {
                rules.addGitignore(contents, inDirectory: folder)
            }
            for entry in entries {
                let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
                switch options.decide(path, name: entry.name, kind: entry.kind, rules: rules) {
                case .skip: break
                case .descend: stack.append((path, rules))
                case .addFile:
                    walker.files.append(path)
                    objects[path] = entry.object
                case .addSymlink: walker.symlinks.append(path)
                }
            }
        }
        return Result(discovered: walker.result(), objects: objects)
    }

    /// `a/b/c.py` → (`a/b`, `c.py`); `c.py` → (``, `c.py`).
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}
