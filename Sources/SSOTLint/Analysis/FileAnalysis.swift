import PythonSource

/// What the per-file pass leaves for the cross-file pass and the output: small values,
/// so that memory stays flat however many files there are.
struct FileOutcome {
    var findings: [Finding] = []
    /// Per project rule (in order), the occurrences it collected here.
    var occurrences: [[Occurrence]]
    var suppressions: SuppressionIndex?
    var isUnanalysable = false
    /// How the file was when analysed, for the cache (nil for in-memory contents).
    var identity: FileIdentity?
    var contentHash: UInt64 = 0
    /// Where this run got the outcome from (not stored in the cache).
    var origin = Origin.analysed
    /// The file's category (SPEC §3), set by the engine's parallel pass (not stored in the
    /// cache): matching every path against the category globs after it cost 2 ms a run.
    var category: String?
    /// With `AnalysisRequest.planFixes`, for a file with `deprecated-import` findings: what
    /// `check --fix` plans its edits from.
    var fixSource: FixSource?
    /// When a rule follows re-exports: what the module exports; then either the probe
    /// that tells whether the file needs the symbol index (`Following.probe`), or the
    /// references that wait for it (`Following.project`).
    var exports: ModuleExports?
    var probe: ReexportProbe?
    var projectReferences: ProjectReferences?

    enum Origin: Equatable {
        /// The per-file pass ran.
        case analysed
        /// The cache on disk held it.
        case cache
        /// The file's bytes are those of the outcome the engine already had.
        case unchanged
    }
}

/// The file as the per-file pass saw it, kept for `check --fix`.
struct FixSource {
    var file: FileContext
    var tokens: [Token]
    /// The bytes as read (a byte-order mark included).
    var bytes: [UInt8]
}

/// The per-file pass: read, decode, tokenize, scan facts, run per-file rules and
/// collect occurrences for cross-file rules. Safe to call from many threads.
struct FileAnalysis: @unchecked Sendable {
    let configuration: Configuration
    let fileRules: [any FileRule]
    let projectRules: [any ProjectRule]
    /// How a file's references meet rules that follow re-exports (SPEC §4).
    enum Following: Equatable {
        /// No rule follows them.
        case off
        /// Every reference is matched by its own path, as without following, and the
        /// outcome keeps the file's exports and a `ReexportProbe`: most files turn out to
        /// have no reference that a re-export leads to an API.
        case probe
        /// References into project modules (these top-level names) wait for the symbol
        /// index: the file's outcome keeps them as `projectReferences`.
        case project(Set<String>)
    }

    /// What the rules read references of: chains bound to other modules are not made.
    let referencedRoots: Set<String>
    /// Ids of the `deprecated-import` rules, when `check --fix` plans rewrites; nil otherwise.
    let fixedRuleIDs: Set<String>?
    let following: Following
    /// The top-level names of project modules with `Following.project`; else empty.
    let projectRoots: Set<String>
    /// The rules that follow re-exports: a file only keeps references for the index when
    /// one of them reports in it (every file's exports are kept: all are resolved through).
    let followers: [RuleCommon]

    init(configuration: Configuration, fileRules: [any FileRule], projectRules: [any ProjectRule], planFixes: Bool = false,
         following: Following = .off) {
        self.configuration = configuration
        self.fileRules = fileRules
        self.projectRules = projectRules
        let rules = fileRules as [any Rule] + projectRules as [any Rule]
        let followers = rules.filter { ($0 as? any ReexportFollowing)?.followsReexports == true }
        self.following = followers.isEmpty ? .off : following
        if case .project(let roots) = self.following { projectRoots = roots } else { projectRoots = [] }
        self.followers = followers.map(\.common)
        // Chains into project modules are made too: re-exports may lead them to an API.
        referencedRoots = rules.reduce(into: projectRoots) { $0.formUnion($1.referencedRoots) }
        fixedRuleIDs = planFixes ? Set(fileRules.compactMap { ($0 as? DeprecatedImportRule)?.common.id }) : nil
    }

