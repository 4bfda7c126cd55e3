/// Each file's diagnostics as last computed, kept while its findings and text stay the
/// same, so that a pull of an unchanged file answers with the same result id.
struct DiagnosticsTable {
    private struct Entry {
        /// Nil once the file's text changed: the positions must be converted again.
        var findings: [Finding]?
        var diagnostics: FileDiagnostics
    }

    private var entries: [String: Entry] = [:]
    private var nextResultID = 1

    /// The diagnostics of `path` for `findings`, made by `make` only when they changed.
    mutating func diagnostics(for path: String, findings: [Finding], make: () -> [LSP.Diagnostic]) -> FileDiagnostics {
        if let entry = entries[path], entry.findings == findings { return entry.diagnostics }
        let items = make()
        if var entry = entries[path], entry.diagnostics.items == items {
            entry.findings = findings
            entries[path] = entry
            return entry.diagnostics
        }
        let diagnostics = FileDiagnostics(items: items, resultID: String(nextResultID))
        nextResultID += 1
        entries[path] = Entry(findings: findings, diagnostics: diagnostics)
        return diagnostics
    }

    /// The file's text changed: positions must be converted again (its result id stays
    /// when the diagnostics come out the same).
    mutating func forget(_ path: String) {
        entries[path]?.findings = nil
    }
}
