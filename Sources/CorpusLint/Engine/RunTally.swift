/// What a run keeps while its files' results stream to a `LintSink`: the baseline's matcher, the
/// counts, which files had findings (a bit each), and what corpus-wide rules will judge. Every
/// entry point (files read by this run, or shard reports joined) goes through it, so each grades,
/// judges and counts alike.
struct RunTally {
    private var matcher: Baseline.Matcher?
    private var ledger: CorpusLedger?
    private var summary = LintSummary()
    /// Bit `i`: the file at `i` had findings of its own (for counting files with findings when
    /// corpus-wide rules add some).
    private var hadFindings: [UInt64]
    private var files = 0

    /// `path` gives the path of the file at a place in the run (the tally keeps none).
    init(_ linter: Linter, files expected: Int, path: @escaping (Int) -> String) {
        matcher = linter.baseline?.matcher()
        ledger = linter.judgesCorpusRules ? CorpusLedger(rules: linter.rules, root: linter.root, path: path) : nil
        hadFindings = []
        hadFindings.reserveCapacity((expected + 63) / 64)
    }

    /// Grades the next file's result, keeps what the end of the run needs of it, and hands it on.
    mutating func add(_ found: FileResult, linter: Linter, into sink: inout some LintSink) {
        let index = files
        files += 1
        let result = linter.grade(found, baseline: &matcher)
        matcher?.noteRead(result.path)
        summary.count(result)
        if index % 64 == 0 { hadFindings.append(0) }
        if !result.diagnostics.isEmpty { hadFindings[index / 64] |= 1 << UInt64(index % 64) }
        ledger?.add(result, file: index)
        sink.fileDone(result, at: index)
    }

    /// Once every file is added: corpus-wide rules judge what they gathered, their findings are
    /// graded and handed on in input order, and the counts are complete.
    mutating func finish(linter: Linter, into sink: inout some LintSink) -> LintSummary {
        for (index, path, found) in ledger?.judge() ?? [] {
            let result = linter.grade(FileResult(path: path, diagnostics: found.sorted(by: Diagnostic.ordered)), baseline: &matcher)
            guard !result.diagnostics.isEmpty || !result.baselined.isEmpty else { continue }
            summary.countMore(result, fileHadFindings: hadFindings[index / 64] & (1 << UInt64(index % 64)) != 0)
            sink.corpusFindingsDone(result, at: index)
        }
        if let matcher { summary.baseline = BaselineCounts(matched: matcher.matched, gone: matcher.goneInFilesRead) }
        return summary
    }
}
