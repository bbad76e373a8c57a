import CorpusLint

/// The output formats by their `--format` names, and the reporter for each.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit, checkstyle, codeclimate, jsonl, html

    /// What reporters need to know of the run's settings.
    public struct Settings: Sendable {
        /// ANSI colours (text on a terminal only).
        public var colors = false
        /// The lowest severity that fails the run (`--fail-on`); nil for never.
        public var failingSeverity: Severity? = .error
        /// The absolute folder relative paths start from (SARIF's `SRCROOT`).
        public var sourceRoot: String?
        /// Reads line N of a linted file (the HTML report shows findings in context).
        public var sourceLine: (@Sendable (_ path: String, _ line: Int) -> String?)?
        /// The front-matter field the HTML report groups findings by.
        public var groupField: String?

        public init(colors: Bool = false, failingSeverity: Severity? = .error, sourceRoot: String? = nil) {
            self.colors = colors
            self.failingSeverity = failingSeverity
            self.sourceRoot = sourceRoot
        }
    }

    public func reporter(_ settings: Settings) -> any Reporter {
        switch self {
        case .text: return TextReporter(colors: settings.colors)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter(sourceRoot: settings.sourceRoot)
        case .github: return GitHubReporter()
        case .junit: return JUnitReporter(failingSeverity: settings.failingSeverity)
        case .checkstyle: return CheckstyleReporter()
        case .codeclimate: return CodeClimateReporter()
        case .jsonl: return JSONLinesReporter()
        case .html: return HTMLReporter(sourceLine: settings.sourceLine, groupField: settings.groupField)
        }
    }

    /// The format for people: annotations inside GitHub Actions, text elsewhere.
    public static func forTerminal(environment: [String: String]) -> ReportFormat {
        environment["GITHUB_ACTIONS"] == "true" ? .github : .text
    }

    /// Whether the output is read by people (so other messages may share its stream).
    public var isForPeople: Bool { self == .text || self == .github }
}

extension FileResult {
    /// The result with only the findings at or above `severity` (none when nil): `--quiet`.
    public func keeping(atLeast severity: Severity?) -> FileResult {
        var kept = self
        kept.diagnostics = severity.map { minimum in diagnostics.filter { $0.severity >= minimum } } ?? []
        return kept
    }
}
