/// The html report's migration progress (a line chart per migration when the history has
/// two runs or more) and folder breakdown (a table with inline bars): no scripts.
extension HTMLReportRenderer {
    static func migrations(_ report: ComplianceReport) -> String? {
        guard !report.migrations.isEmpty else { return nil }
        let entries = report.history
        let labels = entries.map { entry in
            String(entry.time.prefix(10)) + (entry.commit.map { " " + $0.prefix(7) } ?? "")
        }
        var figures: [String] = []
        for (index, migration) in report.migrations.enumerated() {
            let trend = ReportTextRenderer.trendText(report, migration)
            let isPattern = migration.kind == .canonicalPattern
            let heading = "<h3><code>\(e(migration.rule))</code> \(isPattern ? "to" : "off") <code>\(e(migration.subject))</code></h3>"
                + "<p>\(e(migration.point.text))\(e(trend))</p>"
            let points = entries.map { entry -> (value: Double, text: String)? in
                guard let point = entry.migrations[migration.key] else { return nil }
                if isPattern {
                    guard let share = point.share, let value = share.percentage else { return nil }
                    return (value, share.display + "%")
                }
                return (Double(point.files), "\(point.files) files")
            }
            guard points.compactMap({ $0 }).count >= 2 else {
                figures.append("<div class=\"migration\">\(heading)</div>")
                continue
            }
            let name = isPattern ? "files using \(migration.subject) (share)" : "files importing \(migration.subject)"
            let series = [SVGCharts.Series(name: name, colour: isPattern ? passColour : "#9a6700", dash: "", strokeWidth: 3, points: points)]
            let known = points.compactMap { $0 }
            let description = "\(migration.key): \(name) went from \(known[0].text) to \(known[known.count - 1].text) over \(entries.count) runs."
            let chart = SVGCharts.lineChart(id: "chart-migration-\(index + 1)", title: "Migration \(migration.key)",
                                            description: description, labels: labels, series: series, reference: nil,
                                            counts: !isPattern)
            figures.append("<div class=\"migration\">\(heading)\n<figure>\n\(chart)\n<figcaption>\(e(description))</figcaption>\n</figure></div>")
        }
        return "<section id=\"migrations\">\n<h2>Migration progress</h2>\n"
            + "<p class=\"muted\">Competing patterns: the share of files using the canonical pattern among the files using any (higher is better). Deprecated imports: the files that still import the module (lower is better).</p>\n"
            + figures.joined(separator: "\n") + "\n</section>"
    }

    static func folders(_ report: ComplianceReport) -> String? {
        let folders = report.folders
        guard !folders.isEmpty else { return nil }
        let grouped = ReportTextRenderer.grouped
        let rows = folders.map { folder -> String in
            let width = folder.files > 0 ? folder.compliant * 100 / folder.files : 0
            let colour = folder.compliant == folder.files ? passColour : failColour
            return "<tr><td class=\"path\"><code>\(e(folder.path))</code></td><td class=\"count\">\(folder.compliance.display)%</td>"
                + "<td class=\"count\">\(grouped(folder.files))</td><td class=\"count\">\(grouped(folder.compliant))</td>"
                + "<td class=\"meter\" aria-hidden=\"true\"><span style=\"width: \(width)%; background: \(colour)\"></span></td></tr>"
        }
        return """
            <section id="folders">
            <h2>Folders</h2>
            <p class="muted">Compliance per folder (to depth \(report.folderDepth)), worst first; the bar is the share of compliant files.</p>
            <div class="table-wrap"><table class="files">
            <thead><tr><th scope="col">Folder</th><th scope="col" class="count">Score</th><th scope="col" class="count">Files</th><th scope="col" class="count">Compliant</th><th scope="col"><span class="visually-hidden">Share</span></th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody></table></div>
            </section>
            """
    }

    static func newSince(_ report: ComplianceReport) -> String? {
        guard let note = report.newSince else { return nil }
        let perCategory = (report.categories + [report.overall]).map { "\(e($0.name)) \($0.newFindings)" }.joined(separator: " · ")
        return "<section id=\"new-since\">\n<h2>New findings</h2>\n<p>\(e(note.text)). New findings per category: \(perCategory)</p>\n</section>"
    }
}
