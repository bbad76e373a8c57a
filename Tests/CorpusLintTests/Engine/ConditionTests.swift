import Testing
@testable import CorpusLint

@Suite struct ConditionTests {
    static let pack = """
        rules:
          - id: sc/only
            kind: require
            pattern: 'never'
            when:
              symbol: { matches: '^S/RES/' }
              language: [EN, FR]
          - id: fr/only
            kind: require
            pattern: 'never'
            when: { language: FR }
          - id: no-title/only
            kind: require
            pattern: 'never'
            when: { title: { present: false } }
        """

    static func doc(_ symbol: String, _ language: String) -> String {
        "---\nsymbol: \(symbol)\nlanguage: \(language)\n---\ntext\n"
    }

    @Test func allClausesMustHold() throws {
        #expect(try RuleHarness.findings(Self.pack, Self.doc("S/RES/2719 (2023)", "EN")) == ["no-title/only@4", "sc/only@4"])
        #expect(try RuleHarness.findings(Self.pack, Self.doc("S/RES/2719 (2023)", "FR")) == ["fr/only@4", "no-title/only@4", "sc/only@4"])
        #expect(try RuleHarness.findings(Self.pack, Self.doc("A/RES/80/1", "FR")) == ["fr/only@4", "no-title/only@4"])
        #expect(try RuleHarness.findings(Self.pack, Self.doc("S/RES/2719 (2023)", "ES")) == ["no-title/only@4"])
    }

    @Test func presentTestsAField() throws {
        let doc = "---\nsymbol: A/RES/80/1\ntitle: x\n---\ntext\n"
        #expect(try RuleHarness.findings(Self.pack, doc).isEmpty)
    }

    @Test func conditionMistakesArePositioned() {
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: require\n    pattern: x\n    when: { language: { matchs: 'F' } }\n") ==
                ["rules/test/pack.yml:5:25: unknown key `matchs` (did you mean `matches`?)"])
    }
}
