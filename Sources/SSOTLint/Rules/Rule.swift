import PythonSource

/// The keys every rule has, whatever its kind (SPEC §4).
public struct RuleCommon: Sendable {
    public var id: String
    public var kind: String
    public var severity: Severity
    public var message: MessageTemplate
    public var paths: [Glob]
    public var exclude: [Glob]
    public var pathPatterns: [String]
    public var excludePatterns: [String]
    /// Shown by `explain` and in SARIF; defaults to the message.
    public var docs: String
    public var suppressible: Bool
    public var skipTypeChecking: Bool
    /// Where the rule was defined, `file:line`.
    public var origin: String

    /// Whether the rule looks at the file at `path` (relative to the project root).
    public func applies(to path: String) -> Bool {
        (paths.isEmpty || paths.contains { $0.matches(path, isDirectory: false) })
            && !exclude.contains { $0.matches(path, isDirectory: false) }
    }
}

/// A rule: decoded from YAML by its kind, then run on files.
public protocol Rule: Sendable {
    var common: RuleCommon { get }
    /// The kind's own settings, for `explain`.
    var settings: [(key: String, value: String)] { get }
    /// The top-level modules (`os` for `os.environ`) whose references the rule reads
    /// through `FileContext.references(for:)`: chains bound to nothing under them are
    /// never made. Empty for rules that read no references.
    var referencedRoots: Set<String> { get }
}

extension Rule {
    public var referencedRoots: Set<String> { [] }
}

/// A kind of rule: its name in YAML, its own keys and message placeholders, and how a
/// rule of this kind is made from a YAML mapping. Adding a kind is one type conforming
/// to this protocol plus one line in `RuleRegistry.kinds`.
public protocol RuleKind {
    static var name: String { get }
    static var keys: [String] { get }
    static var placeholders: [String] { get }
    static func make(common: RuleCommon, fields: ConfigMapping) throws(ConfigurationError) -> any Rule
    /// What this kind reports and leaves alone, as small projects: printed by `explain`
    /// and run by the tests (`RuleExample`).
    static var examples: [RuleExample] { get }
}

/// A rule that judges each file on its own.
public protocol FileRule: Rule {
    func check(_ file: FileContext, into findings: inout [Finding])
}

/// A rule that judges files against the whole project (SPEC §4, cross-file kinds): it
/// first collects occurrences from each file (in parallel, and cacheable), then turns
/// the occurrences of all files into findings.
public protocol ProjectRule: Rule {
    func collect(_ file: FileContext) -> [Occurrence]
    func findings(_ occurrences: [FileOccurrences]) -> [Finding]
}

/// Something a cross-file rule noted in one file: a key (a defined name, a pattern
/// index) and where it is.
public struct Occurrence: Sendable, Equatable {
    public var key: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// Extra text the rule needs for its message (the matched API).
    public var detail: String
    /// `LineFingerprint` of the occurrence's line.
    public var lineHash = ""
    /// The re-export chain it was reached through (SPEC §4); empty for a direct match.
    public var via: [String] = []

    public init(key: String, line: Int, column: Int, endLine: Int, endColumn: Int, detail: String = "") {
        self.key = key
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.detail = detail
    }
}

extension Occurrence {
    /// The finding of `rule` at this occurrence.
    public func finding(_ rule: RuleCommon, path: String, message: String) -> Finding {
        var finding = Finding(ruleID: rule.id, severity: rule.severity, path: path, line: line, column: column,
                              endLine: endLine, endColumn: endColumn, message: message)
        finding.lineHash = lineHash
        finding.via = via
        return finding
    }
}

public struct FileOccurrences: Sendable {
    public var path: String
    public var occurrences: [Occurrence]

    public init(path: String, occurrences: [Occurrence]) {
        self.path = path
        self.occurrences = occurrences
    }
}
