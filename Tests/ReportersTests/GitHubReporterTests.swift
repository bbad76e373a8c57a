import Foundation
import Testing
@testable import CorpusLint
@testable import Reporters

@Suite struct GitHubReporterTests {
    static func output(_ run: LintRun = SampleRun.run, limit: Int = 10) -> String {
        var reporter = GitHubReporter(limit: limit)
        return run.results.compactMap { reporter.fileDone($0) }.joined() + reporter.runDone(run)
    }

    @Test func goldenOutput() {
        #expect(Self.output() == """
            ::error title=corpuslint (numbering/gap),file=corpus/A_RES_80_35-EN.md,line=58,endLine=58,col=1,endColumn=3::paragraph 4 follows 2: 3 is missing
            ::warning title=corpuslint (core/mojibake),file=corpus/A_RES_80_35-EN.md,line=60,endLine=60,col=12,endColumn=20::mojibake `Ã©`: "quoted" & <tag>, 100%25 done
            ::notice title=corpuslint (front-matter/missing),file=corpus/S_RES_2719_2023-FR.md,line=1,endLine=1,col=1::the file does not start with a `---` front-matter block
            ::warning title=corpuslint (numbering/duplicate),file=corpus/annex%2C draft%3A Genève.md,line=3,endLine=4,col=5::2 is repeated (expected 3)
            corpuslint: 4 files checked, 3 with findings: 1 error, 2 warnings, 1 info (12 ms)

            """)
    }

    @Test func pastTheLimitFindingsArePlainLinesAndTheSummarySaysHowMany() {
        let diagnostics = (1...4).map { Diagnostic(path: "a.md", line: $0, column: 1, rule: "x/y", severity: .error, message: "bad\nline \($0)") }
            + [Diagnostic(path: "a.md", line: 9, column: 1, rule: "x/z", severity: .warning, message: "w")]
        var summary = LintSummary()
        summary.files = 1
        summary.filesWithFindings = 1
        summary.errors = 4
        summary.warnings = 1
        let run = LintRun(results: [FileResult(path: "a.md", diagnostics: diagnostics)], summary: summary, rules: SampleRun.rules)
        #expect(Self.output(run, limit: 2) == """
            ::error title=corpuslint (x/y),file=a.md,line=1,endLine=1,col=1::bad\\nline 1
            ::error title=corpuslint (x/y),file=a.md,line=2,endLine=2,col=1::bad\\nline 2
            a.md:3:1: error: bad\\nline 3 [x/y]
            a.md:4:1: error: bad\\nline 4 [x/y]
            ::warning title=corpuslint (x/z),file=a.md,line=9,endLine=9,col=1::w
            corpuslint: 1 file checked, 1 with findings: 4 errors, 1 warning, 0 infos (0 ms)
            corpuslint: not shown as annotations (GitHub shows 2 of each kind per step): 2 errors; they are listed above.

            """)
    }

    @Test func theDefaultLimitIsGitHubsTen() {
        let diagnostics = (1...12).map { Diagnostic(path: "a.md", line: $0, column: 1, rule: "x/y", severity: .info, message: "m") }
        let run = LintRun(results: [FileResult(path: "a.md", diagnostics: diagnostics)], summary: LintSummary(), rules: SampleRun.rules)
        let lines = Self.output(run).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 10)
        #expect(lines.last == "corpuslint: not shown as annotations (GitHub shows 10 of each kind per step): 2 notices; they are listed above.")
    }

    /// Every annotation the reporter writes reads back, through the runner's parser, as what it meant.
    @Test func annotationsRoundTripThroughTheRunnersParser() throws {
        let path = "dir, with: odd % chars/a\r.md"
        let message = "50% of 2:3, then\r\n::error::injected"
        let diagnostic = Diagnostic(path: path, line: 7, column: 2, endColumn: 5, rule: "x/y", severity: .warning, message: message)
        var reporter = GitHubReporter()
        let written = reporter.fileDone(FileResult(path: path, diagnostics: [diagnostic]))
        let line = try #require(written)
        #expect(line.split(separator: "\n").count == 1, "one line: nothing can start a second command")
        let parsed = try #require(RunnerCommandParser.parse(String(line.dropLast()), registered: ["warning"]))
        #expect(parsed.command == "warning")
        // Control characters in the message are shown as escapes (`\r\n`), never passed on.
        #expect(parsed.data == "50% of 2:3, then\\r\\n::error::injected")
        #expect(parsed.properties.map { "\($0.0)=\($0.1)" } == ["title=corpuslint (x/y)", "file=dir, with: odd % chars/a\\r.md", "line=7", "endLine=7", "col=2", "endColumn=5"])
    }
}
