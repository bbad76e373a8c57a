import CorpusLint

/// `--format html`: one self-contained page a corpus keeper opens after a run — totals, charts
/// in inline SVG, the files with the most findings, every finding with its source line in
/// context, filters that work without a server, and each rule's explanation. Nothing is loaded
/// from the network. Filters are read from the address's fragment
/// (`report.html#rule=numbering/gap&severity=error&folder=corpus`) and written back to it, so a
/// filtered view can be shared as a link.
public struct HTMLReporter: Reporter {
    /// Reads line N (1-based) of a linted file, for context; nil when it cannot.
    public var sourceLine: (@Sendable (_ path: String, _ line: Int) -> String?)?
    /// A front-matter field whose values group the findings (`extract_version`, `language`).
    public var groupField: String?

    public init(sourceLine: (@Sendable (_ path: String, _ line: Int) -> String?)? = nil, groupField: String? = nil) {
        self.sourceLine = sourceLine
        self.groupField = groupField
    }

    /// Context lines shown around a finding's line, and the longest line shown whole.
    static let contextLines = 1
    static let longestLine = 240

    public mutating func runDone(_ run: LintRun) -> String {
        let data = HTMLReportData(run, groupField: groupField)
        var page = HTMLPage.head(title: "corpuslint report")
        page += totals(data.summary)
        page += charts(data)
        page += worstFiles(data)
        page += findings(run, data)
        page += explanations(run)
        page += HTMLPage.tail
        return page
    }

    private func totals(_ s: LintSummary) -> String {
        func figure(_ id: String, _ value: Int, _ label: String, _ kind: String = "") -> String {
            "<div class=\"figure \(kind)\"><span id=\"total-\(id)\">\(value)</span><small>\(label)</small></div>"
        }
        return "<header><h1>corpuslint report</h1><p class=\"tool\">corpuslint \(HTMLText.escape(CorpusLintVersion.current)) · \(s.durationMs) ms</p>"
            + "<div class=\"totals\">" + figure("files", s.files, "files checked") + figure("with-findings", s.filesWithFindings, "with findings")
            + figure("errors", s.errors, "errors", "error") + figure("warnings", s.warnings, "warnings", "warning")
            + figure("infos", s.infos, "infos", "info") + "</div></header>\n"
    }

    private func charts(_ data: HTMLReportData) -> String {
        var html = "<section id=\"charts\"><h2>Findings by family, rule and folder</h2><div class=\"charts\">"
        html += HTMLCharts.bars(data.byFamily, title: "per family") { "#rule=" + $0 + "/" }
        html += HTMLCharts.bars(data.byRule, title: "per rule") { "#rule-" + $0 }
        html += HTMLCharts.bars(data.byFolder, title: "per folder") { "#folder=" + $0 }
        if let byField = data.byField {
            let title = "per \(byField.field) (files: " + byField.files.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
            html += HTMLCharts.bars(byField.counts, title: title)
        }
        return html + "</div></section>\n"
    }

    private func worstFiles(_ data: HTMLReportData) -> String {
        guard !data.worstFiles.isEmpty else { return "" }
        var html = "<section id=\"worst\"><h2>Files with the most findings</h2><table><thead><tr><th>file</th><th>errors</th><th>warnings</th><th>infos</th></tr></thead><tbody>"
        for file in data.worstFiles {
            html += "<tr><td><a href=\"#file-\(HTMLText.escape(file.label))\">\(HTMLText.escape(file.label))</a></td><td>\(file.errors)</td><td>\(file.warnings)</td><td>\(file.infos)</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    private func findings(_ run: LintRun, _ data: HTMLReportData) -> String {
        let all = run.results.reduce(0) { $0 + $1.diagnostics.count }
        func options(_ id: String, _ label: String, _ values: [String]) -> String {
            "<label>\(label) <select id=\"filter-\(id)\" data-key=\"\(id)\"><option value=\"\">all</option>"
                + values.map { "<option value=\"\(HTMLText.escape($0))\">\(HTMLText.escape($0))</option>" }.joined() + "</select></label>"
        }
        var html = "<section id=\"findings\"><h2>Findings</h2><form id=\"filters\" onsubmit=\"return false\">"
        html += options("rule", "rule", data.byFamily.map { $0.label + "/" } + data.byRule.map(\.label).sorted())
        html += options("severity", "severity", ["error", "warning", "info"])
        html += options("folder", "folder", data.byFolder.map(\.label).sorted())
        html += "<span class=\"shown\"><span id=\"shown-count\">\(all)</span> of <span id=\"finding-count\">\(all)</span> findings shown</span></form>\n"
        for result in run.results where !result.diagnostics.isEmpty {
            let folder = HTMLReportData.folder(of: result.path)
            html += "<div class=\"file\" id=\"file-\(HTMLText.escape(result.path))\" data-folder=\"\(HTMLText.escape(folder))\"><h3>\(HTMLText.escape(result.path))</h3>\n"
            for diagnostic in result.diagnostics { html += finding(diagnostic, folder: folder) }
            html += "</div>\n"
        }
        return html + "</section>\n"
    }

    private func finding(_ d: Diagnostic, folder: String) -> String {
        let rule = HTMLText.escape(d.rule)
        var html = "<div class=\"finding\" data-rule=\"\(rule)\" data-severity=\"\(d.severity.rawValue)\" data-folder=\"\(HTMLText.escape(folder))\">"
        html += "<p><span class=\"at\">\(d.line):\(d.column)</span> <span class=\"sev \(d.severity.rawValue)\">\(d.severity.rawValue)</span> "
        html += "\(HTMLText.escape(d.message)) <a class=\"rule\" href=\"#rule-\(rule)\">\(rule)</a></p>"
        if let sourceLine {
            var lines = ""
            for number in max(1, d.line - Self.contextLines)...(d.line + Self.contextLines) {
                guard let text = sourceLine(d.path, number) else { continue }
                let shown = text.count > Self.longestLine ? String(text.prefix(Self.longestLine)) + "…" : text
                let body = number == d.line ? "<mark>\(HTMLText.escape(shown))</mark>" : HTMLText.escape(shown)
                lines += "<span class=\"ln\">\(number)</span>\(body)\n"
            }
            if !lines.isEmpty { html += "<pre class=\"context\">\(lines)</pre>" }
        }
        return html + "</div>\n"
    }

    private func explanations(_ run: LintRun) -> String {
        let ids = run.rules.reportIDs
        let used = Set(run.results.flatMap { $0.diagnostics.map(\.rule) }).sorted()
        var html = "<section id=\"rules\"><h2>Rules</h2>"
        for id in used {
            // Tool findings (io/…) have no rule in the packs: their message says it all.
            let text = ids[id].map { RuleDocumentation.text(for: id, in: $0) } ?? "\(id)\n\nReported by corpuslint itself, not by a rule pack."
            html += "<article id=\"rule-\(HTMLText.escape(id))\"><pre>\(HTMLText.escape(text))</pre><a href=\"#findings\" data-rule-filter=\"\(HTMLText.escape(id))\">show its findings</a></article>\n"
        }
        return html + "</section>\n"
    }
}
