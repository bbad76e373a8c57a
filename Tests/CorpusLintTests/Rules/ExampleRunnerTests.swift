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

@Suite struct SilentRuleTests {
    /// A rule whose every report is off is not run at all (it would spend time on every line for
    /// nothing); one that gives values to others, or reports anything, still runs.
    @Test func aRuleSwitchedOffIsNotRun() throws {
        let pack = """
            rules:
              - id: off/slow
                kind: forbid
                pattern: '^(a+)+$'
                severity: off
              - id: on/slow
                kind: forbid
                pattern: '^(b+)+$'
                severity: warning
              - id: off/extract
                kind: extract
                name: word
                pattern: '^(?<value>\\w+)'
                severity: off
            """
        let rules = try RuleHarness.load(pack)
        #expect(rules.silent == [true, false, false])
        // Each line makes its pattern give up: only the rule that runs can say so.
        let text = "---\na: 1\n---\n" + String(repeating: "a", count: 40) + "!\n" + String(repeating: "b", count: 40) + "!\n"
        let found = Linter(rules: rules).lint(path: "a.md", bytes: Array(text.utf8)).map(\.rule)
        #expect(found.contains("engine/regex-limit"))
        #expect(found.filter { $0 == "engine/regex-limit" }.count == 1, "\(found)")
    }
}
