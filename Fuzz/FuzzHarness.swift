import Foundation
import PythonSource
import SSOTLint

/// Feeds one input through every stage, the way `FileAnalysis` does (decode → line
/// table → tokens → CPython token view → facts → every rule kind → suppression index),
/// then through the public `Analyzer` as `check --stdin-filename` does, and stops the
/// process on any broken invariant so that libFuzzer saves the input. Crashes inside
/// the library are caught by the sanitizers and libFuzzer themselves.
///
/// Invariants: the stages' own (line starts, ordered tokens inside the text, CPython
/// positions), findings inside the file, the analyzer agreeing with the stages, JSON and
/// SARIF output that parses, `check --fix` rewrites that lex and remove what they fix,
/// and line ends and a BOM changing nothing (SPEC §4).
struct FuzzHarness {
    let project: FuzzProject

    /// What the per-file pass must conclude for the input.
    enum Outcome {
        case unanalysable(ruleID: String, position: SourcePosition)
        case analysed(findings: [Finding])
    }

    func check(_ bytes: [UInt8]) {
        let outcome = analyseDirectly(bytes)
        var request = project.request(for: bytes)
        request.planFixes = true
        let result = Analyzer.run(request)
        compare(outcome, result)
        checkReporters(result.findings)
        checkFixes(bytes, result)
        if let (name, variant) = equivalentVariant(of: bytes, outcome) {
            let expected = result.findings.map(Self.keyWithSuppression)
            let actual = Analyzer.run(project.request(for: variant)).findings.map(Self.keyWithSuppression)
            require(expected == actual, "with \(name): \(actual); without: \(expected)")
        }
    }

    /// The same file written differently, which must give exactly the same findings (SPEC
    /// §4: `\n`, `\r\n` and `\r` all end lines, and a BOM is not counted). One variant
    /// per input, chosen by its length, keeps the cost at one more analysis. Where a coding
    /// line may be involved or the file does not decode, `\r` and a BOM are not tried:
    /// CPython, which ssotlint follows there, reads coding lines (and reports bad UTF-8 in
    /// them) line by line with only `\n` ending a line, and takes a BOM only with a coding
    /// line spelled `utf-8` (`# coding: utf---` is UTF-8 without a BOM, an error with one).
    func equivalentVariant(of bytes: [UInt8], _ outcome: Outcome) -> (String, [UInt8])? {
        let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasOnlyLineFeeds = bytes.contains(lineFeed) && !bytes.contains(carriageReturn)
        var decodes = true
        if case .unanalysable(BuiltinFindingID.encodingError, _) = outcome { decodes = false }
        let decodesWithoutCodingLine = decodes && !Self.contains(bytes, Array("coding".utf8))
        switch bytes.count % 3 {
        case 0 where hasOnlyLineFeeds:
            return ("\\r\\n line ends", bytes.flatMap { $0 == lineFeed ? [carriageReturn, lineFeed] : [$0] })
        case 1 where hasOnlyLineFeeds && decodesWithoutCodingLine:
            return ("\\r line ends", bytes.map { $0 == lineFeed ? carriageReturn : $0 })
        case 2 where decodesWithoutCodingLine && !bytes.starts(with: bom):
            return ("a byte-order mark", bom + bytes)
        default:
            return nil
        }
    }

