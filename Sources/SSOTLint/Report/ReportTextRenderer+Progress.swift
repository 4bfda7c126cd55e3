/// The text report's migration progress, folder breakdown and `--new-since` lines.
extension ReportTextRenderer {
    /// `WS001 factory: 131 of 519 files, 25.2%`, with the change since the previous run
    /// and over the history's window when there is one.
    static func migrationLines(_ report: ComplianceReport) -> [String] {
        guard !report.migrations.isEmpty else { return [] }
        var lines = ["", "Migration progress"]
        for migration in report.migrations {
            lines.append("  " + migration.text + trendText(report, migration))
        }
        return lines
    }

    static func trendText(_ report: ComplianceReport, _ migration: Migration) -> String {
        let trend = report.trend(of: migration)
        var parts: [String] = []
        if let previous = trend.previous { parts.append(migration.point.change(since: previous) + " since the previous run") }
        if let first = trend.first, report.history.count > 1 {
            parts.append(migration.point.change(since: first) + " over \(report.history.count) runs")
        }
        return parts.isEmpty ? "" : "  (" + parts.joined(separator: "; ") + ")"
    }

    /// Each folder's files, compliant files and score, worst first.
    static func folderLines(_ report: ComplianceReport) -> [String] {
        let folders = report.folders
        guard !folders.isEmpty else { return [] }
        let width = max(6, folders.map(\.path.count).max() ?? 0)
        var lines = ["", "Folders (worst first)", "  \(pad("Folder", width))   Score  Files  Compliant"]
        for folder in folders {
            lines.append("  \(pad(folder.path, width))  \(leftPad(folder.compliance.display + "%", 6))  "
                + "\(leftPad(grouped(folder.files), 5))  \(leftPad(grouped(folder.compliant), 9))")
        }
        return lines
    }

    static func newSinceLines(_ report: ComplianceReport) -> [String] {
        guard let note = report.newSince else { return [] }
        return ["", note.text + "; New counts the findings it did not have"]
    }
}
