import CorpusLint

/// Everything a reporter may show about a finished run.
public struct LintRun: Sendable {
    public var results: [FileResult]
    public var summary: LintSummary
    public var rules: RuleSet

    public init(results: [FileResult], summary: LintSummary, rules: RuleSet) {
        self.results = results
        self.summary = summary
        self.rules = rules
    }

    /// Every finding of the run, in the order outputs use.
    public var diagnostics: [Diagnostic] { results.flatMap(\.diagnostics) }
}

/// An output format. Streaming formats write as each file is done; the others once at the end.
public protocol Reporter {
    /// Text for one file as soon as its result is known; nil when the format waits for the end.
    mutating func fileDone(_ result: FileResult) -> String?
    /// Text once the run is over.
    mutating func runDone(_ run: LintRun) -> String
}

extension Reporter {
    public mutating func fileDone(_ result: FileResult) -> String? { nil }
}
