import ArgumentParser
import SSOTLint

/// `check --fix` / `--diff`. Placeholder: fixes are being built.
struct FixOptions: ParsableArguments {
    var isRequested: Bool { false }
}

extension CheckCommand {
    /// Applies (or prints) fixes; returns the analysis to report, re-run after writing.
    func applyFixes(_ result: AnalysisResult, request: AnalysisRequest) throws -> AnalysisResult {
        result
    }
}
