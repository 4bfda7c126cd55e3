import ArgumentParser
import SSOTLint

/// `--baseline FILE`, for the commands that mark baselined findings (SPEC §5).
struct BaselineFileOption: ParsableArguments {
    @Option(name: .customLong("baseline"), help: ArgumentHelp(
        "Baseline file (default: the config's baseline, else .ssotlint-baseline.json in the project root, if present).",
        valueName: "FILE"))
    var file: String?

    /// The baseline the run marks findings with, if any.
    func load(for configuration: Configuration) throws -> Baseline? {
        do {
            return try BaselineFile.load(named: file, for: configuration)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
    }
}

/// `check`'s own baseline options.
struct CheckBaselineOptions: ParsableArguments {
    @OptionGroup var baseline: BaselineFileOption

    @Flag(help: "Print baselined findings too.")
    var showBaselined = false

    @Flag(help: "Fail while baseline entries no longer match (remove them with ssotlint baseline --prune).")
    var strictBaseline = false

    /// The note for entries that no longer match, if any.
    func staleNote(_ stale: [Baseline.Entry]) -> String? {
        guard !stale.isEmpty else { return nil }
        let prune = "ssotlint baseline --prune" + (baseline.file.map { " --output \($0)" } ?? "")
        let entries = stale.count == 1 ? "1 baseline entry no longer matches" : "\(stale.count) baseline entries no longer match"
        return "\(entries); run \(prune)"
    }
}
