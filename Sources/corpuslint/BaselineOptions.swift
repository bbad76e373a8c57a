import ArgumentParser
import CorpusLint
import Foundation

/// `--baseline` and `--write-baseline`: the CLI side of `Baseline`, which does the work.
struct BaselineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Report only the findings this baseline does not know, and say how many it knows are gone.", valueName: "FILE"),
            completion: .file())
    var baseline: String?

    @Option(help: ArgumentHelp("Record every finding of the run as a baseline in FILE. Without --baseline, the run then reports none of them.",
                               valueName: "FILE"), completion: .file())
    var writeBaseline: String?

    /// The baseline the run reports against, or exit code 2 with the file's mistakes.
    /// Recording a first baseline, the run reports against one that knows everything it finds.
    func load() throws -> Baseline? {
        if let writeBaseline {
            let folder = (writeBaseline as NSString).deletingLastPathComponent
            guard FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder) else {
                Output.error("\(writeBaseline): cannot write the baseline there (does the folder exist, and may it be written?)")
                throw ExitCode(2)
            }
        }
        guard let baseline else { return writeBaseline == nil ? nil : .everything }
        do {
            return try Baseline.load(baseline)
        } catch {
            Output.error(error.description)
            throw ExitCode(2)
        }
    }

    /// With `--write-baseline`, records every finding of `results`, known or new.
    func record(_ results: [FileResult]) throws {
        guard let path = writeBaseline else { return }
        let recorded = Baseline(results, root: (path as NSString).deletingLastPathComponent)
        do {
            try recorded.write(to: path)
        } catch {
            Output.error("\(path): writing the baseline failed (\(error.localizedDescription))")
            throw ExitCode(2)
        }
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
