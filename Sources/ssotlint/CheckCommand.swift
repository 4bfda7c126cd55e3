import ArgumentParser
import Foundation
import SSOTLint

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint the project and print findings.",
        discussion: """
            PATHs limit which files are reported on; cross-file rules still see the whole \
            project. Exit 0 when clean, 1 on a new unsuppressed finding at or above --fail-on \
            (or a missed --fail-under), 2 on a usage, configuration or internal error.
            """
    )

    @OptionGroup var project: ProjectOptions

    @OptionGroup var output: OutputOptions<CheckFormat>

    @Option(help: "Fail on findings of this severity or higher: error, warning or info.")
    var failOn: Severity = .error

    @Option(help: ArgumentHelp("Fail when overall compliance is below this percentage.", valueName: "PCT"))
    var failUnder: Double?

    @Flag(help: "Exit 0 even when there are findings (errors still exit 2).")
    var exitZero = false

    @Flag(help: "Report suppression comments that suppress nothing (unused-suppression).")
    var reportUnusedSuppressions = false

    @OptionGroup var baseline: CheckBaselineOptions

    @OptionGroup var newSince: NewSinceOption

    @OptionGroup var fixing: FixOptions

    @Argument(help: "Files or folders to report on (default: the whole project).")
    var paths: [String] = []

    func run() throws {
        do {
            let configuration = try project.loadConfiguration()
            var request = try project.analysisRequest(configuration, paths: paths,
                                                      reportUnusedSuppressions: reportUnusedSuppressions)
            request.baseline = try newSince.fileBaseline(baseline.baseline, for: configuration)
            request.planFixes = fixing.isRequested
            let engine = AnalysisEngine(request)
            ProcessLifetime.keep(engine)
            var result = engine.analyze()
            if fixing.isRequested { result = try applyFixes(result, engine: engine) }
            if let base = try newSince.baseline(for: engine) {
                base.mark(&result.findings)
                if !project.quiet { Console.note(base.summary) }
            }
            project.printNotes(result)
            try output.write(standard: .text) { format, toStandardOutput in
                // Colour goes to standard output only, never into a file.
                format.render(CheckRun(result: result, rules: request.rules, root: configuration.root,
                                       showBaselined: baseline.showBaselined,
                                       useColor: toStandardOutput && project.color.enabled, quiet: project.quiet))
            }
            let staleNote = baseline.staleNote(result.staleBaselineEntries)
            if let staleNote, !project.quiet { Console.note(staleNote) }
            if exitZero { return }
            let failing = result.findings.contains { !$0.isSuppressed && !$0.isBaselined && $0.severity >= failOn }
            var missed = false
            if let failUnder {
                let score = result.compliance(countSeverities: configuration.countSeverities)
                missed = !score.meets(failUnder)
                if missed && !project.quiet {
                    Console.note("compliance \(score.display)% is below --fail-under \(failUnder)")
                }
            }
            if failing || missed || (staleNote != nil && baseline.strictBaseline) { throw ExitCode(1) }
        } catch let failure as CommandFailure {
            Console.note("error: \(failure)")
            throw ExitCode(2)
        }
    }
}

extension Severity: ExpressibleByArgument {}
