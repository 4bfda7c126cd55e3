#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks folders with POSIX calls (`open(O_NOFOLLOW)`, `fdopendir`, `readdir`, `d_type`),
/// never following a symbolic link, using an explicit stack instead of recursion.
/// Accumulates what `FileDiscovery` returns.
struct DirectoryWalker {
    typealias EntryKind = DiscoveryEntryKind

    /// The project root as given (absolute or relative to the process), without trailing `/`.
    let root: String
    let options: DiscoveryOptions
    var files: [String] = []
    var symlinks: [String] = []
    var unreadable: [UnreadablePath] = []

    init(root: String, options: DiscoveryOptions) {
        self.root = root
        self.options = options
    }

    /// The rules that hold everywhere: `<root>/.git/info/exclude` (when honoured).
    mutating func baseRules() -> IgnoreRules {
        var rules = IgnoreRules()
        if options.respectGitignore, let contents = readIgnoreFile(".git/info/exclude") {
            rules.addInfoExclude(contents)
        }
        return rules
    }

    /// Walks the folder `start` (relative to the root; "" for the root) and everything
    /// below it that the options and `.gitignore` files allow. `rules` are those in effect
    /// in `start`'s parent.
    mutating func walk(from start: String, rules: IgnoreRules) {
        var stack: [(directory: String, rules: IgnoreRules)] = [(start, rules)]
        while let (directory, inherited) = stack.popLast() {
            let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (directory.isEmpty ? 0 : O_NOFOLLOW)
            let descriptor = open(absolute(directory), flags)
            guard descriptor >= 0, let stream = fdopendir(descriptor) else {
                let reason = errorText()
                if descriptor >= 0 { close(descriptor) }
                unreadable.append(UnreadablePath(path: directory.isEmpty ? "." : directory, reason: reason))
                continue
            }
            let entries = readEntries(stream, directory: directory)
            var rules = inherited
            if options.respectGitignore, entries.contains(where: { $0.name == ".gitignore" && $0.kind == .file }) {
                let path = directory.isEmpty ? ".gitignore" : directory + "/.gitignore"
                if let contents = readFile(at: dirfd(stream), name: ".gitignore", displayPath: path) {
                    rules.addGitignore(contents, inDirectory: directory)
                }
            }
            closedir(stream)
            for (name, kind) in entries {
                let path = directory.isEmpty ? name : directory + "/" + name
                switch options.decide(path, name: name, kind: kind, rules: rules) {
                case .skip: break
                case .descend: stack.append((path, rules))
                case .addFile: files.append(path)
                case .addSymlink: symlinks.append(path)
                }
            }
        }
    }

    /// Handles one PATH named on the command line, `relative` to the root: its parent
    /// folders must be allowed too, as they would be on a walk from the root.
    mutating func visitNamed(_ relative: String, rules base: IgnoreRules) {
        guard !relative.isEmpty else { return walk(from: "", rules: base) }
        var rules = base
        if options.respectGitignore, let contents = readIgnoreFile(".gitignore") {
            rules.addGitignore(contents, inDirectory: "")
        }
        let parts = relative.split(separator: "/").map(String.init)
        var current = ""
        for part in parts {
            current = current.isEmpty ? part : current + "/" + part
            guard let kind = kindOfEntry(current) else {
                return unreadable.append(UnreadablePath(path: relative, reason: errorText()))
            }
            let isNamedPath = current == relative
            if !isNamedPath, kind == .file || kind == .other {
                return unreadable.append(UnreadablePath(path: relative, reason: "\(current) is not a folder"))
            }
            switch options.decide(current, name: part, kind: kind, rules: rules) {
            case .skip:
                if isNamedPath, kind == .other {
                    unreadable.append(UnreadablePath(path: relative, reason: "not a regular file or folder"))
                }
                return
            case .addFile: return files.append(current)
            case .addSymlink: return symlinks.append(current)
            case .descend:
                if isNamedPath { return walk(from: current, rules: rules) }
                if options.respectGitignore, let contents = readIgnoreFile(current + "/.gitignore") {
                    rules.addGitignore(contents, inDirectory: current)
                }
            }
        }
    }

