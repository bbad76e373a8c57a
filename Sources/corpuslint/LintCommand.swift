import ArgumentParser
import CorpusLint
import Foundation
import Reporters

/// `corpuslint lint PATHS…`: lint files and folders, print findings, exit 0, 1 or 2.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        // Read only when the command is parsed as the root (LintShortcut): it then skips the
        // two parses that look for `--generate-completion-script` (1.5 M instructions), which
        // the shortcut leaves to the root anyway.
        _superCommandName: "corpuslint",
        abstract: "Lint files and folders (folders are searched for *.md and *.txt).",
        discussion: """
            Exit codes: 0 no finding at or above the fail level and no more warnings than --max-warnings, \
            1 otherwise, 2 usage, configuration or rule-pack error.
            """
    )

    @Argument(help: "Files and folders to lint; `-` reads standard input.", completion: .file(extensions: ["md", "txt"]))
    var paths: [String] = ["."]

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: ArgumentHelp("Output format (default: github when GITHUB_ACTIONS=true, else text).", valueName: "FORMAT"))
    var format: ReportFormat?

    @Option(help: ArgumentHelp("Write the report to this file in --format, else in the format its extension names (.json, .sarif, .xml…), else text; the terminal gets text (annotations on GitHub Actions).", valueName: "FILE"), completion: .file())
    var output: String?

    @Option(help: "The lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Option(help: ArgumentHelp("Exit 1 when there are more than N warnings, whatever --fail-on says.", valueName: "N"))
    var maxWarnings: Int?

    @Flag(help: "Show only the findings at or above the fail level.")
    var quiet = false

    @Flag(help: "After the run, print how many findings each rule made.")
    var statistics = false

    @Option(help: ArgumentHelp("Skip (and report) files larger than this many bytes.", valueName: "BYTES"))
    var maxFileSize = 64 << 20

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    @Flag(help: "After the run, print on standard error the time spent in each rule, largest first.")
    var timing = false

    @Option(help: ArgumentHelp("Compare each file with the document of the same key (reference-key, default symbol and language) in this other extraction, and report what it lost.", valueName: "DIR"), completion: .directory)
    var reference: String?

    @OptionGroup(title: "Fixes") var fixOptions: FixOptions

    @OptionGroup(title: "Baseline") var baselineOptions: BaselineOptions

    @OptionGroup(title: "HTML report") var htmlOptions: HTMLOptions

    @OptionGroup(title: "Shards and cache") var scaleOptions: ScaleOptions

    @OptionGroup(title: "Inputs and rules") var inputOptions: InputOptions

    @OptionGroup(title: "Display") var displayOptions: DisplayOptions

    func validate() throws {
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    }

    func run() throws {
        try inputOptions.checkPathsExist(paths)
        let standardInput = try inputOptions.standardInputBytes(paths)
        var ruleOptions = ruleOptions
        // Standard input is configured as the file it stands for would be.
        if let standardInput, inputOptions.stdinFilename != nil { ruleOptions.configSearchStart = PathText.folder(of: standardInput.path) }
        let jit = PatternCompilation.worthJIT(paths: paths, standardInput: standardInput?.bytes)
        let (configuration, rules) = try Pattern.$compilesWithJIT.withValue(jit) { try ruleOptions.load() }
        var linter = Linter(rules: rules, configuration: configuration)
        if let selection = try inputOptions.selection(rules) { linter.pathOverrides.append(selection) }
        if let standardInput { linter.providedInputs[standardInput.path] = standardInput.bytes }
        linter.maxFileBytes = maxFileSize
        if let directory = reference ?? configuration.reference {
            linter.reference = ReferenceCorpus(directory: directory, keyFields: configuration.referenceKey, maxFileBytes: maxFileSize)
        }
        if let jobs { linter.jobs = max(1, jobs) }
        if timing { linter.timings = RuleTimings(rules: rules.rules.count) }
        linter.baseline = try baselineOptions.load()
        linter.recordedFields = htmlOptions.recordedFields
        try scaleOptions.configure(&linter, configuration: configuration)
        // Read once: each read copies the whole environment into a dictionary.
        let environment = ProcessInfo.processInfo.environment
        let progress = ProgressBar(environment: environment)
        linter.progress = { done, total in progress.update(done: done, total: total) }

        let terminalFormat = output == nil ? format ?? ReportFormat.forTerminal(environment: environment) : ReportFormat.forTerminal(environment: environment)
        var settings = ReportFormat.Settings(colors: terminalFormat == .text && displayOptions.colors(environment: environment),
                                             failingSeverity: failOn.threshold, sourceRoot: FileManager.default.currentDirectoryPath)
        htmlOptions.apply(to: &settings)
        var terminal = terminalFormat.reporter(settings)
        if terminalFormat == .text, displayOptions.showsSource, var text = terminal as? TextReporter {
            text.sourceLine = SourceLines(standardInput: standardInput).line
            terminal = text
        }
        settings.colors = false
        var file: (reporter: any Reporter, sink: ReportFile)?
        if let output { file = ((format ?? ReportFormat.forFile(output)).reporter(settings), try ReportFile(output, what: "report")) }
        let baselineFile = try baselineOptions.openRecording()
        let shardReport = try scaleOptions.openShardReport()
        // The run's own outputs are never linted, nor written over an input.
        let found = try standardInput.map { InputList([.file($0.path)]) }
            ?? Self.inputs(paths, discovery: linter.discovery, outputs: [file?.sink, baselineFile, shardReport].compactMap { $0 })
        // A shard may hold no file of a corpus that has some.
        try inputOptions.checkNotEmpty(found, paths: paths)
        let inputs = scaleOptions.select(found, configuration: configuration)
        if inputOptions.showFiles {
            Output.write(inputs.map { VisibleText.escaped($0.path) + "\n" }.joined())
            return
        }
        // Fixes first, so that the findings reported are those of the fixed files: what remains.
        var fixReport: FixOptions.Report?
        if fixOptions.isActive {
            let report = try fixOptions.run(inputs, linter: linter, maxFileBytes: maxFileSize, standardInput: standardInput)
            if fixOptions.diff {
                if fixOptions.summarizeDiff(report) { throw ExitCode(1) }
                return
            }
            fixReport = report
        }
        let shown = quiet ? failOn.threshold : .info
        // `--output /dev/stdout`: the report is standard output, and the terminal's text stays out of it.
        let reportIsStandardOutput = file?.sink.isStandardOutput ?? false
        let keepsResults = ReportingSink.needsResults(reporters: (reportIsStandardOutput ? [] : [terminal]) + [file?.reporter].compactMap { $0 },
                                                      recordsEveryFinding: baselineFile != nil || shardReport != nil)
        var sink = ReportingSink(terminal: reportIsStandardOutput ? nil : terminal, file: file, progress: progress, shown: shown,
                                 fixFindings: fixReport?.findings ?? [:], keepsResults: keepsResults)
        let counted = linter.lint(inputs: inputs, into: &sink)
        let summary = sink.counting(counted)
        progress.finish()
        // Every result shown: the results as they are, not a copy (a million findings are hundreds of MB).
        let results = sink.kept?.results ?? []
        let run = LintRun(results: shown == .info ? results : results.map { $0.keeping(atLeast: shown) }, summary: summary, rules: rules)
        if var terminal = sink.terminal { Output.write(terminal.runDone(run)) }
        if var report = sink.file {
            report.sink.write(report.reporter.runDone(run))
            try report.sink.commit()
        }
        if statistics {
            // Like the summary line, the table counts every finding, shown or not.
            let table = sink.statistics.table
            // Beside a machine-read report on standard output, the table goes to standard error.
            if terminalFormat.isForPeople { Output.write(table) } else { Output.error(table) }
        }

        if let timings = linter.timings { Self.printTimings(timings, rules) }
        if let fixReport { fixOptions.summarizeFix(fixReport, remaining: summary) }
        // A shard's report goes to `merge`, which is the gate; the shard itself only fails to run.
        if try scaleOptions.finish(linter, results: results, summary: summary, into: shardReport) { return }
        try baselineOptions.record(results, into: baselineFile)
        baselineOptions.reportGone(summary.baseline)

        var failed = failOn.fails(summary)
        if let maxWarnings, summary.warnings > maxWarnings {
            Output.error("corpuslint: \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), more than --max-warnings \(maxWarnings)")
            failed = true
        }
        if failed { throw ExitCode(1) }
    }
}

