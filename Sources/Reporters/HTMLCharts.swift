/// Horizontal bar charts drawn as inline SVG: no script, no library, no network. Each bar is
/// split by severity, so a chart of counts also shows how grave they are.
enum HTMLCharts {
    static let colors = (error: "#c62828", warning: "#ef8f00", info: "#1e6fb8")

    /// A chart of at most `limit` bars; the rest are summed in one "other" bar. `link` makes each
    /// label a link (to a filter, or to a rule's explanation).
    static func bars(_ counts: [HTMLReportData.Count], title: String, limit: Int = 15, link: ((String) -> String)? = nil) -> String {
        var shown = Array(counts.prefix(limit))
        if counts.count > limit {
            var other = HTMLReportData.Count(label: "\(counts.count - limit) more")
            for count in counts.dropFirst(limit) {
                other.errors += count.errors
                other.warnings += count.warnings
                other.infos += count.infos
            }
            shown.append(other)
        }
        let labelWidth = 210, barWidth = 270, row = 22, height = max(1, shown.count) * row + 8
        // The scale is the largest bar's; the summed rest may not stretch it, and is clipped to it.
        let largest = max(1, shown.prefix(limit).map(\.total).max() ?? 1)
        var svg = "<figure class=\"chart\"><figcaption>\(HTMLText.escape(title))</figcaption>"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\">"
        if shown.isEmpty { svg += "<text x=\"0\" y=\"16\" class=\"none\">no findings</text>" }
        for (index, count) in shown.enumerated() {
            let y = index * row + 4
            let label = HTMLText.escape(shorten(count.label, to: 34))
            let text = "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\"><title>\(HTMLText.escape(count.label))</title>\(label)</text>"
            if let link, index < limit {
                svg += "<a href=\"\(HTMLText.escape(link(count.label)))\">\(text)</a>"
            } else {
                svg += text
            }
            var x = Double(labelWidth)
            for (value, color, name) in [(count.errors, colors.error, "error"), (count.warnings, colors.warning, "warning"), (count.infos, colors.info, "info")] where value > 0 {
                let width = min(Double(labelWidth + barWidth) - x, max(1.5, Double(barWidth) * Double(value) / Double(largest)))
                guard width > 0 else { break }
                svg += "<rect x=\"\(format(x))\" y=\"\(y + 2)\" width=\"\(format(width))\" height=\"\(row - 6)\" fill=\"\(color)\"><title>\(value) \(name)\(value == 1 ? "" : "s")</title></rect>"
                x += width
            }
            svg += "<text x=\"\(format(x + 5))\" y=\"\(y + 14)\" class=\"n\">\(count.total)</text>"
        }
        return svg + "</svg></figure>"
    }

    static func shorten(_ text: String, to length: Int) -> String {
        text.count <= length ? text : "…" + text.suffix(length - 1)
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Escaping for HTML text and attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters would be invisible or break the page: shown as their code.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
