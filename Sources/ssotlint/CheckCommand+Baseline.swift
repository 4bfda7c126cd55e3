import ArgumentParser
import SSOTLint

/// `check`'s baseline options (SPEC §5).
struct BaselineOptions: ParsableArguments {
    @Option(name: .customLong("baseline"), help: ArgumentHelp(
        "Baseline file (default: the config's baseline, else .ssotlint-baseline.json in the project root, if present).",
        valueName: "FILE"))
    var file: String?

    @Flag(help: "Print baselined findings too.")
    var showBaselined = false

    @Flag(help: "Fail while baseline entries no longer match (remove them with ssotlint baseline --prune).")
    var strictBaseline = false
}

/// What the baseline did to a run.
struct BaselineOutcome {
    /// A note for standard error (stale entries), if any.
    var note: String?
    /// `--strict-baseline` with stale entries.
    var failsRun = false
}

extension CheckCommand {
    /// Marks baselined findings in `result`. A baseline named by `--baseline` must exist;
    /// the default one is used when present.
    func applyBaseline(to result: inout AnalysisResult, configuration: Configuration) throws -> BaselineOutcome {
        let stored: Baseline?
        do {
            if let file = baseline.file {
                stored = try BaselineFile.read(file)
            } else {
                stored = try BaselineFile.readIfPresent(BaselineFile.defaultPath(for: configuration))
            }
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        guard let stored else { return BaselineOutcome() }
        let scope = BaselineScope(result: result, wholeProject: paths.isEmpty && project.stdinFilename == nil,
                                  configuration: configuration, rules: try project.selectedRules(configuration),
                                  reportsUnusedSuppressions: reportUnusedSuppressions)
        let stale = stored.mark(&result.findings, scope: scope).stale
        guard !stale.isEmpty else { return BaselineOutcome() }
        let prune = "ssotlint baseline --prune" + (baseline.file.map { " --output \($0)" } ?? "")
        let entries = stale.count == 1 ? "1 baseline entry no longer matches" : "\(stale.count) baseline entries no longer match"
        return BaselineOutcome(note: "\(entries); run \(prune)", failsRun: baseline.strictBaseline)
    }
}
