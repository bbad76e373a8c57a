import Testing
@testable import CorpusLint
@testable import Reporters

@Suite struct VisibleTextTests {
    @Test func controlCharactersAndBidiOverridesAreShownAsEscapes() {
        #expect(VisibleText.escaped("plain text, accents é, CJK 文, emoji 🙂") == "plain text, accents é, CJK 文, emoji 🙂")
        #expect(VisibleText.escaped("a\tb\nc\rd") == "a\\tb\\nc\\rd")
        #expect(VisibleText.escaped("\u{1B}[2K\u{1B}]52;c;aGk=\u{07}") == "\\u{1B}[2K\\u{1B}]52;c;aGk=\\u{7}")
        #expect(VisibleText.escaped("\u{0}\u{7F}\u{85}\u{9B}") == "\\u{0}\\u{7F}\\u{85}\\u{9B}", "NUL, DEL and C1 (NEL, CSI)")
        #expect(VisibleText.escaped("abc\u{202E}fed\u{2066}x\u{2069}") == "abc\\u{202E}fed\\u{2066}x\\u{2069}")
        #expect(VisibleText.escaped("line\u{2028}para\u{2029}") == "line\\u{2028}para\\u{2029}")
        // A CRLF is one Character but two scalars: both escaped.
        #expect(VisibleText.escaped("x\r\ny") == "x\\r\\ny")
        // Bidi marks that only hint at direction (RLM) and joiners stay: they reorder nothing.
        #expect(VisibleText.escaped("\u{200F}\u{200D}") == "\u{200F}\u{200D}")
    }

    @Test func textAndGitHubFormatsEscapePathsMessagesAndRules() {
        let hostile = Diagnostic(path: "evil\u{1B}[31m.md", line: 2, column: 3, rule: "x/y", severity: .error,
                                 message: "`A\u{1B}[2K\r\n::error file=fake.md::forged`")
        var text = TextReporter()
        #expect(text.fileDone(FileResult(path: hostile.path, diagnostics: [hostile]))
                == "evil\\u{1B}[31m.md:2:3: error: `A\\u{1B}[2K\\r\\n::error file=fake.md::forged` [x/y]\n")
        var github = GitHubReporter()
        let annotation = github.fileDone(FileResult(path: hostile.path, diagnostics: [hostile])) ?? ""
        #expect(annotation == "::error title=corpuslint (x/y),file=evil\\u{1B}[31m.md,line=2,endLine=2,col=3::`A\\u{1B}[2K\\r\\n::error file=fake.md::forged`\n")
    }

    /// Streamed file by file, the JSON report is the same bytes as written at the end.
    @Test func jsonStreamedIsTheSameAsJSONAtTheEnd() {
        var whole = JSONReporter()
        let expected = whole.runDone(SampleRun.run)
        var streamed = JSONReporter()
        var text = ""
        for result in SampleRun.run.results { text += streamed.fileDone(result) ?? "" }
        text += streamed.runDone(SampleRun.run)
        #expect(text == expected)
        var empty = JSONReporter()
        let none = (empty.fileDone(FileResult(path: "a.md", diagnostics: [])) ?? "") + empty.runDone(LintRun(results: [], summary: LintSummary(), rules: SampleRun.rules))
        #expect(none.hasPrefix("{\"diagnostics\":[],\"summary\":{"))
    }
}
