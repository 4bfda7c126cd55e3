import ArgumentParser
import Foundation
import SSOTLint

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the compliance report: scores per category, thresholds, findings per rule.",
        discussion: """
            PATHs limit which files are scored; cross-file rules still see the whole project. \
            Exit 1 only when a threshold is missed (config thresholds, --fail-under, --ratchet), \
            2 on a usage, configuration or internal error.
            """
    )

    @OptionGroup var project: ProjectOptions

    @OptionGroup var output: OutputOptions<ReportFormat>

    @Option(help: ArgumentHelp("Fail when overall compliance is below this percentage.", valueName: "PCT"))
    var failUnder: Double?

    @Option(help: ArgumentHelp("Append this run's scores to a JSON-lines history file and show the trend.", valueName: "FILE"))
    var history: String?

    @Flag(help: "Fail when a category's score fell since the last run recorded in --history.")
    var ratchet = false

    @OptionGroup var baseline: BaselineFileOption

    @Argument(help: "Files or folders to score (default: the whole project).")
    var paths: [String] = []

    func run() throws {
        do {
            if ratchet && history == nil { throw CommandFailure.usage("--ratchet needs --history FILE") }
            let configuration = try project.loadConfiguration()
            var request = try project.analysisRequest(configuration, paths: paths)
            // Baselined findings are shown as such, and still count against the scores.
            request.baseline = try baseline.load(for: configuration)
            let result = Analyzer.run(request)
            project.printNotes(result)
            var report = ReportBuilder.build(files: result.files, findings: result.findings, configuration: configuration,
                                             patternDistributions: result.patternDistributions, failUnder: failUnder)
            report.skipped = result.skippedPaths
            if let history {
                let commit = GitCommit.current(root: configuration.root)
                // Under the history's lock, so the ratchet compares with the run really recorded last.
                do {
                    try HistoryFile.update(history) { entries in
                        if ratchet, let last = entries.last { report.ratchetDrops = ReportBuilder.ratchetDrops(report, since: last) }
                        let entry = HistoryEntry(report: report, time: Date(), commit: commit)
                        report.history = entries + [entry]
                        // A run that breaks the ratchet is not recorded, so the next run still compares with the better score.
                        return report.ratchetDrops.isEmpty ? entry : nil
                    }
                } catch {
                    throw CommandFailure.usage("\(error)")
                }
            }
            try output.write(standard: .text) { format, _ in
                format.render(report, findings: result.findings)
            }
            if !report.passed { throw ExitCode(1) }
        } catch let failure as CommandFailure {
            Console.note("error: \(failure)")
            throw ExitCode(2)
        }
    }
}
