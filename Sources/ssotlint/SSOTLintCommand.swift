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
                      InitCommand.self, DebugCommand.self]
    )

    /// Runs the command; a usage error exits 2 with a one-line message (SPEC §2), not
    /// ArgumentParser's 64 with the whole usage text.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
                Console.note("error: \(message.replacingOccurrences(of: "Error: ", with: "")) (see ssotlint --help)")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
