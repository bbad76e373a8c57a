import CorpusLint

/// GitHub Actions workflow commands: each finding becomes an `::error`, `::warning` or `::notice`
/// annotation on its file and line, written as its file is done. GitHub shows only 10 annotations
/// of each kind per step and drops the rest silently, so findings past the 10th of their kind are
/// printed as plain log lines instead, and the run ends with a summary saying how many those are.
public struct GitHubReporter: Reporter {
    /// Annotations of each kind GitHub shows per step.
    public var streams: Bool { true }
    public var limit: Int
    private var shown: [Severity: Int] = [:]
    private var notShown: [Severity: Int] = [:]

    public init(limit: Int = 10) { self.limit = limit }

    public mutating func fileDone(_ result: FileResult) -> String? {
        guard !result.diagnostics.isEmpty else { return nil }
        return result.diagnostics.map { line(for: $0) + "\n" }.joined()
    }

    public mutating func runDone(_ run: LintRun) -> String {
        var text = "corpuslint: " + TextReporter.summaryText(run.summary) + "\n"
        let hidden = Severity.allCases.reversed().compactMap { severity -> String? in
            guard let count = notShown[severity], count > 0 else { return nil }
            return "\(count) \(Self.command(severity))\(count == 1 ? "" : "s")"
        }
        if !hidden.isEmpty {
            text += "corpuslint: not shown as annotations (GitHub shows \(limit) of each kind per step): "
                + hidden.joined(separator: ", ") + "; they are listed above.\n"
        }
        return text
    }

    mutating func line(for d: Diagnostic) -> String {
        // Control characters (an escape sequence, a line break that would start a command of its
        // own) and bidi overrides shown as escapes, before the workflow-command escaping.
        // The path too, in the `file` property: a log line must carry no raw control character, even
        // if GitHub then cannot place the annotation on a file so named.
        var d = d
        d.path = VisibleText.escaped(d.path)
        d.message = VisibleText.escaped(d.message)
        d.rule = VisibleText.escaped(d.rule)
        guard shown[d.severity, default: 0] < limit else {
            notShown[d.severity, default: 0] += 1
            // A plain line, escaped all the same: a raw line break in a message could start a command.
            return WorkflowCommand.escapeData("\(d.path):\(d.line):\(d.column): \(d.severity.rawValue): \(d.message) [\(d.rule)]")
        }
        shown[d.severity, default: 0] += 1
        var properties = [("title", "corpuslint (\(d.rule))"), ("file", d.path), ("line", "\(d.line)")]
        properties.append(("endLine", "\(max(d.endLine, d.line))"))
        properties.append(("col", "\(d.column)"))
        // Columns count only on one line, and an empty range has no end (GitHub drops columns otherwise).
        if d.endLine == d.line, d.endColumn > d.column { properties.append(("endColumn", "\(d.endColumn)")) }
        return WorkflowCommand.line(Self.command(d.severity), properties: properties, message: d.message)
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }
}

/// `::command key=value,key=value::data` with the escaping of GitHub's own toolkit
/// (`@actions/core` `command.ts`), which the runner undoes.
public enum WorkflowCommand {
    /// One command line, without its line break. Properties with an empty value are left out.
    public static func line(_ command: String, properties: [(String, String)], message: String) -> String {
        let written = properties.filter { !$0.1.isEmpty }.map { "\($0.0)=\(escapeProperty($0.1))" }
        return "::" + command + (written.isEmpty ? "" : " " + written.joined(separator: ",")) + "::" + escapeData(message)
    }

    /// The data after `::`: `%` first, so that the escapes that follow are not escaped again.
    public static func escapeData(_ text: String) -> String {
        text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// A property value: as data, and `:` and `,`, which end values.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Replaces scalar by scalar: `\r\n` is one Character but two scalars, each escaped on its own.
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        guard unicodeScalars.contains(target) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
