@testable import CorpusLint
import Reporters

/// One shared set of diagnostics every reporter's golden test is built from.
enum SampleRun {
    static let diagnostics = [
        Diagnostic(path: "corpus/A_RES_80_35-EN.md", line: 58, column: 1, endColumn: 3, rule: "numbering/gap", severity: .error,
                   message: "paragraph 4 follows 2: 3 is missing", snippet: "4."),
        Diagnostic(path: "corpus/A_RES_80_35-EN.md", line: 60, column: 12, endColumn: 20, rule: "core/mojibake", severity: .warning,
                   message: "mojibake `Ã©`: \"quoted\" & <tag>, 100% done", snippet: "Ã©"),
        Diagnostic(path: "corpus/S_RES_2719_2023-FR.md", line: 1, column: 1, rule: "front-matter/missing", severity: .info,
                   message: "the file does not start with a `---` front-matter block"),
    ]

    static var run: LintRun {
        let results = [
            FileResult(path: "corpus/A_RES_80_35-EN.md", diagnostics: Array(diagnostics[0...1])),
            FileResult(path: "corpus/E_RES_2024_7-EN.md", diagnostics: []),
            FileResult(path: "corpus/S_RES_2719_2023-FR.md", diagnostics: [diagnostics[2]]),
        ]
        var summary = LintSummary()
        summary.files = 3
        summary.filesWithFindings = 2
        summary.errors = 1
        summary.warnings = 1
        summary.infos = 1
        summary.durationMs = 12
        return LintRun(results: results, summary: summary, rules: RuleSet(rules: [], zones: [], packs: ["un"]))
    }
}
