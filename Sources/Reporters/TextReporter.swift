import CorpusLint

/// `path:line:column: severity: message [rule]`, one finding a line, then a summary line; ANSI
/// colours when a terminal watches (and `NO_COLOR` is unset).
public struct TextReporter: Reporter {
    public var streams: Bool { true }
    public var colors: Bool
    /// Only findings at or above this severity are printed (`--quiet` sets it to the fail level).
    public var minimumSeverity: Severity
    /// `--show-source`: the text of a line of a file (1-based), to print under each finding with
    /// a caret under its range, as Ruff and rustc do; nil prints findings alone.
    public var sourceLine: ((_ path: String, _ line: Int) -> String?)?

    public init(colors: Bool = false, minimumSeverity: Severity = .info, sourceLine: ((_ path: String, _ line: Int) -> String?)? = nil) {
        self.colors = colors
        self.minimumSeverity = minimumSeverity
        self.sourceLine = sourceLine
    }

    public mutating func fileDone(_ result: FileResult) -> String? {
        let lines = result.diagnostics.filter { $0.severity >= minimumSeverity }.map { d in
            guard let text = sourceLine?(d.path, d.line) else { return line(d) }
            return line(d) + "\n" + excerpt(d, text)
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n") + "\n"
    }

    public mutating func runDone(_ run: LintRun) -> String {
        let s = run.summary
        return paint(Self.summaryText(s), s.errors > 0 ? "1;31" : s.warnings > 0 ? "1;33" : "1;32") + "\n"
    }

    /// `3 files checked, 2 with findings: 1 error, 1 warning, 1 info (12 ms)`, and against a
    /// baseline `; baseline: 40 known findings not shown, 2 gone`.
    static func summaryText(_ s: LintSummary) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let found = [count(s.errors, "error"), count(s.warnings, "warning"), count(s.infos, "info")].joined(separator: ", ")
        let text = "\(count(s.files, "file")) checked, \(s.filesWithFindings) with findings: \(found) (\(s.durationMs) ms)"
        guard let baseline = s.baseline else { return text }
        return text + "; baseline: \(count(baseline.matched, "known finding")) not shown, \(baseline.gone) gone"
    }

    func line(_ d: Diagnostic) -> String {
        let severity: String
        switch d.severity {
        case .error: severity = paint("error", "31")
        case .warning: severity = paint("warning", "33")
        case .info: severity = paint("info", "36")
        }
        // Paths and messages quote what documents hold: escaped, so no byte of theirs drives the terminal.
        let path = VisibleText.escaped(d.path), message = VisibleText.escaped(d.message)
        return "\(paint("\(path):\(d.line):\(d.column)", "1")): \(severity): \(message) \(paint("[\(VisibleText.escaped(d.rule))]", "2"))"
    }

    /// Widest excerpt of a line shown: extracted lines can run to thousands of characters.
    static let excerptWidth = 100

    /// The line under a finding with `^` under its range (to the line's end when it goes on),
    /// cut to a window around the range's start on a long line. Control characters are shown
    /// escaped, as in messages, and the caret counts their escaped width.
    func excerpt(_ d: Diagnostic, _ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let start = min(max(d.column - 1, 0), scalars.count)
        let end = d.endLine > d.line ? scalars.count : min(max(d.endColumn - 1, start + 1), max(scalars.count, start + 1))
        let first = start > Self.excerptWidth / 2 ? start - Self.excerptWidth / 3 : 0
        let last = min(scalars.count, first + Self.excerptWidth)
        let shownScalars = scalars[first..<last].map { $0 == "\t" ? " " : VisibleText.needsEscape($0) ? VisibleText.escaped(String($0)) : String($0) }
        func width(_ range: Range<Int>) -> Int { range.reduce(0) { $0 + (($1 - first) < shownScalars.count ? shownScalars[$1 - first].unicodeScalars.count : 1) } }
        var shown = shownScalars.joined()
        if first > 0 { shown = "…" + shown }
        if last < scalars.count { shown += "…" }
        let lead = (first > 0 ? 1 : 0) + width(first..<start)
        let caretWidth = max(1, width(start..<max(start, min(end, last + 1))))
        let number = String(d.line)
        let gutter = String(repeating: " ", count: number.count)
        let caret = paint(String(repeating: "^", count: caretWidth), d.severity == .error ? "31" : d.severity == .warning ? "33" : "36")
        return "\(gutter) |\n\(paint(number, "2")) | \(shown)\n\(gutter) | \(String(repeating: " ", count: lead))\(caret)\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
