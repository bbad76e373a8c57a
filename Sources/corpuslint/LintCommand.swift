import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Reporters

/// `corpuslint lint PATHS…`: lint files and folders, print findings, exit 0, 1 or 2.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint files and folders (folders are searched for *.md and *.txt).",
        discussion: """
            Exit codes: 0 no finding at or above the fail level and no more warnings than --max-warnings, \
            1 otherwise, 2 usage, configuration or rule-pack error.
            """
    )

    @Argument(help: "Files and folders to lint; `-` reads standard input.", completion: .file(extensions: ["md", "txt"]))
    var paths = LintSettings().paths

    @OptionGroup var ruleArguments: RuleArguments

    @Option(help: ArgumentHelp("Output format (default: github when GITHUB_ACTIONS=true, else text).", valueName: "FORMAT"))
    var format: ReportFormat?

    @Option(help: ArgumentHelp("Write the report to this file in --format, else in the format its extension names (.json, .sarif, .xml…), else text; the terminal gets text (annotations on GitHub Actions).", valueName: "FILE"), completion: .file())
    var output: String?

    @Option(help: "The lowest severity that makes the exit code 1: error, warning, info or never.")
    var failOn = LintSettings().failOn

    @Option(help: ArgumentHelp("Exit 1 when there are more than N warnings, whatever --fail-on says.", valueName: "N"))
    var maxWarnings: Int?

    @Flag(help: "Show only the findings at or above the fail level.")
    var quiet = false

    @Flag(help: "After the run, print how many findings each rule made.")
    var statistics = false

    @Option(help: ArgumentHelp("Skip (and report) files larger than this many bytes.", valueName: "BYTES"))
    var maxFileSize = LintSettings().maxFileSize

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int?

    @Flag(help: "After the run, print on standard error the time spent in each rule, largest first.")
    var timing = false

    @Option(help: ArgumentHelp("Compare each file with the document of the same key (reference-key, default symbol and language) in this other extraction, and report what it lost.", valueName: "DIR"), completion: .directory)
    var reference: String?

    @OptionGroup(title: "Fixes") var fixArguments: FixArguments

    @OptionGroup(title: "Baseline") var baselineArguments: BaselineArguments

    @OptionGroup(title: "HTML report") var htmlArguments: HTMLArguments

    @OptionGroup(title: "Shards and cache") var scaleArguments: ScaleArguments

    @OptionGroup(title: "Inputs and rules") var inputArguments: InputArguments

    @OptionGroup(title: "Display") var displayArguments: DisplayArguments

    /// What ArgumentParser read, option by option.
    var settings: LintSettings {
        LintSettings(paths: paths, format: format, output: output, failOn: failOn, maxWarnings: maxWarnings, quiet: quiet,
                     statistics: statistics, maxFileSize: maxFileSize, jobs: jobs, timing: timing, reference: reference,
                     rules: ruleArguments.options, fixes: fixArguments.options, baseline: baselineArguments.options,
                     html: htmlArguments.options, scale: scaleArguments.options, inputs: inputArguments.options,
                     display: displayArguments.options)
    }

    func validate() throws {
        try settings.validate()
    }

    func run() throws {
        try LintRunner(settings).run()
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
