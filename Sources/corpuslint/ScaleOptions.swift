import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `--shard K/N`, `--shard-report`, `--cache`: running a corpus in parts and not re-reading
/// what has not changed. The engine does the work; this turns options into its settings.
struct ScaleArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Lint only the K-th of N parts of the inputs (a stable partition by a hash of each path relative to the configuration's folder); corpus-level rules are left to `corpuslint merge`.",
                               valueName: "K/N"))
    var shard: Shard?

    @Option(help: ArgumentHelp("Write the run's shard report (JSON Lines: findings, corpus-level keys, file count) to FILE for `corpuslint merge`. The run then exits 0 unless it could not run: merge is the gate.",
                               valueName: "FILE"), completion: .file(extensions: ["jsonl"]))
    var shardReport: String?

    @Flag(inversion: .prefixedNo, help: "Take the findings of files unchanged since an earlier run with the same rules from the cache, and record the others (default: no cache).")
    var cache = false

    @Option(help: ArgumentHelp("The cache folder (default: .corpuslint_cache in the configuration's folder, else the working directory).", valueName: "FOLDER"),
            completion: .directory)
    var cacheLocation: String?

    var options: ScaleOptions { ScaleOptions(shard: shard, shardReport: shardReport, cache: cache, cacheLocation: cacheLocation) }
}

/// What `ScaleArguments` read, and the engine settings it makes.
struct ScaleOptions: Equatable {
    var shard: Shard?
    var shardReport: String?
    var cache = false
    var cacheLocation: String?

    /// The folder paths are made relative to: the configuration's, else the working directory.
    static func root(_ configuration: Configuration) -> String {
        configuration.directory.flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
    }

    /// The inputs of this shard (all of them without `--shard`).
    func select(_ inputs: InputList, configuration: Configuration) -> InputList {
        guard let shard else { return inputs }
        let root = Self.root(configuration)
        return inputs.filter { shard.contains($0.path, root: root) }
    }

    /// Sets the linter up for a shard and a cache.
    func configure(_ linter: inout Linter, configuration: Configuration) throws {
        // A shard sees only its files: judging corpus rules on them would report half the duplicates.
        if shard != nil || shardReport != nil { linter.judgesCorpusRules = false }
        guard cache else { return }
        let folder = cacheLocation ?? PathText.joined(Self.root(configuration), ".corpuslint_cache")
        do {
            linter.cache = try LintCache(root: folder, rules: linter.rules, variant: linter.cacheVariant)
        } catch {
            Output.error("corpuslint: \(folder): the cache cannot be opened (\(Output.describe(error))); linting without it")
        }
    }

    /// The shard report's file, opened before the run so that a path that cannot be written
    /// stops it at once, and so that the run never lints it.
    func openShardReport() throws -> ReportFile? {
        try shardReport.map { try ReportFile($0, what: "shard report") }
    }

    /// After the run: the cache saved, the shard report written. True when a report was written.
    func finish(_ linter: Linter, results: [FileResult], summary: LintSummary, into report: ReportFile?) throws -> Bool {
        if let cache = linter.cache {
            do { try cache.save() } catch { Output.error("corpuslint: \(error)") }
        }
        guard let report else { return false }
        // Written whole and renamed into place when done: a merge never reads half a report.
        report.write(ShardReport(shard: shard ?? Shard(index: 1, count: 1)!, rules: linter.rules.fingerprint,
                                 durationMs: summary.durationMs, files: results).encoded())
        try report.commit()
        return true
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}
