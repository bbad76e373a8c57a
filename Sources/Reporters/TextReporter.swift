import CorpusLint

/// `path:line:column: severity: message [rule]`, one finding a line, then a summary line; ANSI
/// colours when a terminal watches (and `NO_COLOR` is unset).
public struct TextReporter: Reporter {
    public var colors: Bool
    /// Only findings at or above this severity are printed (`--quiet` sets it to the fail level).
    public var minimumSeverity: Severity

    public init(colors: Bool = false, minimumSeverity: Severity = .info) {
        self.colors = colors
        self.minimumSeverity = minimumSeverity
    }

    public mutating func fileDone(_ result: FileResult) -> String? {
        let lines = result.diagnostics.filter { $0.severity >= minimumSeverity }.map(line)
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

    private func paint(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
