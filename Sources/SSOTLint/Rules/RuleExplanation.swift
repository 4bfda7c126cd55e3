/// The text of `ssotlint explain ID`: documentation, settings and examples of a rule.
public enum RuleExplanation {
    public static func text(for rule: any Rule) -> String {
        let common = rule.common
        var lines = ["\(common.id) (\(common.kind), \(common.severity.rawValue))", "", common.docs, ""]
        lines.append("message:      \(common.message.text)")
        lines.append("paths:        \(common.pathPatterns.isEmpty ? "all files" : common.pathPatterns.joined(separator: ", "))")
        if !common.excludePatterns.isEmpty { lines.append("exclude:      \(common.excludePatterns.joined(separator: ", "))") }
        lines.append("suppressible: \(common.suppressible)")
        if common.skipTypeChecking { lines.append("skip-type-checking: true") }
        for (key, value) in rule.settings {
            lines.append("\(key):".padding(toLength: 14, withPad: " ", startingAt: 0) + value)
        }
        lines.append("defined at:   \(common.origin)")
        if let kind = RuleRegistry.kind(named: common.kind) {
            lines += ["", "Examples of \(kind.name) rules (↓ marks where a finding is reported):"]
            for example in kind.examples { lines += [""] + self.lines(of: example) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An example as a heading, the rule's keys and each file's lines.
    static func lines(of example: RuleExample) -> [String] {
        var lines = ["\(example.isTriggering ? "Reported" : "Not reported"): \(example.summary)", "  rule:"]
        lines += example.settings.split(separator: "\n").map { "    " + $0 }
        for file in example.files {
            lines.append("  \(file.path):")
            lines += file.renderedLines.map { $0.isEmpty ? "" : "    " + $0 }
        }
        return lines
    }
}
