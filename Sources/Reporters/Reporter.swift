import CorpusLint

/// Everything a reporter may show about a finished run.
public struct LintRun: Sendable {
    /// Every file's result, for reporters that do not stream; empty when every reporter of the
    /// run streams (`Reporter.streams`), since the run then keeps none of them.
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
    /// Whether the format writes every finding in `fileDone`, so that `runDone` needs only the
    /// summary (not `LintRun.results`) once every file went through `fileDone`: a run with such
    /// reporters alone keeps no result, and its memory stays flat however many files it reads.
    var streams: Bool { get }
    /// Text for one file as soon as its result is known; nil when the format waits for the end.
    mutating func fileDone(_ result: FileResult) -> String?
    /// Text once the run is over.
    mutating func runDone(_ run: LintRun) -> String
}

extension Reporter {
    public var streams: Bool { false }
    public mutating func fileDone(_ result: FileResult) -> String? { nil }
}
