import ArgumentParser
import SSOTLint

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the rules in effect.")

    @OptionGroup var project: ProjectOptions

    func run() throws {
        do {
            let configuration = try project.loadConfiguration()
            let rules = try project.selectedRules(configuration)
            let width = rules.map { $0.common.id.count }.max() ?? 2
            var text = ""
            for rule in rules {
                let common = rule.common
                text += common.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                text += common.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                text += common.kind.padding(toLength: 21, withPad: " ", startingAt: 0)
                text += common.message.text + "\n"
            }
            Console.write(text.isEmpty ? "No rules in effect.\n" : text)
        } catch let failure as CommandFailure {
            Console.note("error: \(failure)")
            throw ExitCode(2)
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show one rule's documentation, configuration and examples.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The rule id.")
    var id: String

    func run() throws {
        do {
            let configuration = try project.loadConfiguration()
            guard let rule = configuration.rules.first(where: { $0.common.id == id }) else {
                let ids = configuration.rules.map { $0.common.id }
                throw CommandFailure.usage("no rule '\(id)' in effect; rules: \(ids.joined(separator: ", "))")
            }
            Console.write(RuleExplanation.text(for: rule))
        } catch let failure as CommandFailure {
            Console.note("error: \(failure)")
            throw ExitCode(2)
        }
    }
}
