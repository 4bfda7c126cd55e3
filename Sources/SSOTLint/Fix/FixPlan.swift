/// The rewrites `check --fix` would make, file by file, and the reported imports it
/// leaves alone.
public struct FixPlan: Sendable {
    public var files: [FileFix] = []
    public var refusals: [FixRefusal] = []

    public init() {}

    /// Imports rewritten, over all files.
    public var fixCount: Int { files.reduce(0) { $0 + $1.fixCount } }
}

/// One file's text before and after its rewrites.
public struct FileFix: Sendable, Equatable {
    /// Relative to the project root, with `/`.
    public var path: String
    /// The bytes the plan was made from, exactly as read.
    public var original: [UInt8]
    /// The same bytes with the rewrites made (byte-order mark and line ends kept).
    public var fixed: [UInt8]
    /// Imports rewritten in the file.
    public var fixCount: Int
    /// Each rewritten import on its own, for an editor's one-import quick fix.
    public var imports: [ImportRewrite] = []
}

/// The rewrite of one import: the finding it fixes and its edits of `FileFix.original`.
public struct ImportRewrite: Sendable, Equatable {
    public var ruleID: String
    public var line: Int
    public var column: Int
    /// Byte ranges of the original file and their replacements; they do not overlap.
    public var edits: [TextEdit]
}

/// A reported import that `check --fix` left as it was, and why.
public struct FixRefusal: Sendable, Equatable, CustomStringConvertible {
    public var ruleID: String
    public var path: String
    public var line: Int
    public var column: Int
    public var reason: String

    /// `path:line:col: ID not fixed: reason`
    public var description: String { "\(path):\(line):\(column): \(ruleID) not fixed: \(reason)" }
}
