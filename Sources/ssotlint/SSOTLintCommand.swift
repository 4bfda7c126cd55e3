import ArgumentParser
import SSOTLint

@main
struct SSOTLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssotlint",
        abstract: "Single-source-of-truth linter and compliance scorer for Python repositories.",
        version: SSOTLintVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, ExplainCommand.self, DebugCommand.self]
    )
}
