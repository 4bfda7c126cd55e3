/// Every `check` output format, by the name `--format` takes. Adding one is its reporter
/// file plus one case here; the switch makes a forgotten reporter a compile error.
public enum CheckFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit, codeclimate

    public var reporter: any CheckReporter.Type {
        switch self {
        case .text: return TextReporter.self
        case .json: return JSONReporter.self
        case .sarif: return SARIFReporter.self
        case .github: return GitHubReporter.self
        case .junit: return JUnitReporter.self
        case .codeclimate: return CodeClimateReporter.self
        }
    }

    public func render(_ run: CheckRun) -> String { reporter.render(run) }
}
