import ArgumentParser
import Foundation
import SSOTLint

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings so that only new ones fail check.",
        discussion: """
            Records every unsuppressed finding (all severities) as a fingerprint that survives \
            line moves. With PATHs (or --select / --ignore) only the entries of those files \
            (and rules) are replaced; the others are kept. --prune removes the entries that no \
            longer match and never adds. Exit 0, or 2 on a usage, configuration or internal error.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp(
        "Baseline file to write (default: the config's baseline, else .ssotlint-baseline.json in the project root).",
        valueName: "FILE"))
    var output: String?

    @Flag(help: "Only remove the entries that no longer match a finding; never add any.")
    var prune = false

    @Flag(help: "Record unused-suppression findings too (for check --report-unused-suppressions).")
    var reportUnusedSuppressions = false

    @Argument(help: "Files or folders whose findings to record (default: the whole project).")
    var paths: [String] = []

    func run() throws {
        do {
            let configuration = try project.loadConfiguration()
            var request = try project.analysisRequest(configuration, paths: paths,
                                                      reportUnusedSuppressions: reportUnusedSuppressions)
            let path = output ?? BaselineFile.defaultPath(for: configuration)
            // Pruning asks the pipeline which entries match nothing; recording needs no baseline.
            if prune { request.baseline = try withUsageErrors { try BaselineFile.read(path) } }
            let result = Analyzer.run(request)
            project.printNotes(result)
            let message = prune ? try pruneBaseline(at: path, stored: request.baseline ?? Baseline(), result: result)
                : try recordBaseline(at: path, findings: result.findings, scope: BaselineScope(request: request, result: result))
            if !project.quiet { Console.write(message + "\n") }
        } catch let failure as CommandFailure {
            Console.note("error: \(failure)")
            throw ExitCode(2)
        }
    }

    /// Replaces the entries in scope with today's findings; returns the line to print.
    func recordBaseline(at path: String, findings: [Finding], scope: BaselineScope) throws -> String {
        let stored: Baseline
        do {
            stored = try BaselineFile.readIfPresent(path) ?? Baseline()
        } catch where scope.reportedPaths == nil {
            // A whole-project run re-records every file, so a damaged baseline is simply replaced.
            if !project.quiet { Console.note("replacing the baseline: \(error)") }
            stored = Baseline()
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        let updated = stored.recording(findings, scope: scope)
        try withUsageErrors { try BaselineFile.write(updated, to: path) }
        let recorded = Baseline.entries(for: findings).count
        let kept = stored.entries.filter { !scope.covers($0) }.count
        let tail = kept == 0 ? "" : " (kept \(count(kept, "entry", "entries")) of files or rules not analysed)"
        return "Recorded \(count(recorded, "finding", "findings")) in \(display(path))\(tail)"
    }

    /// Removes the entries that match no finding; returns the line to print.
    func pruneBaseline(at path: String, stored: Baseline, result: AnalysisResult) throws -> String {
        let stale = result.staleBaselineEntries
        if !stale.isEmpty {
            try withUsageErrors { try BaselineFile.write(stored.removing(stale), to: path) }
        }
        return "Removed \(count(stale.count, "stale entry", "stale entries")) from \(display(path))"
    }

    func withUsageErrors<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw CommandFailure.usage("\(error)") }
    }

    /// `path` as the user would type it: relative to the current folder when inside it.
    func display(_ path: String) -> String {
        let folder = project.workingDirectory.hasSuffix("/") ? project.workingDirectory : project.workingDirectory + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
