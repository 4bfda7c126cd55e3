/// The inline SVG charts of the html report. Sized in CSS pixels and scaled down on narrow
/// screens; every chart has a `<title>` and `<desc>` for screen readers, and every colour
/// is paired with text (a value, ✓/✗, a severity) so that nothing is said by colour alone.
enum SVGCharts {
    static let width = 880.0
    static let ink = "#24292f"
    static let muted = "#57606a"
    static let track = "#eaeef2"
    static let grid = "#d0d7de"

    /// One row of a horizontal bar chart.
    struct Bar {
        var label: String
        /// Nil draws an empty track (an empty category).
        var value: Double?
        var valueText: String
        var colour: String
        /// A vertical line across the bar at this value, labelled (a threshold).
        var marker: (value: Double, text: String)? = nil
        var emphasised = false
        /// The native tooltip of the row.
        var tooltip: String
    }

    /// One line of the line chart; `points[i]` is the score at `labels[i]`, with its text.
    struct Series {
        var name: String
        var colour: String
        var dash: String
        var strokeWidth: Double
        var points: [(value: Double, text: String)?]
    }

    /// Horizontal bars from 0 to `maximum`; with `percentAxis`, a 0–100 % axis below.
    static func horizontalBars(id: String, title: String, description: String, bars: [Bar],
                               maximum: Double, percentAxis: Bool) -> String {
        let labelWidth = min(300, max(90, Double(bars.map(\.label.count).max() ?? 0) * 7.4 + 16))
        let valueWidth = max(70, Double(bars.map(\.valueText.count).max() ?? 0) * 7.4 + 20)
        let trackX = labelWidth, trackWidth = width - labelWidth - valueWidth
        let hasMarkers = bars.contains { $0.marker != nil }
        let rowHeight = hasMarkers ? 46.0 : 30.0, barHeight = hasMarkers ? 18.0 : 16.0
        let barOffset = hasMarkers ? 20.0 : 7.0
        let axisHeight = percentAxis ? 26.0 : 0
        let height = Double(bars.count) * rowHeight + axisHeight + 6
        func x(_ value: Double) -> Double { trackX + trackWidth * min(max(value, 0), maximum) / max(maximum, 1) }

        var parts = [open(id: id, title: title, description: description, height: height)]
        if percentAxis {
            let bottom = Double(bars.count) * rowHeight + 2
            for tick in stride(from: 0.0, through: 100, by: 25) {
                parts.append("<line x1=\"\(n(x(tick)))\" y1=\"2\" x2=\"\(n(x(tick)))\" y2=\"\(n(bottom))\" stroke=\"\(grid)\" stroke-width=\"1\"/>")
                parts.append(text("\(Int(tick))%", x: x(tick), y: bottom + 16, size: 11, fill: muted, anchor: "middle"))
            }
        }
        for (index, bar) in bars.enumerated() {
            let top = Double(index) * rowHeight
            let barY = top + barOffset, middle = barY + barHeight / 2 + 4.5
            if bar.emphasised && index > 0 {
                parts.append("<line x1=\"0\" y1=\"\(n(top + 2))\" x2=\"\(n(width))\" y2=\"\(n(top + 2))\" stroke=\"\(grid)\" stroke-width=\"1\"/>")
            }
            parts.append("<g><title>\(HTMLText.escaped(bar.tooltip))</title>")
            parts.append(text(truncated(bar.label, to: labelWidth - 12), x: labelWidth - 10, y: middle, size: 13, fill: ink,
                              anchor: "end", bold: bar.emphasised))
            parts.append(rect(x: trackX, y: barY, width: trackWidth, height: barHeight, fill: track))
            if let value = bar.value, value > 0 {
                parts.append(rect(x: trackX, y: barY, width: max(2, x(value) - trackX), height: barHeight, fill: bar.colour))
            }
            parts.append(text(bar.valueText, x: trackX + trackWidth + 10, y: middle, size: 13, fill: bar.colour, anchor: "start", bold: true))
            if let marker = bar.marker {
                let markerX = x(marker.value)
                parts.append("<line x1=\"\(n(markerX))\" y1=\"\(n(barY - 4))\" x2=\"\(n(markerX))\" y2=\"\(n(barY + barHeight + 4))\" "
                    + "stroke=\"\(ink)\" stroke-width=\"2.5\" class=\"threshold-marker\"/>")
                let anchor = markerX > trackX + trackWidth - 60 ? "end" : (markerX < trackX + 60 ? "start" : "middle")
                parts.append(text(marker.text, x: markerX, y: barY - 7, size: 11, fill: ink, anchor: anchor))
            }
            parts.append("</g>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// Scores (0–100) over time: one line per series, a dot per run, the y axis zoomed to
    /// the range the scores cover (always labelled, always ending at 100 %).
    /// With `counts`, the y axis runs from 0 to the largest value instead (files, not percent).
    static func lineChart(id: String, title: String, description: String, labels: [String], series: [Series],
                          reference: (value: Double, text: String)?, counts: Bool = false) -> String {
        let height = 300.0, left = 52.0, right = 104.0, top = 16.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let highest = series.flatMap { $0.points.compactMap { $0?.value } }.max() ?? 1
        let ceiling = counts ? max(5, (highest / 5).rounded(.up) * 5) : 100
        let floor = counts ? 0 : axisFloor(series, reference: reference?.value)
        let range = ceiling - floor
        let step = counts ? max(1, (range / 5).rounded(.up)) : range <= 10 ? 2.0 : range <= 30 ? 5 : range <= 60 ? 10 : 20
        let unit = counts ? "" : "%"
        func x(_ index: Int) -> Double { left + (labels.count > 1 ? plotWidth * Double(index) / Double(labels.count - 1) : plotWidth / 2) }
        func y(_ value: Double) -> Double { top + plotHeight * (ceiling - value) / range }

        var parts = [open(id: id, title: title, description: description, height: height)]
        for tick in stride(from: floor, through: ceiling, by: step) {
            parts.append("<line x1=\"\(n(left))\" y1=\"\(n(y(tick)))\" x2=\"\(n(left + plotWidth))\" y2=\"\(n(y(tick)))\" stroke=\"\(grid)\" stroke-width=\"1\"/>")
            parts.append(text("\(n(tick))\(unit)", x: left - 8, y: y(tick) + 4, size: 11, fill: muted, anchor: "end"))
        }
        let tickCount = min(labels.count, 6)
        let tickIndices = Set((0..<tickCount).map { tickCount > 1 ? $0 * (labels.count - 1) / (tickCount - 1) : 0 })
        for index in tickIndices.sorted() {
            let anchor = index == 0 && labels.count > 1 ? "start" : (index == labels.count - 1 && labels.count > 1 ? "end" : "middle")
            parts.append("<line x1=\"\(n(x(index)))\" y1=\"\(n(top + plotHeight))\" x2=\"\(n(x(index)))\" y2=\"\(n(top + plotHeight + 5))\" stroke=\"\(muted)\" stroke-width=\"1\"/>")
            parts.append(text(labels[index], x: x(index), y: height - 14, size: 11, fill: muted, anchor: anchor))
        }
        if let reference {
            parts.append("<line x1=\"\(n(left))\" y1=\"\(n(y(reference.value)))\" x2=\"\(n(left + plotWidth))\" y2=\"\(n(y(reference.value)))\" "
                + "stroke=\"\(ink)\" stroke-width=\"1.5\" stroke-dasharray=\"2 4\" class=\"threshold-marker\"/>")
            parts.append(text(reference.text, x: left + plotWidth + 8, y: y(reference.value) + 4, size: 11, fill: ink, anchor: "start"))
        }
        // Categories first, so that the overall line (the first series) is drawn on top.
        for line in series.reversed() {
            var path = "", pen = false
            for (index, point) in line.points.enumerated() {
                guard let point else { pen = false; continue }
                path += (pen ? " L" : (path.isEmpty ? "M" : " M")) + "\(n(x(index))) \(n(y(point.value)))"
                pen = true
            }
            let dash = line.dash.isEmpty ? "" : " stroke-dasharray=\"\(line.dash)\""
            parts.append("<g><title>\(HTMLText.escaped(line.name))</title>")
            parts.append("<path d=\"\(path)\" fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"\(n(line.strokeWidth))\"\(dash) stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
            if labels.count <= 60 {
                for (index, point) in line.points.enumerated() {
                    guard let point else { continue }
                    parts.append("<circle cx=\"\(n(x(index)))\" cy=\"\(n(y(point.value)))\" r=\"\(n(line.strokeWidth + 1))\" fill=\"#ffffff\" "
                        + "stroke=\"\(line.colour)\" stroke-width=\"2\"><title>\(HTMLText.escaped("\(line.name), \(labels[index]): \(point.text)"))</title></circle>")
                }
            }
            parts.append("</g>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The lowest value on the line chart's axis: a multiple of 10 at least 2 points below
    /// every score, so that small changes near 100 % stay visible.
    static func axisFloor(_ series: [Series], reference: Double?) -> Double {
        let lowest = (series.flatMap { $0.points.compactMap { $0?.value } } + (reference.map { [$0] } ?? [])).min() ?? 100
        return max(0, ((lowest - 2) / 10).rounded(.down) * 10)
    }

    /// The key of a line chart, in HTML so that long names wrap.
    static func legend(_ series: [Series], latest: [String]) -> String {
        var items: [String] = []
        for (line, value) in zip(series, latest) {
            let dash = line.dash.isEmpty ? "" : " stroke-dasharray=\"\(line.dash)\""
            items.append("<li><svg width=\"34\" height=\"12\" aria-hidden=\"true\"><line x1=\"2\" y1=\"6\" x2=\"32\" y2=\"6\" "
                + "stroke=\"\(line.colour)\" stroke-width=\"\(n(line.strokeWidth))\"\(dash) stroke-linecap=\"round\"/></svg> "
                + "\(HTMLText.escaped(line.name)) <span class=\"muted\">\(HTMLText.escaped(value))</span></li>")
        }
        return "<ul class=\"legend\">" + items.joined() + "</ul>"
    }

    static func open(id: String, title: String, description: String, height: Double) -> String {
        "<svg id=\"\(id)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"\(n(width))\" height=\"\(n(height))\">\n"
            + "<title id=\"\(id)-title\">\(HTMLText.escaped(title))</title>\n<desc id=\"\(id)-desc\">\(HTMLText.escaped(description))</desc>"
    }

    static func text(_ value: String, x: Double, y: Double, size: Double, fill: String, anchor: String, bold: Bool = false) -> String {
        let weight = bold ? " font-weight=\"600\"" : ""
        return "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" fill=\"\(fill)\" text-anchor=\"\(anchor)\"\(weight)>\(HTMLText.escaped(value))</text>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" rx=\"3\" fill=\"\(fill)\"/>"
    }

    /// A label cut to fit an estimated width, with `…`; the row's tooltip has it whole.
    static func truncated(_ label: String, to pixels: Double) -> String {
        let fits = Int(pixels / 7.4)
        return label.count <= fits ? label : String(label.prefix(max(1, fits - 1))) + "…"
    }

    /// A coordinate with at most one decimal: deterministic and short.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : "", magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}

/// Text made safe for HTML and SVG content and attribute values.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}
