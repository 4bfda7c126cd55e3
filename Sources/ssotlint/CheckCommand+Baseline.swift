import ArgumentParser
import SSOTLint

/// `check`'s baseline options (SPEC §5). Placeholder: the baseline is being built.
struct BaselineOptions: ParsableArguments {
    var showsBaselined: Bool { false }
}

/// What the baseline did to a run.
struct BaselineOutcome {
    /// A note for standard error (stale entries), if any.
    var note: String?
    /// `--strict-baseline` with stale entries.
    var failsRun = false
}

extension CheckCommand {
    /// Marks baselined findings in `result`.
    func applyBaseline(to result: inout AnalysisResult, configuration: Configuration) throws -> BaselineOutcome {
        BaselineOutcome()
    }
}
