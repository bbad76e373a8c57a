/// Where a run hands each file's result as soon as it is known, so that the engine keeps none of
/// them: a reporter that writes as files are done, a tally, or a collector (`ResultCollector`).
/// The engine keeps only what the end of the run needs: the counts, and the keys and records
/// corpus-wide rules judge once every file is read.
///
/// Results come in input order (`index` is the input's place in the run), every file once through
/// `fileDone`, whatever the number of workers. Once every file is read, the findings of
/// corpus-wide rules (a duplicate key, a cross-reference) come through `corpusFindingsDone`,
/// files in input order again: these findings alone, graded, as a second result of their file.
public protocol LintSink {
    /// A file's graded result: with a baseline, what it knows is in `baselined`, not `diagnostics`.
    mutating func fileDone(_ result: FileResult, at index: Int)
    /// What corpus-wide rules found in the file at `index`, once every file is read; called only
    /// for files where they found something (reported, or known to the baseline).
    mutating func corpusFindingsDone(_ result: FileResult, at index: Int)
}

/// The sink of the entry points that return every result (`lint(paths:onFile:)`), and of callers
/// that need them all at the end: it keeps each result, merges the corpus-wide findings into
/// their files, and shows `onFile` what a streaming caller would see.
public struct ResultCollector: LintSink {
    public private(set) var results: [FileResult] = []
    let onFile: ((FileResult) -> Void)?

    public init(expected count: Int = 0, onFile: ((FileResult) -> Void)? = nil) {
        results.reserveCapacity(count)
        self.onFile = onFile
    }

    public mutating func fileDone(_ result: FileResult, at index: Int) {
        onFile?(result)
        results.append(result)
    }

    public mutating func corpusFindingsDone(_ result: FileResult, at index: Int) {
        if !result.diagnostics.isEmpty { onFile?(result) }
        results[index].diagnostics = (results[index].diagnostics + result.diagnostics).sorted(by: Diagnostic.ordered)
        results[index].baselined = (results[index].baselined + result.baselined).sorted(by: Diagnostic.ordered)
    }
}
