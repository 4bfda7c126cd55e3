import SSOTLint

/// The output formats of `check`: one line per format here, one reporter each.
enum CheckFormat {
    static let names = ["text", "json", "sarif", "github", "junit", "codeclimate"]

    struct Context {
        var result: AnalysisResult
        var configuration: Configuration
        /// The rules that ran (after `--select` / `--ignore`), for SARIF's rule list.
        var rules: [any Rule]
        var useColor: Bool
        var quiet: Bool
        var showBaselined: Bool
    }

    static func render(_ format: String, _ context: Context) -> String {
        let findings = context.result.findings
        switch format {
        case "json":
            return JSONReporter.render(findings)
        case "sarif":
            return SARIFReporter(rules: context.rules, root: context.configuration.root).render(findings)
        case "github":
            return GitHubReporter.render(findings, showBaselined: context.showBaselined)
        case "junit":
            return JUnitReporter.render(findings, files: context.result.files)
        case "codeclimate":
            return CodeClimateReporter.render(findings)
        default:
            var reporter = TextReporter(useColor: context.useColor)
            reporter.quiet = context.quiet
            reporter.showBaselined = context.showBaselined
            return reporter.render(findings, fileCount: context.result.files.filter(\.isReported).count)
        }
    }
}
