/// `--format text`: `path:line:col: ID message`, one finding a line, then a summary.
public struct TextReporter: CheckReporter {
    public static let selection = FindingSelection.visible

    let useColor: Bool

    public static func render(_ run: CheckRun) -> String {
        TextReporter(useColor: run.useColor).render(run)
    }

    func render(_ run: CheckRun) -> String {
        var output = ""
        var shown = 0
        var bySeverity: [Severity: Int] = [:]
        var paths = Set<String>()
        for finding in run.findings(Self.selection) {
            shown += 1
            bySeverity[finding.severity, default: 0] += 1
            paths.insert(finding.path)
            output += paint("\(finding.path):\(finding.line):\(finding.column):", .bold)
            output += " " + paint(finding.ruleID, color(for: finding.severity)) + " " + finding.messageWithVia + "\n"
        }
        if run.quiet { return output }
        let fileCount = run.reportedFileCount
        let suppressed = run.findings.filter(\.isSuppressed).count
        let baselined = run.findings.filter { $0.isBaselined && !$0.isSuppressed }.count
        var notes: [String] = []
        if suppressed > 0 { notes.append("\(suppressed) suppressed") }
        if baselined > 0 && !run.showBaselined { notes.append("\(baselined) baselined") }
        let tail = notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"
        if shown == 0 {
            output += paint("No findings", .green) + " in \(plural(fileCount, "file"))\(tail).\n"
        } else {
            let counts = Severity.allCases.reversed().compactMap { severity in
                bySeverity[severity].map { plural($0, severity.rawValue) }
            }.joined(separator: ", ")
            output += "Found \(plural(shown, "finding")) (\(counts)) in \(plural(paths.count, "file")) "
                + "of \(fileCount)\(tail).\n"
        }
        return output
    }

    enum Style: String {
        case bold = "1", red = "31", yellow = "33", blue = "34", green = "32"
    }

    func color(for severity: Severity) -> Style {
        switch severity {
        case .error: return .red
        case .warning: return .yellow
        case .info: return .blue
        }
    }

    func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
