import Testing
@testable import CorpusLint
@testable import Reporters

@Suite struct RuleStatisticsTests {
    @Test func countsPerRuleMostFirst() {
        let extra = Diagnostic(path: "b.md", line: 2, column: 1, rule: "numbering/duplicate", severity: .error, message: "m")
        #expect(RuleStatistics.table(SampleRun.diagnostics + [extra]) == """
                2  error    numbering/duplicate
                1  warning  core/mojibake
                1  info     front-matter/missing
                1  error    numbering/gap
                5  findings

            """)
        #expect(RuleStatistics.table([]) == "    0  findings\n")
    }

    @Test func quietKeepsFindingsFromTheFailLevel() {
        let result = SampleRun.run.results[0]
        #expect(result.keeping(atLeast: .error).diagnostics.map(\.rule) == ["numbering/gap"])
        #expect(result.keeping(atLeast: .info).diagnostics.count == 2)
        #expect(result.keeping(atLeast: nil).diagnostics.isEmpty)
    }

    @Test func everyFormatHasAReporter() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "github", "junit", "checkstyle", "codeclimate", "jsonl", "html"])
        #expect(ReportFormat.forTerminal(environment: ["GITHUB_ACTIONS": "true"]) == .github)
        #expect(ReportFormat.forTerminal(environment: [:]) == .text)
    }
}
