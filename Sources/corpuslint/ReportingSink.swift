import CorpusLint
import Reporters

/// The lint command's end of a run: each file's result, as the engine hands it over, goes to the
/// terminal's reporter and the report file's, and into the statistics. Results are kept only when
/// something must see them all at the end (a format that does not stream, `--write-baseline`,
/// `--shard-report`), so that a run in text, JSON, JSON Lines or GitHub's format holds none of
/// them, and its memory stays flat however many files it reads.
struct ReportingSink: LintSink {
    /// The terminal's reporter; nil when the report file is standard output.
    private(set) var terminal: (any Reporter)?
    private(set) var file: (reporter: any Reporter, sink: ReportFile)?
    private let progress: ProgressBar
    /// The lowest severity shown (`--quiet`: the fail level; nil: none).
    private let shown: Severity?
    /// Findings of files --fix left alone, by path: each joins its file's findings once.
    private var fixFindings: [String: [Diagnostic]]
    /// What the fix findings add to the counts, and the files (by place in the run) whose only
    /// findings they are so far.
    private var fixCounts = LintSummary()
    private var filesWithFixFindingsOnly: Set<Int> = []
    /// Every result, its file's corpus-wide and fix findings merged in; nil when not kept.
    private(set) var kept: ResultCollector?
    /// `--statistics`: every finding, shown or not.
    private(set) var statistics = RuleStatistics.Counts()

    init(terminal: (any Reporter)?, file: (reporter: any Reporter, sink: ReportFile)?, progress: ProgressBar, shown: Severity?,
         fixFindings: [String: [Diagnostic]], keepsResults: Bool) {
        self.terminal = terminal
        self.file = file
        self.progress = progress
        self.shown = shown
        self.fixFindings = fixFindings
        kept = keepsResults ? ResultCollector() : nil
    }

    /// Whether the end of the run needs every result: a reporter that does not stream needs them
    /// for its report, as `--write-baseline` and `--shard-report` do for theirs.
    static func needsResults(reporters: [any Reporter], recordsEveryFinding: Bool) -> Bool {
        recordsEveryFinding || reporters.contains { !$0.streams }
    }

    mutating func fileDone(_ result: FileResult, at index: Int) {
        var found = result
        // A file --fix left alone says so among its findings, once.
        if let extra = fixFindings.removeValue(forKey: found.path) {
            if found.diagnostics.isEmpty { filesWithFixFindingsOnly.insert(index) }
            fixCounts.countMore(FileResult(path: found.path, diagnostics: extra), fileHadFindings: true)
            found.diagnostics = (found.diagnostics + extra).sorted(by: Diagnostic.ordered)
        }
        report(found)
        kept?.fileDone(found, at: index)
    }

    mutating func corpusFindingsDone(_ result: FileResult, at index: Int) {
        if !result.diagnostics.isEmpty {
            filesWithFixFindingsOnly.remove(index)
            report(result)
        }
        kept?.corpusFindingsDone(result, at: index)
    }

    /// The run's counts with the findings of files --fix left alone, as the report shows them.
    func counting(_ summary: LintSummary) -> LintSummary {
        var summary = summary
        summary.filesWithFindings += filesWithFixFindingsOnly.count
        summary.errors += fixCounts.errors
        summary.warnings += fixCounts.warnings
        summary.infos += fixCounts.infos
        return summary
    }

    private mutating func report(_ result: FileResult) {
        statistics.add(result.diagnostics)
        let shownResult = result.keeping(atLeast: shown)
        if let text = terminal?.fileDone(shownResult) { progress.interrupt { Output.write(text) } }
        if let text = file?.reporter.fileDone(shownResult) { file?.sink.write(text) }
    }
}
