import PythonSource

/// Everything a rule may ask about one file; built once per file, read by every rule.
public final class FileContext {
    /// Relative to the project root, with `/`.
    public let path: String
    public let moduleName: String
    public let source: SourceFile
    /// Where the file's comments and strings are (its tokens are not kept).
    public let summary: TokenSummary
    public let facts: FileFacts
    /// Bindings of every import in the file (made on first use: a file whose chains all
    /// start with names bound under no rule's roots resolves none).
    public private(set) lazy var bindings = ImportResolver.Bindings(imports: facts.imports, moduleName: moduleName, isPackage: isPackage)
    /// Bindings of the imports outside `if TYPE_CHECKING:` blocks, for rules with
    /// `skip-type-checking: true` (such imports then neither bind nor reference).
    public private(set) lazy var runtimeBindings = facts.imports.contains { $0.inTypeChecking }
        ? ImportResolver.Bindings(imports: facts.imports.filter { !$0.inTypeChecking }, moduleName: moduleName, isPackage: isPackage)
        : bindings
    public let isPackage: Bool
    /// The top-level names of the project's modules when a rule follows re-exports
    /// (empty otherwise): references under them wait for the symbol index.
    public let projectRoots: Set<String>
    /// The top-level modules some rule reads references under (nil: every one): the
    /// scan made only the chains bound under them, and import statements elsewhere
    /// reference nothing a rule asks about.
    public let referencedRoots: Set<String>?
    lazy var allResolved = resolveReferences(skippingTypeChecking: false)
    /// The same as `allResolved` when nothing is inside `if TYPE_CHECKING:`.
    lazy var runtimeResolved = hasTypeCheckingCode ? resolveReferences(skippingTypeChecking: true) : allResolved
    var allReferences: [ResolvedReference] { allResolved.references }
    var runtimeReferences: [ResolvedReference] { runtimeResolved.references }
    /// Some import or reference sits inside `if TYPE_CHECKING:`.
    var hasTypeCheckingCode: Bool {
        facts.imports.contains { $0.inTypeChecking } || facts.references.contains { $0.inTypeChecking }
    }

    public init(path: String, moduleName: String, source: SourceFile, summary: TokenSummary, facts: FileFacts,
                projectRoots: Set<String> = [], referencedRoots: Set<String>? = nil) {
        self.path = path
        self.projectRoots = projectRoots
        self.referencedRoots = referencedRoots
        self.moduleName = moduleName
        self.source = source
        self.summary = summary
        self.facts = facts
        let isPackage = ModuleName.isPackageInitializer(relativePath: path)
        self.isPackage = isPackage
    }

    public func bindings(for rule: RuleCommon) -> ImportResolver.Bindings {
        rule.skipTypeChecking ? runtimeBindings : bindings
    }

    /// The position span of the byte range, as a finding reports it.
    public func span(_ start: UInt32, _ end: UInt32) -> (SourcePosition, SourcePosition) {
        (source.position(of: start), source.position(of: end))
    }

    /// A finding of `rule` over the byte range.
    public func finding(_ rule: RuleCommon, from start: UInt32, to end: UInt32, message: String) -> Finding {
        let (from, to) = span(start, end)
        var finding = Finding(ruleID: rule.id, severity: rule.severity, path: path, line: from.line, column: from.column,
                              endLine: to.line, endColumn: to.column, message: message)
        finding.lineHash = LineFingerprint.hash(line: from.line, source: source, summary: summary)
        return finding
    }

    /// An occurrence for a cross-file rule over the byte range.
    public func occurrence(key: String, from start: UInt32, to end: UInt32, detail: String = "") -> Occurrence {
        let (from, to) = span(start, end)
        var occurrence = Occurrence(key: key, line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
                                    detail: detail)
        occurrence.lineHash = LineFingerprint.hash(line: from.line, source: source, summary: summary)
        return occurrence
    }
}
