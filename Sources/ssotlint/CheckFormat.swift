import SSOTLint

/// The output formats of `check`: one line per format here, one reporter each.
enum CheckFormat {
    static let names = ["text", "json"]

    struct Context {
        var result: AnalysisResult
        var configuration: Configuration
        var useColor: Bool
        var quiet: Bool
        var showBaselined: Bool
    }

    static func render(_ format: String, _ context: Context) -> String {
        switch format {
        case "json":
            return JSONReporter.render(context.result.findings)
        default:
            var reporter = TextReporter(useColor: context.useColor)
            reporter.quiet = context.quiet
            reporter.showBaselined = context.showBaselined
            return reporter.render(context.result.findings, fileCount: context.result.files.filter(\.isReported).count)
        }
    }
}
