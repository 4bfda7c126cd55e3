extension LanguageServer {
    /// Quick fixes for the findings in the range (the `check --fix` rewrite of a
    /// deprecated import, a suppression comment) and the file's fix-all action.
    func codeActions(_ params: LSP.CodeActionParams) -> [LSP.CodeAction] {
        guard let path = projectPath(ofURI: params.textDocument.uri), let engine else { return [] }
        analyzeIfStale()
        let only = params.context?.only
        func wanted(_ kind: String) -> Bool {
            // A requested kind covers its sub-kinds: `source` asks for `source.fixAll.ssotlint`.
            only.map { kinds in kinds.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true
        }
        let uri = params.textDocument.uri
        let text = text(ofProjectPath: path)
        let fix = engine.fixes(for: path, findings: findingsByPath[path] ?? [])
        let current = diagnostics(ofProjectPath: path)
        var actions: [LSP.CodeAction] = []
        let visible = wanted(LSP.CodeActionKind.quickFix) ? visibleFindings(ofProjectPath: path) : []
        // Whole lines: an editor asks at the cursor, and the actions are about lines.
        let lines = LSP.Range(start: LSP.Position(line: params.range.start.line, character: 0),
                              end: LSP.Position(line: params.range.end.line, character: Int.max))
        for (finding, diagnostic) in zip(visible, current.items) where diagnostic.range.overlaps(lines) {
            if let fix, let rewrite = fix.imports.first(where: {
                $0.ruleID == finding.ruleID && $0.line == finding.line && $0.column == finding.column
            }) {
                actions.append(LSP.CodeAction(title: "Fix \(finding.ruleID): rewrite the import", kind: LSP.CodeActionKind.quickFix,
                                              diagnostics: [diagnostic], isPreferred: true,
                                              edit: workspaceEdit(uri, rewrite.edits, in: TextDocument(fix.original))))
            }
            if rulesByID[finding.ruleID]?.common.suppressible == true,
               let edit = SuppressionComment.edit(suppressing: finding.ruleID, onLine: finding.line, in: text,
                                                  requireReason: engine.request.configuration.requireReason) {
                actions.append(LSP.CodeAction(title: "Suppress \(finding.ruleID) on this line", kind: LSP.CodeActionKind.quickFix,
                                              diagnostics: [diagnostic], isPreferred: false,
                                              edit: workspaceEdit(uri, [TextEdit(range: edit.range, replacement: edit.text)], in: text)))
            }
        }
        if wanted(LSP.CodeActionKind.fixAll), let fix, !fix.imports.isEmpty {
            actions.append(LSP.CodeAction(title: "Fix all ssotlint findings that have a fix", kind: LSP.CodeActionKind.fixAll,
                                          diagnostics: nil, isPreferred: nil,
                                          edit: workspaceEdit(uri, fix.imports.flatMap(\.edits), in: TextDocument(fix.original))))
        }
        return actions
    }

    func workspaceEdit(_ uri: String, _ edits: [TextEdit], in text: TextDocument) -> LSP.WorkspaceEdit {
        let textEdits = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { edit in
            LSP.TextEdit(range: LSP.Range(start: text.position(ofOffset: edit.range.lowerBound, encoding: encoding),
                                          end: text.position(ofOffset: edit.range.upperBound, encoding: encoding)),
                         newText: edit.replacement)
        }
        return LSP.WorkspaceEdit(changes: [uri: textEdits])
    }
}
