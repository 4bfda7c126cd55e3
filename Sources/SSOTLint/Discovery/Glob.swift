/// A configuration glob (`include`, `exclude`, category `paths`, rule `paths`), compiled
/// once and matched against `/`-separated paths relative to the project root.
///
/// Semantics (SPEC §3, gitignore-like, case-sensitive):
/// - a leading `./` or `/` is dropped, and anchors the pattern at the root;
/// - `*` matches any run of characters within one path segment, `?` one character;
/// - `**` as a whole segment spans any number of segments: `**/x` (x at any depth),
///   `a/**/b` (`a/b`, `a/x/b`, ...), `x/**` (everything below `x`); elsewhere it is `*`;
/// - `[abc]`, `[a-z]`, `[!abc]` (or `[^abc]`) and `[[:digit:]]` match one character,
///   never `/`; `\` makes the next character literal;
/// - a pattern containing a `/` other than a trailing one is anchored at the root; one
///   without matches any single segment at any depth (`conftest.py`, `build`);
/// - a trailing `/` matches folders only;
/// - a path matches when it or any of its parent folders matches, so `build/` covers
///   every file below a folder named `build`.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    let compiled: PathPattern

    /// Compiles `pattern`; throws for an empty pattern, an unterminated `[`, an unknown
    /// `[:class:]` or a trailing `\`.
    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        do {
            compiled = try PathPattern(pattern, flavor: .glob)
        } catch {
            throw GlobError(pattern: pattern, message: error.message, column: error.column)
        }
    }

    /// Whether `relativePath` (relative to the project root, `/`-separated, with no
    /// leading `./` and no trailing `/`) or one of its parent folders matches.
    /// `isDirectory` says whether the path itself is a folder; its parents always are.
    public func matches(_ relativePath: String, isDirectory: Bool) -> Bool {
        var path = relativePath
        return path.withUTF8 { compiled.matchesItselfOrParent($0, from: 0, isDirectory: isDirectory) }
    }

    /// Whether `relativePath` itself matches, not counting matches of its parent folders.
    /// A directory walker that prunes excluded folders needs only this test.
    public func matchesItself(_ relativePath: String, isDirectory: Bool) -> Bool {
        var path = relativePath
        return path.withUTF8 { compiled.matchesItself($0, from: 0, isDirectory: isDirectory) }
    }

    /// Whether the pattern ends in `/` and so matches folders (and what is below them) only.
    public var isDirectoryOnly: Bool { compiled.directoryOnly }

    /// Whether the pattern's last segment has no wildcard, so that it names a file or a
    /// folder (`src`, `tests/unit/`) rather than a family of names (`*.py`, `test_*`).
    public var namesPathLiterally: Bool { compiled.lastSegmentIsLiteral }

    public var description: String { pattern }

    public static func == (lhs: Glob, rhs: Glob) -> Bool { lhs.pattern == rhs.pattern }

    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

/// A glob that cannot be compiled. The configuration loader adds the file, line and column
/// of the glob in the YAML.
public struct GlobError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The glob as written.
    public var pattern: String
    /// What is wrong, e.g. "unterminated '['".
    public var message: String
    /// The 1-based column within `pattern`, counted in characters (code points).
    public var column: Int

    public init(pattern: String, message: String, column: Int) {
        self.pattern = pattern
        self.message = message
        self.column = column
    }

    public var description: String {
        "invalid glob '\(pattern)': \(message) at column \(column)"
    }
}
