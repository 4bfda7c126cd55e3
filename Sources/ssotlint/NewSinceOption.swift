import ArgumentParser
import SSOTLint

/// `--new-since REF`: the findings at the merge-base of REF and HEAD count as baselined.
struct NewSinceOption: ParsableArguments {
    @Option(name: .customLong("new-since"), help: ArgumentHelp(
        "Only findings that are new since the merge-base of REF and HEAD count (REF: a branch, tag or commit, e.g. origin/main).",
        valueName: "REF"))
    var ref: String?

    /// The baseline file the run marks findings with: none with `--new-since`, whose
    /// merge-base is the baseline, and the two cannot be given together.
    func fileBaseline(_ option: BaselineFileOption, for configuration: Configuration) throws -> Baseline? {
        guard ref != nil else { return try option.load(for: configuration) }
        if option.file != nil {
            throw CommandFailure.usage("--new-since and --baseline cannot be combined: the merge-base is the baseline")
        }
        return nil
    }

    /// The baseline of the merge-base, for the run of `engine` (already analysed).
    func baseline(for engine: AnalysisEngine) throws -> NewSinceBaseline? {
        guard let ref else { return nil }
        do {
            return try NewSinceBaseline(ref: ref, engine: engine)
        } catch {
            throw CommandFailure.usage(error.description)
        }
    }
}
