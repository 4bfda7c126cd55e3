/// What per-file outcomes depend on besides the file itself: the ssotlint version and
/// build, the rules in effect with all their settings, and where module names start.
enum RuleSetFingerprint {
    static func of(_ configuration: Configuration, rules: [any Rule], release: String = SSOTLintVersion.current,
                   build: String = SSOTLintVersion.build) -> String {
        var text = "ssotlint \(release) \(build)\nsrc-roots \(configuration.srcRoots.joined(separator: ","))\n"
        for rule in rules {
            text += RuleExplanation.text(for: rule)
            text += "\u{1F}\(rule.common.message.text)\u{1F}\(rule.common.severity.rawValue)\u{1E}\n"
        }
        return "\(release)-" + LineFingerprint.hash(bytes: Array(text.utf8))
    }
}
