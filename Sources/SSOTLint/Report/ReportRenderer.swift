/// An output format of `report`: one type per format, one function from the report (and
/// the findings it was built from) to text. Adding a format is one file with a type
/// conforming to this protocol plus one case in `ReportFormat`.
public protocol ReportRenderer {
    static func render(_ report: ComplianceReport, findings: [Finding]) -> String
}

extension ReportRenderer {
    /// The report alone, for formats that do not list findings.
    public static func render(_ report: ComplianceReport) -> String { render(report, findings: []) }
}

/// Every `report` output format, by the name `--format` takes; the switch makes a
/// forgotten renderer a compile error.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, json, html

    public var renderer: any ReportRenderer.Type {
        switch self {
        case .text: return ReportTextRenderer.self
        case .markdown: return ReportMarkdownRenderer.self
        case .json: return ReportJSONRenderer.self
        case .html: return HTMLReportRenderer.self
        }
    }

    public func render(_ report: ComplianceReport, findings: [Finding]) -> String {
        renderer.render(report, findings: findings)
    }
}
