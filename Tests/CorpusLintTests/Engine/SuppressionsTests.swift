import Testing
@testable import CorpusLint

/// Suppressions run through the real engine: they silence findings, and unused ones are reported.
@Suite struct SuppressionsTests {
    static let pack = """
        rules:
          - id: style/no-todo
            kind: forbid
            pattern: 'TODO'
          - id: style/no-fixme
            kind: forbid
            pattern: 'FIXME'
        """

    @Test func disableNextLineSilencesOneRuleOnOneLine() throws {
        let doc = "---\na: 1\n---\n<!-- corpuslint-disable-next-line style/no-todo -->\nTODO FIXME\nTODO\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["style/no-fixme@5", "style/no-todo@6"])
    }

    @Test func disableLineWithoutRuleSilencesEveryRule() throws {
        let doc = "---\na: 1\n---\nTODO FIXME <!-- corpuslint-disable-line -->\nTODO\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["style/no-todo@5"])
    }

    @Test func disableEnableRange() throws {
        let doc = "---\na: 1\n---\n<!-- corpuslint-disable style/no-todo, style/no-fixme -->\nTODO\nFIXME\n<!-- corpuslint-enable style/no-todo -->\nTODO FIXME\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["style/no-todo@8"])
    }

    @Test func unusedSuppressionIsReportedAtItsComment() throws {
        let doc = "---\na: 1\n---\nclean line <!-- corpuslint-disable-line style/no-todo -->\n"
        let diagnostics = try RuleHarness.lint(Self.pack, doc)
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column) \($0.severity)" } == ["suppression/unused@4:12 warning"])
        #expect(diagnostics.first?.message == "this suppression of style/no-todo silences nothing; remove it")
    }

    @Test func openDisableRunsToTheEnd() throws {
        let doc = "---\na: 1\n---\n<!-- corpuslint-disable -->\nTODO\n\nFIXME\n"
        #expect(try RuleHarness.findings(Self.pack, doc).isEmpty)
    }
}