    static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard bytes.count >= part.count else { return false }
        return (0...(bytes.count - part.count)).contains { bytes[$0..<($0 + part.count)].elementsEqual(part) }
    }

    // MARK: - The stages, called one by one

    func analyseDirectly(_ bytes: [UInt8]) -> Outcome {
        let source: SourceFile
        do {
            source = try SourceFile(bytes: bytes)
        } catch {
            require(error.line >= 1 && error.column >= 1, "encoding error at \(error.line):\(error.column)")
            return .unanalysable(ruleID: BuiltinFindingID.encodingError,
                                 position: SourcePosition(line: error.line, column: error.column))
        }
        checkLineTable(source)
        let tokenized = Tokenizer.tokenize(source)
        checkTokens(tokenized, source)
        checkCPythonView(CPythonTokenView.tokens(of: source, tokenized))
        let summary = checkStreaming(source, tokenized)
        if let error = tokenized.error {
            return .unanalysable(ruleID: BuiltinFindingID.syntaxError, position: source.position(of: error.offset))
        }
        let path = FuzzProject.inputPath
        let facts = FactScanner.scan(source, tokenized)
        let context = FileContext(path: path,
                                  moduleName: ModuleName.of(relativePath: path, srcRoots: project.configuration.srcRoots),
                                  source: source, summary: summary, facts: facts)
        var findings: [Finding] = []
        for rule in project.fileRules where rule.common.applies(to: path) {
            rule.check(context, into: &findings)
        }
        for (index, rule) in project.projectRules.enumerated() where rule.common.applies(to: path) {
            let files = (project.projectOccurrences[index] + [FileOccurrences(path: path, occurrences: rule.collect(context))])
                .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            findings += rule.findings(files).filter { $0.path == path }
        }
        _ = SuppressionIndex(facts: facts, source: source, summary: summary)
        for finding in findings { checkPosition(finding, source) }
        return .analysed(findings: findings)
    }

    /// The streaming scan, in chunks as small as they go and as the analysis makes them,
    /// against the scan of all tokens at once: the same facts, summary and error.
    func checkStreaming(_ source: SourceFile, _ tokenized: TokenizedSource) -> TokenSummary {
        let summary = TokenSummary(tokens: tokenized.tokens, utf8: source.utf8)
        for roots in [nil, Set(["os"])] {
            let whole = FactScanner.scan(source, tokenized, chainsBoundUnder: roots)
            for chunkTokens in [1, 4096] {
                let streamed = SourceScanner.scan(source, chainsBoundUnder: roots, chunkTokens: chunkTokens)
                require(streamed.facts == whole, "streamed facts (chunks of \(chunkTokens), roots \(String(describing: roots))) differ")
                require(streamed.summary == summary, "streamed token summary (chunks of \(chunkTokens)) differs")
                require(streamed.error?.offset == tokenized.error?.offset && streamed.error?.message == tokenized.error?.message,
                        "streamed error differs")
            }
        }
        return summary
    }

    /// Line starts against a plain re-count of `\n`, `\r\n` and lone `\r`.
    func checkLineTable(_ source: SourceFile) {
        let bytes = source.utf8
        var expected: [UInt32] = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") { expected.append(UInt32(index + 1)) }
            index += 1
        }
        require(source.lineTable.lineStarts == expected, "line starts \(source.lineTable.lineStarts) != \(expected)")
        require(source.position(of: UInt32(bytes.count)).line == source.lineTable.lineCount, "end of input past the last line")
    }

    func checkTokens(_ tokenized: TokenizedSource, _ source: SourceFile) {
        let count = UInt32(source.utf8.count)
        var previous = Token(kind: .endMarker, start: 0, end: 0)
        for token in tokenized.tokens {
            require(token.start <= token.end && token.end <= count, "token \(token) outside 0..<\(count)")
            require(token.start >= previous.start && token.end >= previous.end, "token \(token) before \(previous)")
            previous = token
        }
        if let error = tokenized.error {
            require(error.offset <= count, "lex error at \(error.offset) past the end \(count)")
            require(!error.message.isEmpty, "lex error without a message")
        } else {
            require(tokenized.tokens.last?.kind == .endMarker, "no ENDMARKER at the end of a file that lexes")
        }
    }

    func checkCPythonView(_ tokens: [CPythonToken]) {
        for token in tokens {
            require(token.startLine >= 1 && token.startColumn >= 0, "CPython view token starts at \(token)")
            require((token.startLine, token.startColumn) <= (token.endLine, token.endColumn), "CPython view token ends before it starts: \(token)")
        }
    }

    /// A finding lies inside the file: 1-based, ordered, on an existing line, within it.
    func checkPosition(_ finding: Finding, _ source: SourceFile) {
        let lines = source.lineTable.lineCount
        require(1 <= finding.line && finding.line <= lines && finding.column >= 1, "finding outside the file: \(finding)")
        require((finding.line, finding.column) <= (finding.endLine, finding.endColumn) && finding.endLine <= lines,
                "finding ends before it starts or past the end: \(finding)")
        let starts = source.lineTable.lineStarts
        let lineEnd = finding.line < lines ? Int(starts[finding.line]) : source.utf8.count
        let width = source.utf8.withUnsafeBufferPointer {
            LineTable.codePointCount($0, from: Int(starts[finding.line - 1]), to: lineEnd)
        }
        require(finding.column <= width + 1, "finding column \(finding.column) past its line of \(width) code points: \(finding)")
    }

    // MARK: - The public pipeline against the stages

    func compare(_ outcome: Outcome, _ result: AnalysisResult) {
        let path = FuzzProject.inputPath
        let input = result.files.filter { $0.path == path }
        require(input.count == 1 && input[0].isReported, "the analyzer did not analyse the input once: \(result.files)")
        require(result.findings.allSatisfy { $0.path == path }, "findings outside the input: \(result.findings)")
        for finding in result.findings {
            require(finding.line >= 1 && finding.column >= 1, "analyzer finding before the start: \(finding)")
        }
        let compliance = result.compliance(countSeverities: project.configuration.countSeverities)
        require(compliance.files == 1 && (0...1).contains(compliance.compliant), "compliance \(compliance)")
        switch outcome {
        case let .unanalysable(ruleID, position):
            require(input[0].isUnanalysable && compliance.compliant == 0, "unanalysable input analysed: \(result.findings)")
            require(result.findings.count == 1 && result.findings[0].ruleID == ruleID
                        && result.findings[0].line == position.line && result.findings[0].column == position.column
                        && !result.findings[0].isSuppressed,
                    "expected one \(ruleID) at \(position), got \(result.findings)")
        case let .analysed(findings):
            require(!input[0].isUnanalysable, "an input that lexes is unanalysable: \(result.findings)")
            let ruleIDs = Set(project.configuration.rules.map(\.common.id))
            let expected = findings.map(Self.key).sorted()
            let actual = result.findings.filter { ruleIDs.contains($0.ruleID) }.map(Self.key).sorted()
            require(expected == actual, "analyzer findings \(actual) != stage findings \(expected)")
        }
    }

    static func key(_ finding: Finding) -> String {
        "\(finding.ruleID)@\(finding.line):\(finding.column)-\(finding.endLine):\(finding.endColumn) \(finding.message)"
    }

    static func keyWithSuppression(_ finding: Finding) -> String {
        key(finding) + (finding.isSuppressed ? " (suppressed)" : "")
    }

    /// `--format json` and `--format sarif` must be valid JSON that gives back every finding
    /// (rendered only when there are findings: without, the output is always the same).
    func checkReporters(_ findings: [Finding]) {
        guard !findings.isEmpty else { return }
        let text = JSONReporter.render(findings)
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let items = object?["findings"] as? [[String: Any]]
        require(items?.count == findings.count, "invalid JSON output: \(text)")
        for (item, finding) in zip(items ?? [], findings) {
            require(item["message"] as? String == finding.message && item["line"] as? Int == finding.line,
                    "JSON output changed \(finding) into \(item)")
        }
        let sarif = SARIFReporter.render(CheckRun(findings: findings, rules: project.configuration.rules, root: project.configuration.root))
        let log = try? JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])
        require(results?.count == findings.count, "invalid SARIF output: \(sarif)")
    }

    /// `check --fix`: a rewrite of the input's deprecated imports must leave a file that
    /// still lexes, with fewer unsuppressed deprecated-import findings than before.
    func checkFixes(_ bytes: [UInt8], _ result: AnalysisResult) {
        guard let plan = result.fixPlan else { return require(false, "no fix plan was made") }
        for refusal in plan.refusals {
            require(refusal.path == FuzzProject.inputPath && refusal.line >= 1 && refusal.column >= 1, "refusal \(refusal)")
        }
        require(plan.files.count <= 1, "fixes for files other than the input: \(plan.files.map(\.path))")
        guard let fix = plan.files.first else { return }
        require(fix.path == FuzzProject.inputPath && fix.original == bytes && fix.fixed != bytes && fix.fixCount >= 1,
                "a fix that changes nothing or another file: \(fix.path), \(fix.fixCount) fixes")
        let fixed = Analyzer.run(project.request(for: fix.fixed))
        let deprecatedImports = { (result: AnalysisResult) in
            result.findings.filter { project.deprecatedImportRuleIDs.contains($0.ruleID) && !$0.isSuppressed }.count
        }
        let fixedText = String(decoding: fix.fixed, as: UTF8.self)
        require(!(fixed.files.first { $0.path == FuzzProject.inputPath }?.isUnanalysable ?? true),
                "the fixed file is unanalysable: \(fixed.findings) in \(fixedText.debugDescription)")
        require(deprecatedImports(fixed) < deprecatedImports(result),
                "the fixed file has \(deprecatedImports(fixed)) deprecated imports, \(deprecatedImports(result)) before: \(fixedText.debugDescription)")
    }

    func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("ssotlint-fuzz invariant broken: \(message())") }
    }
}
