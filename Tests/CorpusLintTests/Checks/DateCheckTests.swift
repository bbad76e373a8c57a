import Testing
@testable import CorpusLint

@Suite struct DateCheckTests {
    static let pack = """
        rules:
          - id: date/adoption-line
            kind: extract
            name: adoption-date
            pattern: 'adopt\\S+ .* (?:on|le|el|le) (?<value>.+?)\\s*$'
          - id: date/invalid
            kind: date
            fields: [date]
            values: [adoption-date]
            reports:
              unrecognized: { severity: off }
        """

    static func doc(date: String, language: String, adoption: String) -> String {
        "---\ndate: \"\(date)\"\nlanguage: \(language)\n---\n\nResolution adopted by the General Assembly on \(adoption)\n"
    }

    @Test func realDatesAreClean() throws {
        #expect(try RuleHarness.findings(Self.pack, Self.doc(date: "2025-12-03", language: "EN", adoption: "1 December 2025")).isEmpty)
    }

    @Test func impossibleFrontMatterDate() throws {
        let diagnostics = try RuleHarness.lint(Self.pack, Self.doc(date: "2025-02-30", language: "EN", adoption: "1 December 2025"))
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column) \($0.message)" } == ["date/invalid@2:7 2025-02-30 is not a real date"])
    }

    @Test func impossibleWrittenDateInTheBody() throws {
        let diagnostics = try RuleHarness.lint(Self.pack, Self.doc(date: "2025-12-03", language: "EN", adoption: "31 February 2025"))
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column)" } == ["date/invalid@6:47"])
    }

    @Test func writtenDatesAreReadInTheDocumentsLanguage() throws {
        let french = "---\ndate: \"2025-12-03\"\nlanguage: FR\n---\n\nRésolution adoptée par l'Assemblée générale le 30 février 2025\n"
        #expect(try RuleHarness.findings(Self.pack, french) == ["date/invalid@6"])
        let fine = french.replacingOccurrences(of: "30 février", with: "1er décembre")
        #expect(try RuleHarness.findings(Self.pack, fine).isEmpty)
    }

    @Test func unrecognizedOutcomeCanBeSwitchedOnSeparately() throws {
        let pack = Self.pack.replacingOccurrences(of: "unrecognized: { severity: off }", with: "unrecognized: { id: date/unreadable, severity: warning }")
        let diagnostics = try RuleHarness.lint(pack, Self.doc(date: "2025-12-03", language: "EN", adoption: "the first of December"))
        #expect(diagnostics.map { "\($0.rule) \($0.severity) \($0.message)" } == ["date/unreadable warning `the first of December` is not a date"])
    }

    @Test func aRuleNeedsSomethingToCheck() {
        #expect(RuleHarness.errors("rules:\n  - id: date/x\n    kind: date\n") == ["rules/test/pack.yml:2:5: a date rule needs `fields` or `values` to check"])
    }
}
