import ArgumentParser
import Foundation
import SSOTLint

/// Options shared by the commands that analyse a project.
struct ProjectOptions: ParsableArguments {
    @Option(help: "Configuration file (default: the nearest .ssotlint.yml found upward from the current directory).")
    var config: String?

    @Option(help: ArgumentHelp("Run only these rules (comma-separated ids or id prefixes).", valueName: "ID,..."))
    var select: String?

    @Option(help: ArgumentHelp("Do not run these rules (comma-separated ids or id prefixes).", valueName: "ID,..."))
    var ignore: String?

    @Option(help: "Files analysed in parallel (default: all cores).")
    var jobs: Int?

    @Flag(help: "Neither read nor write the cache.")
    var noCache = false

    @Option(help: "Colour in text output: auto, always or never (NO_COLOR is honoured).")
    var color: ColorChoice = .auto

    @Flag(help: "Print only findings, no summary or notes.")
    var quiet = false

    @Option(help: ArgumentHelp("Read this file's source from standard input.", valueName: "NAME"))
    var stdinFilename: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    var workingDirectory: String { FileManager.default.currentDirectoryPath }

    func loadConfiguration() throws -> Configuration {
        do {
            return try ConfigurationLoader.load(path: config, from: workingDirectory)
        } catch {
            throw CommandFailure.usage(error.description)
        }
    }

    /// The configuration's rules after `--select` and `--ignore`.
    func selectedRules(_ configuration: Configuration) throws -> [any Rule] {
        var rules = configuration.rules
        if let select {
            let selectors = try parseSelectors(select, "--select", rules)
            rules = rules.filter { rule in selectors.contains { RuleSelection.matches(rule.common.id, $0) } }
        }
        if let ignore {
            let selectors = try parseSelectors(ignore, "--ignore", rules)
            rules = rules.filter { rule in !selectors.contains { RuleSelection.matches(rule.common.id, $0) } }
        }
        return rules
    }

    func parseSelectors(_ text: String, _ option: String, _ rules: [any Rule]) throws -> [String] {
        let selectors = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for selector in selectors where !rules.contains(where: { RuleSelection.matches($0.common.id, selector) }) {
            throw CommandFailure.usage("\(option): no rule in effect matches '\(selector)' (see `ssotlint rules`)")
        }
        return selectors
    }

    func analysisRequest(_ configuration: Configuration, paths: [String],
                         reportUnusedSuppressions: Bool = false) throws -> AnalysisRequest {
        for path in paths {
            var status = stat()
            if lstat(path, &status) != 0 {
                throw CommandFailure.usage("\(path): no such file or directory")
            }
        }
        var request = AnalysisRequest(configuration: configuration, rules: try selectedRules(configuration),
                                      workingDirectory: workingDirectory)
        request.paths = paths
        request.reportUnusedSuppressions = reportUnusedSuppressions
        request.useCache = !noCache
        if let jobs { request.jobs = jobs }
        if let stdinFilename {
            request.stdin = (stdinFilename, [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
        }
        return request
    }

    /// Prints notes about what discovery skipped, on standard error.
    func printNotes(_ result: AnalysisResult) {
        guard !quiet else { return }
        for path in result.skippedSymlinks { Console.note("skipped symbolic link \(path)") }
        for unreadable in result.unreadablePaths { Console.note("cannot read \(unreadable.path): \(unreadable.reason)") }
    }
}
