import ArgumentParser
import SSOTLint

/// `--new-since REF`: the findings at the merge-base of REF and HEAD count as baselined.
struct NewSinceOption: ParsableArguments {
    @Option(name: .customLong("new-since"), help: ArgumentHelp(
        "Only findings that are new since the merge-base of REF and HEAD count (REF: a branch, tag or commit, e.g. origin/main).",
        valueName: "REF"))
    var ref: String?

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