    /// Files and links sorted by byte order without duplicates; problems sorted by path.
    func result() -> DiscoveredFiles {
        func sortedUnique(_ paths: [String]) -> [String] {
            var sorted = paths.sorted(by: utf8Precedes)
            var previous: String?
            sorted.removeAll { path in
                defer { previous = path }
                return path == previous
            }
            return sorted
        }
        let problems = unreadable.enumerated().sorted { lhs, rhs in
            lhs.element.path == rhs.element.path
                ? lhs.offset < rhs.offset
                : utf8Precedes(lhs.element.path, rhs.element.path)
        }
        return DiscoveredFiles(
            files: sortedUnique(files), skippedSymlinks: sortedUnique(symlinks), unreadable: problems.map(\.element)
        )
    }

    private mutating func readEntries(
        _ stream: OpaquePointer, directory: String
    ) -> [(name: String, kind: EntryKind)] {
        var entries: [(name: String, kind: EntryKind)] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        errno = 0
        while let entry = readdir(stream) {
            let namePointer = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self)
            if namePointer[0] == 0x2E, namePointer[1] == 0 || (namePointer[1] == 0x2E && namePointer[2] == 0) {
                continue
            }
            guard let name = String(validatingCString: namePointer) else {
                let bytes = UnsafeRawBufferPointer(start: namePointer, count: strlen(namePointer))
                let lossy = String(decoding: bytes, as: UTF8.self)
                let path = directory.isEmpty ? lossy : directory + "/" + lossy
                unreadable.append(UnreadablePath(path: path, reason: "the name is not valid UTF-8"))
                continue
            }
            var kind: EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = statKind(dirfd(stream), name) ?? .other
            default: kind = .other
            }
            entries.append((name, kind))
        }
        if errno != 0 {
            unreadable.append(UnreadablePath(path: directory.isEmpty ? "." : directory, reason: errorText()))
        }
        return entries
    }

    /// The kind of `relative` (below the root) without following a final symbolic link.
    private func kindOfEntry(_ relative: String) -> EntryKind? {
        statKind(AT_FDCWD, absolute(relative))
    }

    private func statKind(_ directory: Int32, _ name: String) -> EntryKind? {
        var info = stat()
        guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The contents of an ignore file at `relative`; nil when it is absent, a symbolic
    /// link (git does not follow those either) or not a regular file.
    private mutating func readIgnoreFile(_ relative: String) -> [UInt8]? {
        readFile(at: AT_FDCWD, name: absolute(relative), displayPath: relative)
    }

    private mutating func readFile(at directory: Int32, name: String, displayPath: String) -> [UInt8]? {
        let descriptor = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if ![ENOENT, ENOTDIR, ELOOP].contains(errno) {
                unreadable.append(UnreadablePath(path: displayPath, reason: errorText()))
            }
            return nil
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var contents: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return contents }
            if count < 0 {
                if errno == EINTR { continue }
                unreadable.append(UnreadablePath(path: displayPath, reason: errorText()))
                return nil
            }
            contents += buffer[0..<count]
        }
    }

    private func absolute(_ relative: String) -> String {
        if relative.isEmpty { return root }
        return root == "/" ? "/" + relative : root + "/" + relative
    }

    private func errorText() -> String { String(cString: strerror(errno)) }
}

/// `realpath(3)`: the absolute path with every symbolic link resolved, if it exists.
func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}

/// Byte order of the UTF-8 encodings (code point order), with `memcmp`: the generic
/// `lexicographicallyPrecedes` over `utf8` views costs more than the whole walk.
func utf8Precedes(_ lhs: String, _ rhs: String) -> Bool {
    let order = lhs.utf8.withContiguousStorageIfAvailable { left in
        rhs.utf8.withContiguousStorageIfAvailable { right in
            let common = min(left.count, right.count)
            if common > 0, let a = left.baseAddress, let b = right.baseAddress {
                let order = memcmp(a, b, common)
                if order != 0 { return order < 0 }
            }
            return left.count < right.count
        }
    }
    return (order ?? nil) ?? lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}