extension LintCommand {
    /// The run's inputs, paths kept as bytes; none of them may be a file the run writes.
    static func inputs(_ paths: [String], discovery: FileDiscovery, outputs: [ReportFile]) throws -> InputList {
        var discovery = discovery
        discovery.outputs = Set(outputs.compactMap(\.identity))
        if let standardOutput = FileIdentity.ofDescriptor(STDOUT_FILENO) { discovery.unlisted = [standardOutput] }
        let inputs = discovery.inputList(namedBy: paths.map(CommandLineBytes.bytes))
        if let clash = inputs.first(where: { if case let .problem(_, rule, _) = $0 { rule == FileDiscovery.outputIsInput } else { false } }) {
            let named = outputs.first { $0.identity == FileIdentity.of(clash.path) }.map { "\($0.path), the \($0.what)," } ?? "an output"
            Output.error("corpuslint: \(VisibleText.escaped(clash.path)) is one of the files linted, and \(named) would be written over it: "
                         + "nothing was written; choose a path outside the files linted")
            throw ExitCode(2)
        }
        return inputs
    }

    /// `--timing`: the rules by time spent, on standard error.
    static func printTimings(_ timings: RuleTimings, _ rules: RuleSet) {
        let ranking = timings.ranking(rules).filter { $0.milliseconds >= 0.05 }
        let total = ranking.reduce(0) { $0 + $1.milliseconds }
        Output.error("time per rule (CPU ms, all workers; \(String(format: "%.1f", total)) ms in rules):")
        for (name, milliseconds) in ranking.prefix(25) {
            Output.error(String(format: "%9.1f ms %5.1f%%  ", milliseconds, 100 * milliseconds / max(total, 0.001)) + name)
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// `--fail-on`: which findings make a run fail.
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    /// The lowest failing severity; nil for never.
    var threshold: Severity? { Severity(rawValue: rawValue) }

    func fails(_ diagnostics: some Sequence<Diagnostic>) -> Bool {
        guard let threshold else { return false }
        return diagnostics.contains { $0.severity >= threshold }
    }

    /// Whether a run with these counts has a finding at or above the level.
    func fails(_ summary: LintSummary) -> Bool {
        switch threshold {
        case nil: return false
        case .error?: return summary.errors > 0
        case .warning?: return summary.errors + summary.warnings > 0
        case .info?: return summary.errors + summary.warnings + summary.infos > 0
        }
    }
}
