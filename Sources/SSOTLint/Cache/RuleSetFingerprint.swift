/// What per-file outcomes depend on besides the file itself: the ssotlint version and
/// build, the rules in effect with all their settings, where module names start, and —
/// when a rule follows re-exports — the top-level names of the project's modules (which
/// decide the references a file keeps for the symbol index).
enum RuleSetFingerprint {
    static func of(_ configuration: Configuration, rules: [any Rule], projectRoots: Set<String> = [],
                   release: String = SSOTLintVersion.current, build: String = SSOTLintVersion.build) -> String {
        var text = "ssotlint \(release) \(build)\nsrc-roots \(configuration.srcRoots.joined(separator: ","))\n"
        if !projectRoots.isEmpty { text += "project-roots \(projectRoots.sorted().joined(separator: " "))\n" }
        for rule in rules {
            text += RuleExplanation.text(for: rule)
            text += "\u{1F}\(rule.common.message.text)\u{1F}\(rule.common.severity.rawValue)\u{1E}\n"
        }
        return "\(release)-" + LineFingerprint.hash(bytes: Array(text.utf8))
    }
}
