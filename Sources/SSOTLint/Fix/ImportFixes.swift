import PythonSource

/// `check --fix` for `deprecated-import` (SPEC §4): rewrites the imports reported by an
/// unsuppressed finding, where the entry's `replacement` is a module path and the
/// rewrite keeps every binding of the statement. Everything else is left as it was and
/// listed in `FixPlan.refusals`.
public enum ImportFixes {
    /// The rewrites for the findings of `result`, which `request` produced. Only files
    /// with a reported, unsuppressed `deprecated-import` finding are read again.
    public static func plan(_ request: AnalysisRequest, result: AnalysisResult) -> FixPlan {
        let rules = request.rules.compactMap { $0 as? DeprecatedImportRule }
        let ruleIDs = Set(rules.map(\.common.id))
        var findingsByPath: [String: [Finding]] = [:]
        for finding in result.findings where ruleIDs.contains(finding.ruleID) {
            findingsByPath[finding.path, default: []].append(finding)
        }
        let stdinPath = request.stdin.flatMap {
            FilePlan.relative($0.path, workingDirectory: request.workingDirectory, root: request.configuration.root)
        }
        var plan = FixPlan()
        for path in findingsByPath.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let findings = findingsByPath[path] ?? []
            guard findings.contains(where: { !$0.isSuppressed }) else { continue }
            let bytes: [UInt8]
            if let stdin = request.stdin, path == stdinPath {
                bytes = stdin.bytes
            } else {
                do {
                    bytes = try FileReader.read(request.configuration.root + "/" + path)
                } catch {
                    plan.refusals += refusals(findings, "cannot read the file: \(error.reason)")
                    continue
                }
            }
            let (fix, refused) = planFile(path, bytes: bytes, findings: findings, rules: rules,
                                          srcRoots: request.configuration.srcRoots)
            if let fix { plan.files.append(fix) }
            plan.refusals += refused
        }
        return plan
    }

    /// The rewrites of one file whose current bytes are `bytes`.
    static func planFile(_ path: String, bytes: [UInt8], findings: [Finding], rules: [DeprecatedImportRule],
                         srcRoots: [String]) -> (FileFix?, [FixRefusal]) {
        guard let source = try? SourceFile(bytes: bytes) else { return (nil, []) }
        let prefixLength = bytes.count - source.utf8.count
        guard prefixLength >= 0, bytes[prefixLength...].elementsEqual(source.utf8) else {
            return (nil, refusals(findings, "the file is encoded in \(source.encoding); --fix rewrites UTF-8 files only"))
        }
        let tokenized = Tokenizer.tokenize(source)
        guard tokenized.error == nil else { return (nil, []) }
        let facts = FactScanner.scan(source, tokenized)
        let file = FileContext(path: path, moduleName: ModuleName.of(relativePath: path, srcRoots: srcRoots),
                               source: source, summary: TokenSummary(tokens: tokenized.tokens, utf8: source.utf8), facts: facts)
        let tokens = StatementTokens(file, tokenized.tokens)
        var byPosition: [String: [Finding]] = [:]
        for finding in findings { byPosition["\(finding.ruleID)@\(finding.line):\(finding.column)", default: []].append(finding) }

        var edits: [TextEdit] = []
        var fixCount = 0
        var refused: [FixRefusal] = []
        for rule in rules where rule.common.applies(to: path) {
            for planned in ImportFixPlanner(file: file, rule: rule, tokens: tokens).plan() {
                let positions = planned.anchors.map { source.position(of: $0) }
                let reported = positions.map { byPosition["\(rule.common.id)@\($0.line):\($0.column)"] ?? [] }
                // Fixed only when every finding of the import is reported and none is suppressed.
                guard reported.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isSuppressed) }),
                      let position = positions.first else { continue }
                switch planned.outcome {
                case .refuse(let reason):
                    refused.append(FixRefusal(ruleID: rule.common.id, path: path, line: position.line,
                                              column: position.column, reason: reason))
                case .rewrite(let newEdits):
                    guard TextEdit.areDisjoint(edits + newEdits) else {
                        refused.append(FixRefusal(ruleID: rule.common.id, path: path, line: position.line,
                                                  column: position.column,
                                                  reason: "another rule rewrites this import in this run; run --fix again"))
                        continue
                    }
                    edits += newEdits
                    fixCount += 1
                }
            }
        }
        guard fixCount > 0 else { return (nil, refused) }
        let fixedText = TextEdit.apply(edits, to: source.utf8)
        // A last guard: the rewritten file must still lex, with as many import statements.
        let check = Tokenizer.tokenize(utf8: fixedText)
        guard check.error == nil,
              FactScanner.scan(SourceFile(utf8: fixedText), check).imports.count == facts.imports.count else {
            return (nil, refused + refusals(findings, "the rewritten file would not read back as Python; left as it was"))
        }
        return (FileFix(path: path, original: bytes, fixed: Array(bytes[..<prefixLength]) + fixedText, fixCount: fixCount),
                refused)
    }

    /// Writes each planned file atomically, keeping its permission bits; a file that
    /// changed on disk since it was planned is not written.
    public static func write(_ plan: FixPlan, root: String) throws(AtomicFile.Failure) {
        for file in plan.files {
            let path = root + "/" + file.path
            guard (try? FileReader.read(path)) == file.original else {
                throw AtomicFile.Failure(path: file.path, reason: "it changed while ssotlint ran; run --fix again")
            }
            try AtomicFile.replace(path, with: file.fixed)
        }
    }

    static func refusals(_ findings: [Finding], _ reason: String) -> [FixRefusal] {
        findings.filter { !$0.isSuppressed }.map {
            FixRefusal(ruleID: $0.ruleID, path: $0.path, line: $0.line, column: $0.column, reason: reason)
        }
    }
}
