import ArgumentParser
import Foundation
import SSOTLint

@main
struct SSOTLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssotlint",
        abstract: "Single-source-of-truth linter and compliance scorer for Python repositories.",
        version: SSOTLintVersion.current,
        subcommands: [CheckCommand.self, ReportCommand.self, RulesCommand.self, ExplainCommand.self, BaselineCommand.self,
                      InitCommand.self, ServerCommand.self, DebugCommand.self]
    )

    /// Runs the command; a usage error exits 2 with a one-line message (SPEC §2), not
    /// ArgumentParser's 64 with the whole usage text.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                // ArgumentParser may list the valid values below, as `- NAME` lines: one line of it all.
                let lines = self.message(for: error).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                let values = lines.dropFirst().filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }.joined(separator: ", ")
                let message = (lines.first ?? "invalid arguments") + (values.isEmpty ? "" : " " + values)
                Console.note("error: \(message.replacingOccurrences(of: "Error: ", with: "")) (see ssotlint --help)")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
