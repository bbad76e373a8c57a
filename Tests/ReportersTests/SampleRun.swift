@testable import CorpusLint
import Reporters

/// One shared set of diagnostics every reporter's golden test is built from, with the rules that
/// made them (for the formats that carry rule metadata).
enum SampleRun {
    static let diagnostics = [
        Diagnostic(path: "corpus/A_RES_80_35-EN.md", line: 58, column: 1, endColumn: 3, rule: "numbering/gap", severity: .error,
                   message: "paragraph 4 follows 2: 3 is missing", snippet: "4."),
        Diagnostic(path: "corpus/A_RES_80_35-EN.md", line: 60, column: 12, endColumn: 20, rule: "core/mojibake", severity: .warning,
                   message: "mojibake `Ã©`: \"quoted\" & <tag>, 100% done", snippet: "Ã©"),
        Diagnostic(path: "corpus/S_RES_2719_2023-FR.md", line: 1, column: 1, rule: "front-matter/missing", severity: .info,
                   message: "the file does not start with a `---` front-matter block"),
        // A path with a space, a comma, a colon and a letter beyond ASCII; a multi-line range.
        Diagnostic(path: "corpus/annex, draft: Genève.md", line: 3, column: 5, endLine: 4, endColumn: 2, rule: "numbering/duplicate",
                   severity: .warning, message: "2 is repeated (expected 3)", snippet: "2."),
    ]

    static var run: LintRun {
        let results = [
            FileResult(path: "corpus/A_RES_80_35-EN.md", diagnostics: Array(diagnostics[0...1])),
            FileResult(path: "corpus/E_RES_2024_7-EN.md", diagnostics: []),
            FileResult(path: "corpus/S_RES_2719_2023-FR.md", diagnostics: [diagnostics[2]]),
            FileResult(path: "corpus/annex, draft: Genève.md", diagnostics: [diagnostics[3]]),
        ]
        var summary = LintSummary()
        summary.files = 4
        summary.filesWithFindings = 3
        summary.errors = 1
        summary.warnings = 2
        summary.infos = 1
        summary.durationMs = 12
        return LintRun(results: results, summary: summary, rules: rules)
    }

    /// The rules behind the diagnostics, loaded from an inline pack by the real loader: a rule with
    /// several reports and a help link, a rule without link, one switched off (never listed).
    static let rules: RuleSet = {
        let pack = """
            rules:
              - id: numbering/paragraphs
                kind: sequence
                levels:
                  - pattern: '^([0-9]{1,3})\\.\\s'
                    labels: arabic
                severity: error
                link: https://example.org/corpuslint/rules/numbering
                description: >
                  Operative paragraphs count 1, 2, 3. A gap, a repeated number and a number out of
                  order are each reported at the paragraph that shows them.
                reports:
                  gap:
                    id: numbering/gap
                    description: A paragraph number was skipped (1, 2, 4). Usually a paragraph lost by the extractor.
                  duplicate:
                    id: numbering/duplicate
                    severity: warning
                    description: A paragraph number appears twice in a row.
              - id: core/mojibake
                kind: forbid
                pattern: 'Ã[\\x{80}-\\x{BF}]'
                severity: warning
                description: Text decoded with the wrong encoding (`Ã©` for `é`).
              - id: front-matter/missing
                kind: document
                problems: [missing-front-matter]
                severity: info
                description: The file must open with a YAML front-matter block between two `---` lines.
              - id: core/retired
                kind: forbid
                pattern: 'x'
                severity: off
                description: Switched off; never listed.
            """
        do {
            return try PackLoader.load(["sample"], store: PackStore(bundled: ["sample/pack.yml": pack]))
        } catch {
            fatalError("the sample pack must load: \(error)")
        }
    }()
}
