extension AnalysisEngine {
    /// The `check --fix` rewrites of one file, planned from its last per-file pass (the
    /// request must keep fix sources) and its findings, suppressions applied.
    public func fixes(for path: String, findings: [Finding]) -> FileFix? {
        guard let source = outcomes[path]?.fixSource else { return nil }
        return ImportFixes.planFile(source, findings: findings,
                                    rules: request.rules.compactMap { $0 as? DeprecatedImportRule }).0
    }
}
