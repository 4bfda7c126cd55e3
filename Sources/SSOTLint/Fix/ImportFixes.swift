import PythonSource

/// `check --fix` for `deprecated-import` (SPEC §4): rewrites the imports reported by an
/// unsuppressed finding, where the entry's `replacement` is a module path and the
/// rewrite keeps every binding of the statement. Everything else is left as it was and
/// listed in `FixPlan.refusals`. Edits are planned on the tokens and facts that the
/// per-file pass made (`AnalysisRequest.planFixes`); no file is read or lexed again.
public enum ImportFixes {
    /// The rewrites for the reported files that the per-file pass kept a `FixSource`
    /// for, each with its findings (suppressions applied).
    static func plan(_ files: [(source: FixSource, findings: [Finding])], rules: [DeprecatedImportRule]) -> FixPlan {
        let ruleIDs = Set(rules.map(\.common.id))
        var plan = FixPlan()
        for (source, findings) in files {
            let findings = findings.filter { ruleIDs.contains($0.ruleID) }
            guard findings.contains(where: { !$0.isSuppressed }) else { continue }
            let (fix, refused) = planFile(source, findings: findings, rules: rules)
            if let fix { plan.files.append(fix) }
            plan.refusals += refused
        }
        return plan
    }

    /// The rewrites of one file, planned on the tokens and facts of its per-file pass.
    static func planFile(_ fixSource: FixSource, findings: [Finding], rules: [DeprecatedImportRule]) -> (FileFix?, [FixRefusal]) {
        let file = fixSource.file, bytes = fixSource.bytes, source = file.source, path = file.path
        let prefixLength = bytes.count - source.utf8.count
        guard prefixLength >= 0, bytes[prefixLength...].elementsEqual(source.utf8) else {
            return (nil, refusals(findings, "the file is encoded in \(source.encoding); --fix rewrites UTF-8 files only"))
        }
        let tokens = StatementTokens(file, fixSource.tokens)
        var byPosition: [String: [Finding]] = [:]
        for finding in findings { byPosition["\(finding.ruleID)@\(finding.line):\(finding.column)", default: []].append(finding) }

        var edits: [TextEdit] = []
        var fixCount = 0
        var rewrites: [ImportRewrite] = []
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
                    rewrites.append(ImportRewrite(ruleID: rule.common.id, line: position.line, column: position.column,
                                                  edits: newEdits.map { edit in
                                                      TextEdit(range: (edit.range.lowerBound + prefixLength)..<(edit.range.upperBound + prefixLength),
                                                               replacement: edit.replacement)
                                                  }))
                }
            }
        }
        guard fixCount > 0 else { return (nil, refused) }
        let fixedText = TextEdit.apply(edits, to: source.utf8)
        // A last guard: the rewritten file must still lex, with as many import statements.
        let check = SourceScanner.scan(SourceFile(utf8: fixedText))
        guard check.error == nil, check.facts.imports.count == file.facts.imports.count else {
            return (nil, refused + refusals(findings, "the rewritten file would not read back as Python; left as it was"))
        }
        return (FileFix(path: path, original: bytes, fixed: Array(bytes[..<prefixLength]) + fixedText, fixCount: fixCount,
                        imports: rewrites),
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
