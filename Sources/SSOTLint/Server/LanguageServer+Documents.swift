import Foundation

extension LanguageServer {
    func didOpen(_ params: LSP.DidOpenTextDocumentParams) {
        let item = params.textDocument
        guard let path = projectPath(ofURI: item.uri) else { return }
        let text = TextDocument(item.text)
        documents[path] = OpenDocument(uri: item.uri, version: item.version, text: text)
        changed(path, to: .overlay(text.bytes))
    }

    func didChange(_ params: LSP.DidChangeTextDocumentParams) {
        guard let path = projectPath(ofURI: params.textDocument.uri), var document = documents[path] else { return }
        for change in params.contentChanges { document.text.apply(change, encoding: encoding) }
        document.version = params.textDocument.version ?? document.version + 1
        documents[path] = document
        changed(path, to: .overlay(document.text.bytes))
    }

    func didSave(_ params: LSP.DidSaveTextDocumentParams) {
        guard let absolute = Self.filePath(ofURI: params.textDocument.uri) else { return }
        if isConfigurationFile(absolute) { loadConfiguration() }
    }

    func didClose(_ params: LSP.DidCloseTextDocumentParams) {
        guard let path = projectPath(ofURI: params.textDocument.uri), let document = documents.removeValue(forKey: path) else { return }
        changed(path, to: .disk)
        sentResultIDs[path] = nil
        if !client.pullsDiagnostics {
            // Pushed diagnostics are for open files only: the closed file's are cleared.
            notify("textDocument/publishDiagnostics", LSP.PublishDiagnosticsParams(uri: document.uri, diagnostics: []))
        }
    }

    func didChangeWatchedFiles(_ params: LSP.DidChangeWatchedFilesParams) {
        var reload = false
        for event in params.changes {
            guard let absolute = Self.filePath(ofURI: event.uri) else { continue }
            if isConfigurationFile(absolute) {
                reload = true
            } else if let path = projectPath(ofURI: event.uri), documents[path] == nil {
                // An open document's buffer wins over the file on disk until it is closed.
                changed(path, to: .disk)
            }
        }
        if reload { loadConfiguration() }
    }

    /// Notes a file's new contents for the next analysis.
    func changed(_ path: String, to change: AnalysisEngine.Change) {
        engine?.update([path: change])
        diagnostics.forget(path)
        editedSinceAnalysis.insert(path)
        isStale = true
    }

    /// The text of a project file: the open buffer, else the file on disk (empty when it
    /// cannot be read).
    func text(ofProjectPath path: String) -> TextDocument {
        if let document = documents[path] { return document.text }
        return TextDocument((try? FileReader.read(root + "/" + path)) ?? [])
    }
}
