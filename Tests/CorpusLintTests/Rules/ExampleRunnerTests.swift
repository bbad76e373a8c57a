import Testing
@testable import CorpusLint

@Suite struct ExampleRunnerTests {
    /// A rule its pack ships switched off still has its examples checked, as if a configuration
    /// had turned it on; an outcome switched off in a rule that reports stays off.
    @Test func aRuleShippedOffIsTestedAsIfOn() throws {
        let pack = """
            rules:
              - id: opt/in
                kind: forbid
                pattern: 'bad'
                severity: off
                examples:
                  - triggers: [4]
                    document: "---\\na: 1\\n---\\nbad\\n"
                  - triggers: []
                    document: "---\\na: 1\\n---\\ngood\\n"
              - id: dates/checked
                kind: date
                fields: [when]
                reports:
                  unrecognized: { severity: off }
                examples:
                  - triggers: []
                    document: "---\\nwhen: soon\\n---\\ntext\\n"
            """
        let rules = try RuleHarness.load(pack)
        let outcomes = ExampleRunner.run(rules)
        #expect(outcomes.count == 3)
        let failed = outcomes.filter { !$0.passed }
        #expect(failed.isEmpty, "\(failed)")
        // The run itself still reports nothing of the rule shipped off.
        let linter = Linter(rules: rules)
        #expect(linter.lint(path: "a.md", bytes: Array("---\na: 1\n---\nbad\n".utf8)).allSatisfy { $0.rule != "opt/in" })
    }
}
