import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Reporters

/// One lint run from its settings: files and folders linted, findings printed, exit 0, 1 or 2
/// (as `ExitCode`). It reads no command line: `LintCommand` (ArgumentParser) and
/// `LintArgumentReader` (a plain run) both hand it `LintSettings`.
struct LintRunner {
    let options: LintSettings

    init(_ options: LintSettings) { self.options = options }

    func run() throws {
        try options.inputs.checkPathsExist(options.paths)
        let standardInput = try options.inputs.standardInputBytes(options.paths)
        var ruleOptions = options.rules
        // Standard input is configured as the file it stands for would be.
        if let standardInput, options.inputs.stdinFilename != nil { ruleOptions.configSearchStart = PathText.folder(of: standardInput.path) }
        let jit = PatternCompilation.worthJIT(paths: options.paths, standardInput: standardInput?.bytes)
        // Only the HTML report shows the rules' examples.
        let examples = (options.format ?? options.output.map(ReportFormat.forFile)) == .html
        let (configuration, rules) = try Pattern.$compilesWithJIT.withValue(jit) {
            try PackStore.$readsExamples.withValue(examples) { try ruleOptions.load() }
        }
        var linter = Linter(rules: rules, configuration: configuration)
        if let selection = try options.inputs.selection(rules) { linter.pathOverrides.append(selection) }
        if let standardInput { linter.providedInputs[standardInput.path] = standardInput.bytes }
        linter.maxFileBytes = options.maxFileSize
        if let directory = options.reference ?? configuration.reference {
            linter.reference = ReferenceCorpus(directory: directory, keyFields: configuration.referenceKey, maxFileBytes: options.maxFileSize)
        }
        if let jobs = options.jobs { linter.jobs = max(1, jobs) }
        if options.timing { linter.timings = RuleTimings(rules: rules.rules.count) }
        linter.baseline = try options.baseline.load()
        linter.recordedFields = options.html.recordedFields
        try options.scale.configure(&linter, configuration: configuration)
        // Read once: each read copies the whole environment into a dictionary.
        let environment = ProcessInfo.processInfo.environment
        let progress = ProgressBar(environment: environment)
        linter.progress = { done, total in progress.update(done: done, total: total) }

        let terminalFormat = options.output == nil ? options.format ?? ReportFormat.forTerminal(environment: environment) : ReportFormat.forTerminal(environment: environment)
        var settings = ReportFormat.Settings(colors: terminalFormat == .text && options.display.colors(environment: environment),
                                             failingSeverity: options.failOn.threshold, sourceRoot: FileManager.default.currentDirectoryPath)
        options.html.apply(to: &settings)
        var terminal = terminalFormat.reporter(settings)
        if terminalFormat == .text, options.display.showsSource, var text = terminal as? TextReporter {
            text.sourceLine = SourceLines(standardInput: standardInput).line
            terminal = text
        }
        settings.colors = false
        var file: (reporter: any Reporter, sink: ReportFile)?
        if let output = options.output { file = ((options.format ?? ReportFormat.forFile(output)).reporter(settings), try ReportFile(output, what: "report")) }
        let baselineFile = try options.baseline.openRecording()
        let shardReport = try options.scale.openShardReport()
        // The run's own outputs are never linted, nor written over an input.
        let found = try standardInput.map { InputList([.file($0.path)]) }
            ?? Self.inputs(options.paths, discovery: linter.discovery, outputs: [file?.sink, baselineFile, shardReport].compactMap { $0 })
        // A shard may hold no file of a corpus that has some.
        try options.inputs.checkNotEmpty(found, paths: options.paths)
        let inputs = options.scale.select(found, configuration: configuration)
        if options.inputs.showFiles {
            Output.write(inputs.map { VisibleText.escaped($0.path) + "\n" }.joined())
            return
        }
        // Fixes first, so that the findings reported are those of the fixed files: what remains.
        var fixReport: FixOptions.Report?
        if options.fixes.isActive {
            let report = try options.fixes.run(inputs, linter: linter, maxFileBytes: options.maxFileSize, standardInput: standardInput)
            if options.fixes.diff {
                if options.fixes.summarizeDiff(report) { throw ExitCode(1) }
                return
            }
            fixReport = report
        }
        let shown = options.quiet ? options.failOn.threshold : .info
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
        if options.statistics {
            // Like the summary line, the table counts every finding, shown or not.
            let table = sink.statistics.table
            // Beside a machine-read report on standard output, the table goes to standard error.
            if terminalFormat.isForPeople { Output.write(table) } else { Output.error(table) }
        }

        if let timings = linter.timings { Self.printTimings(timings, rules) }
        if let fixReport { options.fixes.summarizeFix(fixReport, remaining: summary) }
        // A shard's report goes to `merge`, which is the gate; the shard itself only fails to run.
        if try options.scale.finish(linter, results: results, summary: summary, into: shardReport) { return }
        try options.baseline.record(results, into: baselineFile)
        options.baseline.reportGone(summary.baseline)

        var failed = options.failOn.fails(summary)
        if let maxWarnings = options.maxWarnings, summary.warnings > maxWarnings {
            Output.error("corpuslint: \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), more than --max-warnings \(maxWarnings)")
            failed = true
        }
        if failed { throw ExitCode(1) }
    }
}

extension LintRunner {
    /// The run's inputs, paths kept as bytes; none of them may be a file the run writes.
    static func inputs(_ paths: [String], discovery: FileDiscovery, outputs: [ReportFile]) throws -> InputList {
        var discovery = discovery
        discovery.outputs = outputs.compactMap(\.identity)
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
        Output.error("time per rule (CPU ms, all workers; \(Output.format("%.1f", total)) ms in rules):")
        for (name, milliseconds) in ranking.prefix(25) {
            Output.error(Output.format("%9.1f ms %5.1f%%  ", milliseconds, 100 * milliseconds / max(total, 0.001)) + name)
        }
    }
}
