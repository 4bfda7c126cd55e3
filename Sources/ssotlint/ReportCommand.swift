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

    @OptionGroup var newSince: NewSinceOption

    @Option(name: .customLong("git-history"), help: ArgumentHelp(
        "Show the compliance of the last N first-parent commits of HEAD, computed from git (with --history FILE: also record the commits not recorded yet).",
        valueName: "N"))
    var gitHistory: Int?

    @Option(help: ArgumentHelp("Folder levels in the folder breakdown (0: no breakdown).", valueName: "N"))
    var folderDepth: Int = 1

    @Argument(help: "Files or folders to score (default: the whole project).")
    var paths: [String] = []

    func run() throws {
        do {
            if ratchet && history == nil && gitHistory == nil {
                throw CommandFailure.usage("--ratchet needs --history FILE or --git-history N")
            }
            if let gitHistory, gitHistory < 1 { throw CommandFailure.usage("--git-history must be at least 1") }
            if folderDepth < 0 { throw CommandFailure.usage("--folder-depth must be 0 or more") }
            let configuration = try project.loadConfiguration()
            var request = try project.analysisRequest(configuration, paths: paths)
            // Baselined findings are shown as such, and still count against the scores.
            request.baseline = try newSince.fileBaseline(baseline, for: configuration)
            let engine = AnalysisEngine(request)
            ProcessLifetime.keep(engine)
            var result = engine.analyze()
            var newSinceNote: NewSinceNote?
            if let base = try newSince.baseline(for: engine) {
                base.mark(&result.findings)
                newSinceNote = base.note
            }
            project.printNotes(result)
            var report = ReportBuilder.build(files: result.files, findings: result.findings, configuration: configuration,
                                             patternDistributions: result.patternDistributions, failUnder: failUnder,
                                             rulesInEffect: request.rules)
            report.skipped = result.skippedPaths
            report.folderDepth = folderDepth
            report.newSince = newSinceNote
            if let gitHistory {
                let entries: [HistoryEntry]
                do {
                    entries = try GitHistory.compute(commits: gitHistory, engine: engine, failUnder: failUnder).entries
                } catch {
                    throw CommandFailure.usage(error.description)
                }
                report.historyEndsWithThisRun = false
                do {
                    report.history = try history.map { try HistoryFile.merge(entries, into: $0) } ?? entries
                } catch {
                    throw CommandFailure.usage("\(error)")
                }
                if ratchet, let last = report.history.last { report.ratchetDrops = ReportBuilder.ratchetDrops(report, since: last) }
            } else if let history {
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
