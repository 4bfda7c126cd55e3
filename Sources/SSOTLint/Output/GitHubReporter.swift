/// `--format github`: one GitHub Actions workflow command per finding, which the runner
/// turns into an annotation on the file and line:
///
///     ::error file=app/x.py,line=3,col=5,endLine=3,endColumn=15,title=ENV001::direct environment access…
///
/// The findings shown are those `text` shows (`FindingSelection.visible`). `info` becomes `notice`. Columns are given only when the finding
/// starts and ends on one line, because GitHub rejects columns on multi-line annotations.
/// Escaping follows `@actions/core`: in the message `%`, CR and LF; in properties also
/// `:` and `,`, which would otherwise end the value.
public enum GitHubReporter: CheckReporter {
    public static let selection = FindingSelection.visible

    public static func render(_ run: CheckRun) -> String {
        var output = ""
        for finding in run.findings(selection) {
            output += annotation(finding) + "\n"
        }
        return output
    }

    static func annotation(_ finding: Finding) -> String {
        var properties = ["file=\(escapedProperty(finding.path))", "line=\(finding.line)"]
        if finding.endLine == finding.line {
            properties.append("col=\(finding.column)")
            properties.append("endLine=\(finding.endLine)")
            properties.append("endColumn=\(max(finding.endColumn, finding.column))")
        } else {
            properties.append("endLine=\(finding.endLine)")
        }
        properties.append("title=\(escapedProperty(finding.ruleID))")
        return "::\(command(for: finding.severity)) \(properties.joined(separator: ","))::\(escapedData(finding.messageWithVia))"
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// The command's message: `%`, CR and LF encoded.
    public static func escapedData(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A property value: as the message, and `:` and `,` encoded too.
    public static func escapedProperty(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in escapedData(text).unicodeScalars {
            switch scalar {
            case ":": output += "%3A"
            case ",": output += "%2C"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
