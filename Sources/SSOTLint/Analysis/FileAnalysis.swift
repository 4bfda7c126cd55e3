import PythonSource

/// What the per-file pass leaves for the cross-file pass and the output: small values,
/// so that memory stays flat however many files there are.
struct FileOutcome {
    var findings: [Finding] = []
    /// Per project rule (in order), the occurrences it collected here.
    var occurrences: [[Occurrence]]
    var suppressions: SuppressionIndex?
    var isUnanalysable = false
    /// How the file was when analysed, for the cache (nil for standard input).
    var identity: FileIdentity?
    var contentHash: UInt64 = 0
}

/// The per-file pass: read, decode, tokenize, scan facts, run per-file rules and
/// collect occurrences for cross-file rules. Safe to call from many threads.
struct FileAnalysis: @unchecked Sendable {
    let configuration: Configuration
    let fileRules: [any FileRule]
    let projectRules: [any ProjectRule]
    /// What the rules read references of: chains bound to other modules are not made.
    let referencedRoots: Set<String>

    init(configuration: Configuration, fileRules: [any FileRule], projectRules: [any ProjectRule]) {
        self.configuration = configuration
        self.fileRules = fileRules
        self.projectRules = projectRules
        referencedRoots = (fileRules as [any Rule] + projectRules as [any Rule])
            .reduce(into: []) { $0.formUnion($1.referencedRoots) }
    }

    func analyze(path: String, replacement: [UInt8]?, cache: AnalysisCache? = nil) -> FileOutcome {
        var outcome = FileOutcome(occurrences: Array(repeating: [], count: projectRules.count))
        let bytes: [UInt8]
        if let replacement {
            bytes = replacement
        } else {
            let fullPath = configuration.root + "/" + path
            if let cache, let identity = FileIdentity.of(path: fullPath), var cached = cache.outcome(for: path, identity: identity) {
                cached.identity = identity
                cached.contentHash = cache.entries[path]?.contentHash ?? 0
                return cached
            }
            do {
                let read = try FileReader.readWithIdentity(fullPath)
                bytes = read.bytes
                outcome.identity = read.identity
                outcome.contentHash = ContentHash.of(bytes)
            } catch {
                return unanalysable(outcome, path, BuiltinFindingID.unreadableFile, "cannot read the file: \(error.reason)",
                                    SourcePosition(line: 1, column: 1))
            }
            if let cache, var cached = cache.outcome(for: path, contentHash: outcome.contentHash) {
                cached.identity = outcome.identity
                cached.contentHash = outcome.contentHash
                return cached
            }
        }
        let source: SourceFile
        do {
            source = try SourceFile(bytes: bytes)
        } catch {
            return unanalysable(outcome, path, BuiltinFindingID.encodingError, error.message,
                                SourcePosition(line: error.line, column: error.column))
        }
        let scanned = SourceScanner.scan(source, chainsBoundUnder: referencedRoots)
        if let error = scanned.error {
            return unanalysable(outcome, path, BuiltinFindingID.syntaxError, error.message, source.position(of: error.offset))
        }
        let facts = scanned.facts
        let context = FileContext(path: path, moduleName: ModuleName.of(relativePath: path, srcRoots: configuration.srcRoots),
                                  source: source, summary: scanned.summary, facts: facts)
        for rule in fileRules where rule.common.applies(to: path) {
            rule.check(context, into: &outcome.findings)
        }
        for (index, rule) in projectRules.enumerated() where rule.common.applies(to: path) {
            outcome.occurrences[index] = rule.collect(context)
        }
        outcome.suppressions = SuppressionIndex(facts: facts, source: source, summary: scanned.summary)
        return outcome
    }

    /// A file that could not be read, decoded or lexed: one error finding, never compliant.
    func unanalysable(_ outcome: FileOutcome, _ path: String, _ id: String, _ message: String,
                      _ position: SourcePosition) -> FileOutcome {
        var outcome = outcome
        outcome.isUnanalysable = true
        outcome.findings = [Finding(ruleID: id, severity: .error, path: path, line: position.line, column: position.column,
                                    endLine: position.line, endColumn: position.column, message: message)]
        return outcome
    }
}
