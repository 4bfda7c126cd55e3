import PythonSource

/// The `# ssotlint:` directives of one file and the lines they apply to, kept after the
/// file's text is gone so that cross-file findings can be suppressed too (SPEC §5).
public struct SuppressionIndex: Sendable {
    struct Directive: Sendable {
        var isFileWide: Bool
        /// Empty: every rule.
        var ruleIDs: [String]
        var hasReason: Bool
        var line: Int
        var column: Int
        var lineHash: String
    }

    var directives: [Directive] = []
    /// Lines spanned by multi-line tokens (first, last): a finding inside one is
    /// suppressed by a comment on the token's last line.
    var multiLineSpans: [(first: Int, last: Int)] = []

    public init() {}

    public init(facts: FileFacts, source: SourceFile, summary: TokenSummary) {
        for directive in facts.directives where directive.scope == .line || directive.isOnOwnLine {
            let position = source.position(of: directive.offset)
            directives.append(Directive(isFileWide: directive.scope == .file, ruleIDs: directive.ruleIDs,
                                        hasReason: directive.reason != nil, line: position.line, column: position.column,
                                        lineHash: LineFingerprint.hash(line: position.line, source: source, summary: summary)))
        }
        guard !directives.isEmpty else { return }
        for string in summary.multiLineStrings {
            multiLineSpans.append((source.position(of: string.lowerBound).line, source.position(of: string.upperBound - 1).line))
        }
    }

    /// The line whose comment can suppress a finding on `line`.
    func suppressionLine(for line: Int) -> Int {
        // Spans are in source order and do not overlap: binary search for the last one
        // starting at or before `line`.
        var low = 0
        var high = multiLineSpans.count
        while low < high {
            let middle = (low + high) / 2
            if multiLineSpans[middle].first <= line { low = middle + 1 } else { high = middle }
        }
        guard low > 0, line <= multiLineSpans[low - 1].last else { return line }
        return multiLineSpans[low - 1].last
    }

    /// Marks the suppressed findings of this file and returns the findings the
    /// directives themselves cause.
    func apply(to findings: inout [Finding], path: String, rules: [String: RuleCommon], requireReason: Bool,
               reportUnused: Bool) -> [Finding] {
        var used = Array(repeating: false, count: directives.count)
        var forbidden = Array(repeating: false, count: directives.count)
        for (index, directive) in directives.enumerated() {
            for id in directive.ruleIDs where rules[id]?.suppressible == false { forbidden[index] = true }
        }
        // Directives by line, so each finding looks only at its own line's (and the file-wide ones).
        var lineDirectives: [Int: [Int]] = [:]
        var fileWide: [Int] = []
        for (index, directive) in directives.enumerated() {
            if directive.isFileWide { fileWide.append(index) } else { lineDirectives[directive.line, default: []].append(index) }
        }
        for findingIndex in findings.indices {
            let finding = findings[findingIndex]
            guard finding.ruleID != BuiltinFindingID.syntaxError, finding.ruleID != BuiltinFindingID.encodingError else { continue }
            let line = suppressionLine(for: finding.line)
            for index in fileWide + (lineDirectives[line] ?? []) {
                let directive = directives[index]
                guard directive.ruleIDs.isEmpty || directive.ruleIDs.contains(finding.ruleID) else { continue }
                if rules[finding.ruleID]?.suppressible == false {
                    forbidden[index] = true
                    continue
                }
                if requireReason && !directive.hasReason { continue }
                findings[findingIndex].isSuppressed = true
                used[index] = true
            }
        }
        var produced: [Finding] = []
        for (index, directive) in directives.enumerated() {
            func report(_ id: String, _ severity: Severity, _ message: String) {
                var finding = Finding(ruleID: id, severity: severity, path: path, line: directive.line,
                                      column: directive.column, endLine: directive.line, endColumn: directive.column + 1,
                                      message: message)
                finding.lineHash = directive.lineHash
                produced.append(finding)
            }
            if forbidden[index] {
                report(BuiltinFindingID.forbiddenSuppression, .error,
                       "this suppression names a rule that cannot be suppressed inline; fix the finding or baseline it")
            } else if requireReason && !directive.hasReason {
                report(BuiltinFindingID.suppressionWithoutReason, .error,
                       "suppression without a reason; add one after '--' (suppressions.require-reason is on)")
            } else if reportUnused && !used[index]
                        && (directive.ruleIDs.isEmpty || directive.ruleIDs.contains { rules[$0] != nil }) {
                report(BuiltinFindingID.unusedSuppression, .info, "this suppression suppresses nothing")
            }
        }
        return produced
    }
}
