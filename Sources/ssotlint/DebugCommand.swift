import ArgumentParser

struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Inspect how ssotlint reads Python files.",
        subcommands: [DebugTokensCommand.self]
    )
}
