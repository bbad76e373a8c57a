import ArgumentParser
import CorpusLint
import Reporters

/// Every lint option's value as plain data, whichever parser read the command line:
/// ArgumentParser (`LintCommand` and its argument groups), or `LintArgumentReader` for a plain
/// run, which spares a pre-commit hook ArgumentParser's start-up. A run (`LintRunner`) works from
/// this alone. `LintArgumentReaderTests` proves that both parsers fill it alike.
struct LintSettings: Equatable {
    var paths = ["."]
    var format: ReportFormat?
    var output: String?
    var failOn = FailLevel.error
    var maxWarnings: Int?
    var quiet = false
    var statistics = false
    var maxFileSize = 64 << 20
    var jobs: Int?
    var timing = false
    var reference: String?

    var rules = RuleOptions()
    var fixes = FixOptions()
    var baseline = BaselineOptions()
    var html = HTMLOptions()
    var scale = ScaleOptions()
    var inputs = InputOptions()
    var display = DisplayOptions()

    /// The checks ArgumentParser makes after parsing (each group's `validate`, then the command's).
    func validate() throws {
        try rules.validate()
        try fixes.validate()
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    }
}
