import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Reporters

/// `--baseline` and `--write-baseline`: the CLI side of `Baseline`, which does the work.
struct BaselineArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Report only the findings this baseline does not know, and say how many it knows are gone.", valueName: "FILE"),
            completion: .file())
    var baseline: String?

    @Option(help: ArgumentHelp("Record every finding of the run as a baseline in FILE. Without --baseline, the run then reports none of them.",
                               valueName: "FILE"), completion: .file())
    var writeBaseline: String?

    var options: BaselineOptions { BaselineOptions(baseline: baseline, writeBaseline: writeBaseline) }
}

/// What `BaselineArguments` read, and the work it asks for.
struct BaselineOptions: Equatable {
    var baseline: String?
    var writeBaseline: String?

    /// The baseline the run reports against, or exit code 2 with the file's mistakes.
    /// Recording a first baseline, the run reports against one that knows everything it finds.
    func load() throws -> Baseline? {
        guard let baseline else { return writeBaseline == nil ? nil : .everything }
        do {
            return try Baseline.load(baseline)
        } catch {
            Output.error(VisibleText.escaped(error.description))
            throw ExitCode(2)
        }
    }

    /// With `--write-baseline`, the file it goes to, opened before the run: a path that cannot be
    /// written (a folder, a missing folder) stops the run before it starts.
    func openRecording() throws -> ReportFile? {
        try writeBaseline.map { try ReportFile($0, what: "baseline") }
    }

    /// With `--write-baseline`, records every finding of `results`, known or new, into `file`
    /// (written whole or not at all, see `ReportFile`).
    func record(_ results: [FileResult], into file: ReportFile?) throws {
        guard let path = writeBaseline, let file else { return }
        let recorded = Baseline(results, root: PathText.folder(of: path))
        file.write(recorded.serialized())
        try file.commit()
        let files = Set(recorded.counts.keys.map(\.path)).count
        Output.error("corpuslint: recorded \(Self.count(recorded.findings, "finding")) in \(Self.count(files, "file")) to \(path)")
    }

    /// Tells, on standard error, that known findings are gone: the baseline can shrink.
    func reportGone(_ counts: BaselineCounts?) {
        guard let baseline, let gone = counts?.gone, gone > 0 else { return }
        Output.error("corpuslint: \(Self.count(gone, "finding")) of \(baseline) \(gone == 1 ? "is" : "are") gone (fixed, or their text changed); "
                     + "`--write-baseline \(baseline)` records the smaller baseline")
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
