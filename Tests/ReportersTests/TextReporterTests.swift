import Testing
@testable import CorpusLint
@testable import Reporters

@Suite struct TextReporterTests {
    @Test func plainOutput() {
        var reporter = TextReporter()
        let run = SampleRun.run
        let text = run.results.compactMap { reporter.fileDone($0) }.joined() + reporter.runDone(run)
        #expect(text == """
            corpus/A_RES_80_35-EN.md:58:1: error: paragraph 4 follows 2: 3 is missing [numbering/gap]
            corpus/A_RES_80_35-EN.md:60:12: warning: mojibake `Ã©`: "quoted" & <tag>, 100% done [core/mojibake]
            corpus/S_RES_2719_2023-FR.md:1:1: info: the file does not start with a `---` front-matter block [front-matter/missing]
            corpus/annex, draft: Genève.md:3:5: warning: 2 is repeated (expected 3) [numbering/duplicate]
            4 files checked, 3 with findings: 1 error, 2 warnings, 1 info (12 ms)

            """)
    }

    @Test func quietShowsOnlyFromTheMinimumSeverity() {
        var reporter = TextReporter(minimumSeverity: .error)
        let lines = SampleRun.run.results.compactMap { reporter.fileDone($0) }.joined()
        #expect(lines == "corpus/A_RES_80_35-EN.md:58:1: error: paragraph 4 follows 2: 3 is missing [numbering/gap]\n")
    }

    @Test func coloursWrapTheParts() {
        var reporter = TextReporter(colors: true)
        let line = reporter.fileDone(SampleRun.run.results[0])!
        #expect(line.hasPrefix("\u{1B}[1mcorpus/A_RES_80_35-EN.md:58:1\u{1B}[0m: \u{1B}[31merror\u{1B}[0m: paragraph 4"))
    }

    @Test func summaryAgainstABaseline() {
        var summary = SampleRun.run.summary
        summary.baseline = BaselineCounts(matched: 1, gone: 0)
        #expect(TextReporter.summaryText(summary) == "4 files checked, 3 with findings: 1 error, 2 warnings, 1 info (12 ms); baseline: 1 known finding not shown, 0 gone")
        summary.baseline = BaselineCounts(matched: 40, gone: 3)
        #expect(TextReporter.summaryText(summary).hasSuffix("; baseline: 40 known findings not shown, 3 gone"))
    }
}

