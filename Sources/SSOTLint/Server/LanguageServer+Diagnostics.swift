import Foundation

extension LanguageServer {
    /// Analyses the project if anything changed since the last time, then tells the
    /// client what changed elsewhere: new pushes for open documents when it does not
    /// pull, a refresh request when it pulls and a file it did not edit changed.
    func analyzeIfStale() {
        guard isStale, let engine else { return }
        let result = engine.analyze()
        self.result = result
        var byPath: [String: [Finding]] = [:]
        for finding in result.findings { byPath[finding.path, default: []].append(finding) }
        findingsByPath = byPath
        isStale = false
        let edited = editedSinceAnalysis
        editedSinceAnalysis = []
        if client.pullsDiagnostics {
            guard client.refreshesDiagnostics else { return }
            let othersChanged = sentResultIDs.contains { path, id in
                !edited.contains(path) && diagnostics(ofProjectPath: path).resultID != id
            }
            if othersChanged { request("workspace/diagnostic/refresh", Optional<Bool>.none) }
        } else {
            for (path, document) in documents.sorted(by: { $0.key < $1.key }) {
                let current = diagnostics(ofProjectPath: path)
                guard sentResultIDs[path] != current.resultID else { continue }
                sentResultIDs[path] = current.resultID
                notify("textDocument/publishDiagnostics",
                       LSP.PublishDiagnosticsParams(uri: document.uri, version: document.version, diagnostics: current.items))
            }
        }
    }

    func documentDiagnostic(_ params: LSP.DocumentDiagnosticParams) -> LSP.DocumentDiagnosticReport {
        guard let path = projectPath(ofURI: params.textDocument.uri) else {
            return LSP.DocumentDiagnosticReport(kind: "full", resultId: "outside", items: [])
        }
        analyzeIfStale()
        let current = diagnostics(ofProjectPath: path)
        sentResultIDs[path] = current.resultID
        return .make(current, previousResultId: params.previousResultId)
    }

    /// Every file of the project; files whose result id the client already has answer
    /// `unchanged`.
    func workspaceDiagnostic(_ params: LSP.WorkspaceDiagnosticParams) -> LSP.WorkspaceDiagnosticReport {
        analyzeIfStale()
        var previous: [String: String] = [:]
        for entry in params.previousResultIds ?? [] {
            if let path = projectPath(ofURI: entry.uri) { previous[path] = entry.value }
        }
        var items: [LSP.WorkspaceDocumentDiagnosticReport] = []
        for file in result?.files ?? [] {
            let current = diagnostics(ofProjectPath: file.path)
            sentResultIDs[file.path] = current.resultID
            let unchanged = previous[file.path] == current.resultID
            items.append(LSP.WorkspaceDocumentDiagnosticReport(
                uri: uri(ofProjectPath: file.path), version: documents[file.path]?.version,
                kind: unchanged ? "unchanged" : "full", resultId: current.resultID, items: unchanged ? nil : current.items))
        }
        return LSP.WorkspaceDiagnosticReport(items: items)
    }

    /// The findings of a file that a person should see: not suppressed, not baselined.
    func visibleFindings(ofProjectPath path: String) -> [Finding] {
        (findingsByPath[path] ?? []).filter { !$0.isSuppressed && !$0.isBaselined }
    }

    func diagnostics(ofProjectPath path: String) -> FileDiagnostics {
        let findings = visibleFindings(ofProjectPath: path)
        return diagnostics.diagnostics(for: path, findings: findings) {
            guard !findings.isEmpty else { return [] }
            let text = text(ofProjectPath: path)
            return findings.map { diagnostic($0, text: text) }
        }
    }

    func diagnostic(_ finding: Finding, text: TextDocument) -> LSP.Diagnostic {
        let rule = rulesByID[finding.ruleID]?.common
        var message = finding.messageWithVia
        if rule?.kind == "competing-patterns",
           let canonical = result?.patternDistributions.first(where: { $0.ruleID == finding.ruleID })?.canonical,
           !message.contains(canonical) {
            message += " (canonical pattern: \(canonical))"
        }
        var diagnostic = LSP.Diagnostic(range: range(of: finding, in: text), severity: Self.severity(finding.severity),
                                        code: finding.ruleID, message: message)
        diagnostic.codeDescription = rule.flatMap { Self.link(in: $0.docs) }.map(LSP.CodeDescription.init(href:))
        if rule?.kind == "deprecated-import" { diagnostic.tags = [LSP.Diagnostic.deprecatedTag] }
        if !finding.related.isEmpty {
            diagnostic.relatedInformation = finding.related.map { related in
                let text = related.path == finding.path ? text : self.text(ofProjectPath: related.path)
                let start = text.position(line: related.line, column: related.column, encoding: encoding)
                let end = text.position(line: related.endLine, column: related.endColumn, encoding: encoding)
                return LSP.DiagnosticRelatedInformation(
                    location: LSP.Location(uri: uri(ofProjectPath: related.path), range: LSP.Range(start: start, end: end)),
                    message: related.message)
            }
        }
        return diagnostic
    }

    func range(of finding: Finding, in text: TextDocument) -> LSP.Range {
        LSP.Range(start: text.position(line: finding.line, column: finding.column, encoding: encoding),
                  end: text.position(line: finding.endLine, column: finding.endColumn, encoding: encoding))
    }

    static func severity(_ severity: Severity) -> LSP.Diagnostic.Severity {
        switch severity {
        case .error: return .error
        case .warning: return .warning
        case .info: return .information
        }
    }

    /// The first web address in a rule's `docs`, its documentation link.
    static func link(in docs: String) -> String? {
        guard let start = docs.range(of: "https://") ?? docs.range(of: "http://") else { return nil }
        let link = docs[start.lowerBound...].prefix { !$0.isWhitespace && $0 != ")" && $0 != ">" && $0 != "\"" }
        return String(link)
    }
}
