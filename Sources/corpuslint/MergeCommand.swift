import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Reporters

/// `corpuslint merge SHARD…`: joins the shard reports of one run, judges the corpus-level rules
/// over every shard's keys, and reports as `lint` would have on the whole corpus.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the shard reports of a sharded run (--shard K/N --shard-report FILE) and report as one run.",
        discussion: """
            Give every shard's report, and the same --rules/--config the shards used. Corpus-level rules \
            (uniqueness across files) are judged over all shards here. Exit codes as for lint: 0 no finding at \
            or above the fail level, 1 otherwise, 2 a report missing, cut short or made with other rules.
            """
    )

    @Argument(help: "The shard reports, one per shard.", completion: .file(extensions: ["jsonl"]))
    var reports: [String]

    @OptionGroup var ruleArguments: RuleArguments

    @Option(help: ArgumentHelp("Output format (default: github when GITHUB_ACTIONS=true, else text).", valueName: "FORMAT"))
    var format: ReportFormat?

    @Option(help: ArgumentHelp("Write the report to this file in --format, else in the format its extension names; the terminal gets text.", valueName: "FILE"), completion: .file())
    var output: String?

    @Option(help: "The lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Option(help: ArgumentHelp("Exit 1 when there are more than N warnings, whatever --fail-on says.", valueName: "N"))
    var maxWarnings: Int?

    @Flag(help: "Show only the findings at or above the fail level.")
    var quiet = false

    @Flag(help: "After the run, print how many findings each rule made.")
    var statistics = false

    @OptionGroup(title: "Baseline") var baselineArguments: BaselineArguments

    @OptionGroup(title: "HTML report") var htmlArguments: HTMLArguments

    func validate() throws {
        if reports.isEmpty { throw ValidationError("name the shard reports to merge") }
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let (configuration, rules) = try ruleArguments.options.load()
        var linter = Linter(rules: rules)
        linter.pathOverrides = configuration.overrides
        linter.baseline = try baselineArguments.options.load()

        let files: [FileResult]
        var shardMilliseconds = 0
        do {
            var loaded: [(name: String, report: ShardReport)] = []
            for name in reports {
                guard let data = FileManager.default.contents(atPath: name) else {
                    throw ShardReportError(file: name, line: 1, message: "cannot be read (is every shard's report there?)")
                }
                let report = try ShardReport.decode(data, name: name)
                shardMilliseconds = max(shardMilliseconds, report.durationMs)
                loaded.append((name, report))
            }
            files = try ShardReport.join(loaded, rules: rules.fingerprint)
        } catch let error as ShardReportError {
            Output.error(error.description)
            throw ExitCode(2)
        }

        let environment = ProcessInfo.processInfo.environment
        let terminalFormat = output == nil ? format ?? ReportFormat.forTerminal(environment: environment) : ReportFormat.forTerminal(environment: environment)
        var settings = ReportFormat.Settings(colors: terminalFormat == .text && Output.colorsOnStandardOutput,
                                             failingSeverity: failOn.threshold, sourceRoot: FileManager.default.currentDirectoryPath)
        htmlArguments.options.apply(to: &settings)
        var terminal = terminalFormat.reporter(settings)
        settings.colors = false
        var file: (reporter: any Reporter, sink: ReportFile)?
        if let output { file = ((format ?? ReportFormat.forFile(output)).reporter(settings), try ReportFile(output, what: "report")) }
        let baselineFile = try baselineArguments.options.openRecording()
        let shown = quiet ? failOn.threshold : .info

        let (results, summary0) = linter.join(files) { result in
            let result = result.keeping(atLeast: shown)
            if let text = terminal.fileDone(result) { Output.write(text) }
            if let text = file?.reporter.fileDone(result) { file?.sink.write(text) }
        }
        var summary = summary0
        // The run took as long as its slowest shard, and then this merge.
        let elapsed = clock.now - start
        summary.durationMs = shardMilliseconds + Int(elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let run = LintRun(results: results.map { $0.keeping(atLeast: shown) }, summary: summary, rules: rules)
        Output.write(terminal.runDone(run))
        if var (reporter, sink) = file {
            sink.write(reporter.runDone(run))
            try sink.commit()
        }
        if statistics {
            let table = RuleStatistics.table(results.lazy.flatMap(\.diagnostics))
            if terminalFormat.isForPeople { Output.write(table) } else { Output.error(table) }
        }
        try baselineArguments.options.record(results, into: baselineFile)
        baselineArguments.options.reportGone(summary.baseline)

        var failed = failOn.fails(results.lazy.flatMap(\.diagnostics))
        if let maxWarnings, summary.warnings > maxWarnings {
            Output.error("corpuslint: \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), more than --max-warnings \(maxWarnings)")
            failed = true
        }
        if failed { throw ExitCode(1) }
    }
}
