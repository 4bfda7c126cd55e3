/// The `.gitignore` rules in effect at one folder of the tree, with git's semantics:
/// every `.gitignore` from the project root down to that folder (each one's patterns
/// relative to the folder that holds it) plus `<root>/.git/info/exclude`; no global
/// excludes. A directory walker builds it incrementally: a child folder gets a copy of its
/// parent's rules plus its own `.gitignore` (copies share storage until they differ).
///
/// Precedence is git's: a deeper `.gitignore` beats a shallower one, any `.gitignore`
/// beats `info/exclude`, and within one file the last matching line wins. A `!pattern`
/// re-includes a path, but `isIgnored` looks at the path alone: as in git, a path below
/// an ignored folder stays ignored, because the walker never enters that folder (callers
/// that check a path directly must check its parent folders first).
public struct IgnoreRules: Sendable {
    struct Rule: Sendable {
        var pattern: PathPattern
        var negated: Bool
    }

    struct Level: Sendable {
        /// The folder holding the `.gitignore`, relative to the root ("" for the root).
        var directory: [UInt8]
        var rules: [Rule]
    }

    /// `.gitignore` levels from the root down.
    private var levels: [Level] = []
    private var infoExclude: [Rule] = []

    /// No rules: nothing is ignored.
    public init() {}

    /// Whether there are no patterns at all.
    public var isEmpty: Bool { levels.isEmpty && infoExclude.isEmpty }

    /// Adds the patterns of the `.gitignore` in `directory` (relative to the root, "" for
    /// the root itself). Call in walking order: a folder's file after its parents'.
    public mutating func addGitignore(_ contents: [UInt8], inDirectory directory: String) {
        let rules = Self.parse(contents)
        guard !rules.isEmpty else { return }
        levels.append(Level(directory: Array(directory.utf8), rules: rules))
    }

    /// Adds the patterns of `<root>/.git/info/exclude`, which rank below every `.gitignore`.
    public mutating func addInfoExclude(_ contents: [UInt8]) {
        infoExclude += Self.parse(contents)
    }

    /// Whether git would ignore `relativePath` (relative to the root, `/`-separated), given
    /// that none of its parent folders is ignored.
    public func isIgnored(_ relativePath: String, isDirectory: Bool) -> Bool {
        var path = relativePath
        return path.withUTF8 { isIgnored($0, isDirectory: isDirectory) }
    }

    func isIgnored(_ path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool {
        for level in levels.reversed() {
            guard let start = Self.offset(of: path, below: level.directory) else { continue }
            if let decision = Self.lastMatch(level.rules, path, start, isDirectory) { return decision }
        }
        return Self.lastMatch(infoExclude, path, 0, isDirectory) ?? false
    }

    /// `true` (ignored) or `false` (re-included) from the last rule that matches, if any.
    private static func lastMatch(
        _ rules: [Rule], _ path: UnsafeBufferPointer<UInt8>, _ start: Int, _ isDirectory: Bool
    ) -> Bool? {
        for rule in rules.reversed() where rule.pattern.matchesItself(path, from: start, isDirectory: isDirectory) {
            return !rule.negated
        }
        return nil
    }

    /// Where the part of `path` relative to `directory` starts, if `path` is below it.
    private static func offset(of path: UnsafeBufferPointer<UInt8>, below directory: [UInt8]) -> Int? {
        if directory.isEmpty { return 0 }
        guard path.count > directory.count, path[directory.count] == UInt8(ascii: "/") else { return nil }
        for index in directory.indices where path[index] != directory[index] { return nil }
        return directory.count + 1
    }

    /// The rules of one ignore file, in file order. Lines that git would never match
    /// (bad brackets, a trailing `\`) are dropped, as git drops them.
    static func parse(_ contents: [UInt8]) -> [Rule] {
        var rules: [Rule] = []
        var lineStart = contents.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while lineStart < contents.count {
            var lineEnd = lineStart
            while lineEnd < contents.count, contents[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var line = contents[lineStart..<lineEnd]
            // Files written on Windows: a trailing CR is never meant as part of a name.
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            line = trimTrailingSpaces(line)
            var negated = false
            if line.first == UInt8(ascii: "!") {
                negated = true
                line = line.dropFirst()
            }
            guard !line.isEmpty else { continue }
            let text = String(decoding: line, as: UTF8.self)
            guard let pattern = try? PathPattern(text, flavor: .gitignore) else { continue }
            rules.append(Rule(pattern: pattern, negated: negated))
        }
        return rules
    }

    /// Drops trailing spaces unless escaped with `\` (git's `trim_trailing_spaces`).
    private static func trimTrailingSpaces(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var firstTrailingSpace: Int?
        var index = line.startIndex
        while index < line.endIndex {
            switch line[index] {
            case UInt8(ascii: " "):
                if firstTrailingSpace == nil { firstTrailingSpace = index }
            case UInt8(ascii: "\\"):
                index += 1
                if index == line.endIndex { return line }
                firstTrailingSpace = nil
            default:
                firstTrailingSpace = nil
            }
            index += 1
        }
        if let cut = firstTrailingSpace { return line[line.startIndex..<cut] }
        return line
    }
}
