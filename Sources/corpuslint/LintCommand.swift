import ArgumentParser
import CorpusLint
import Reporters

/// `corpuslint lint PATHS…`: lint files and folders, print findings, exit 0, 1 or 2.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint files and folders (folders are searched for *.md and *.txt).",
        discussion: "Exit codes: 0 no finding at or above the fail level, 1 findings, 2 usage, configuration or rule-pack error."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files and folders to lint.")
    var paths: [String] = ["."]

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "The lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Option(help: ArgumentHelp("Skip (and report) files larger than this many bytes.", valueName: "BYTES"))
    var maxFileSize = 64 << 20

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    @Flag(help: "After the run, print on standard error the time spent in each rule, largest first.")
    var timing = false

    func run() throws {
        let (configuration, rules) = try ruleOptions.load()
        var linter = Linter(rules: rules)
        linter.discovery = FileDiscovery(include: configuration.include, exclude: configuration.exclude, globBase: configuration.directory)
        linter.pathOverrides = configuration.overrides
        linter.maxFileBytes = maxFileSize
        if let jobs { linter.jobs = max(1, jobs) }
        if timing { linter.timings = RuleTimings(rules: rules.rules.count) }

        var reporter: any Reporter = format == .json ? JSONReporter() as any Reporter
            : TextReporter(colors: Output.colorsOnStandardOutput) as any Reporter
        let (results, summary) = linter.lint(paths: paths) { result in
            if let text = reporter.fileDone(result) { Output.write(text) }
        }
        Output.write(reporter.runDone(LintRun(results: results, summary: summary, rules: rules)))
        if let timings = linter.timings {
            let ranking = timings.ranking(rules).filter { $0.milliseconds >= 0.05 }
            let total = ranking.reduce(0) { $0 + $1.milliseconds }
            Output.error("time per rule (CPU ms, all workers; \(String(format: "%.1f", total)) ms in rules):")
            for (name, milliseconds) in ranking.prefix(25) {
                Output.error(String(format: "%9.1f ms %5.1f%%  ", milliseconds, 100 * milliseconds / max(total, 0.001)) + name)
            }
        }
        if failOn.fails(results.lazy.flatMap(\.diagnostics)) { throw ExitCode(1) }
    }
}

/// `--fail-on`: which findings make a run fail.
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    func fails(_ diagnostics: some Sequence<Diagnostic>) -> Bool {
        guard let threshold = Severity(rawValue: rawValue) else { return false }
        return diagnostics.contains { $0.severity >= threshold }
    }
}