    /// The outcome of the file at `path`, or of `replacement` standing in for it. An
    /// outcome from `cache`, or `previous` when the bytes are still the same, is reused.
    func analyze(path: String, replacement: [UInt8]?, cache: AnalysisCache? = nil, previous: FileOutcome? = nil) -> FileOutcome {
        var outcome = FileOutcome(occurrences: Array(repeating: [], count: projectRules.count))
        let bytes: [UInt8]
        if let replacement {
            bytes = replacement
            outcome.contentHash = ContentHash.of(bytes)
            if let previous, var reused = reusable(previous, hash: outcome.contentHash) {
                reused.identity = nil
                return reused
            }
        } else {
            let fullPath = configuration.root + "/" + path
            if let cache, let identity = FileIdentity.of(path: fullPath), var cached = cache.outcome(for: path, identity: identity),
               canReuse(cached) {
                cached.identity = identity
                cached.contentHash = cache.entries[path]?.contentHash ?? 0
                cached.origin = .cache
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
            if let previous, var reused = reusable(previous, hash: outcome.contentHash) {
                reused.identity = outcome.identity
                return reused
            }
            if let cache, var cached = cache.outcome(for: path, contentHash: outcome.contentHash), canReuse(cached) {
                cached.identity = outcome.identity
                cached.contentHash = outcome.contentHash
                cached.origin = .cache
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
        let scanned = SourceScanner.scan(source, chainsBoundUnder: referencedRoots, keepingTokens: fixedRuleIDs != nil,
                                         recordingChainPrefixes: following == .probe)
        if let error = scanned.error {
            return unanalysable(outcome, path, BuiltinFindingID.syntaxError, error.message, source.position(of: error.offset))
        }
        let facts = scanned.facts
        let context = FileContext(path: path, moduleName: ModuleName.of(relativePath: path, srcRoots: configuration.srcRoots),
                                  source: source, summary: scanned.summary, facts: facts, projectRoots: projectRoots,
                                  referencedRoots: referencedRoots)
        for rule in fileRules where rule.common.applies(to: path) {
            rule.check(context, into: &outcome.findings)
        }
        for (index, rule) in projectRules.enumerated() where rule.common.applies(to: path) {
            outcome.occurrences[index] = rule.collect(context)
        }
        outcome.suppressions = SuppressionIndex(facts: facts, source: source, summary: scanned.summary)
        switch following {
        case .off:
            break
        case .probe:
            outcome.exports = ModuleExports(context)
            outcome.probe = ReexportProbe(context)
        case .project:
            outcome.exports = ModuleExports(context)
            let reporting = followers.filter { $0.applies(to: path) }
            if !reporting.isEmpty {
                outcome.projectReferences = context.projectReferences(withRuntimeView: reporting.contains(where: \.skipTypeChecking))
            }
        }
        if let fixedRuleIDs, outcome.findings.contains(where: { fixedRuleIDs.contains($0.ruleID) }) {
            outcome.fixSource = FixSource(file: context, tokens: scanned.tokens, bytes: bytes)
        }
        return outcome
    }

    /// `previous` when it was made from bytes with this hash (and, for `check --fix`,
    /// kept what the fix needs).
    private func reusable(_ previous: FileOutcome, hash: UInt64) -> FileOutcome? {
        guard previous.contentHash == hash, previous.fixSource != nil || canReuse(previous) else { return nil }
        var reused = previous
        reused.origin = .unchanged
        return reused
    }

    /// Whether an outcome made earlier serves this run: `check --fix` needs the tokens of
    /// files with `deprecated-import` findings, which outcomes from the cache do not keep.
    private func canReuse(_ outcome: FileOutcome) -> Bool {
        guard let fixedRuleIDs else { return true }
        return !outcome.findings.contains { fixedRuleIDs.contains($0.ruleID) }
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

/// Per-file outcomes by path with the project roots they were made under (outcomes made
/// under other roots kept other references), for reuse across versions of a project.
struct FileOutcomes {
    var projectRoots: Set<String>
    var byPath: [String: FileOutcome]
    /// The symbol index made from exactly these outcomes' exports, when they have one.
    var symbolIndex: SymbolIndex?
}
