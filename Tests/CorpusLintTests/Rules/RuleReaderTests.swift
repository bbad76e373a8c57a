import Testing
@testable import CorpusLint

/// One rule's YAML into a rule: the common keys, the defaults they take, and `reports:` per
/// outcome. (Positions of the mistakes a pack makes are PackLoaderTests'.)
@Suite struct RuleReaderTests {
    static func rule(_ body: String) throws -> RuleInfo {
        let rules = try RuleHarness.load("rules:\n  - " + body.split(separator: "\n").joined(separator: "\n    ") + "\n")
        return try #require(rules.rules.first?.info)
    }

    static let dates = "id: date/check\nkind: date\nfields: [date]"

    @Test func ruleIDsAreFamilyAndNameInKebabCase() {
        for good in ["numbering/gap", "a/b", "date-2/x-1-y", "x9/0"] {
            #expect(RuleReader.isValidID(good), "\(good)")
        }
        for bad in ["gap", "a/b/c", "/b", "a/", "A/b", "a/B", "a_b/c", "-a/b", "a-/b", "a--b/c", "a/b c", "a/é", "a/e\u{301}", "a/-", "a/b-", "-/b", ""] {
            #expect(!RuleReader.isValidID(bad), "\(bad)")
        }
    }

    @Test func defaultsAreAnErrorWithTheKindsMessages() throws {
        let info = try Self.rule(Self.dates)
        #expect(info.kind == "date")
        #expect(info.description.isEmpty && info.link == nil && info.when == nil && info.examples.isEmpty)
        #expect(info.primary.severity == .error)
        #expect(info.outcomes.keys.sorted() == ["impossible", "unrecognized"])
        #expect(info.report("impossible").message.source == "{value} is not a real date")
        #expect(info.report("unrecognized").message.source == "`{value}` is not a date")
        #expect(info.allReports.allSatisfy { $0.id == "date/check" && $0.severity == .error })
    }

    @Test func severityMessageAndDescriptionApplyToEveryOutcome() throws {
        let info = try Self.rule(Self.dates + "\nseverity: warning\nmessage: 'bad: {value}'\ndescription: Dates exist.\nlink: https://example.org/d")
        let outcomes = [info.report("impossible"), info.report("unrecognized")]
        #expect(outcomes.map(\.severity) == [.warning, .warning])
        #expect(outcomes.map(\.message.source) == ["bad: {value}", "bad: {value}"])
        #expect(outcomes.map(\.description) == ["Dates exist.", "Dates exist."])
        #expect(info.allReports.count == 1, "both outcomes report under the rule's own id")
        #expect(info.link == "https://example.org/d")
        #expect(try Self.rule(Self.dates + "\nseverity: off").outcomes.values.allSatisfy { $0.severity == nil })
        #expect(try Self.rule(Self.dates + "\nseverity: info").primary.severity == .info)
    }

    @Test func reportsGiveAnOutcomeItsOwnIDSeverityAndMessage() throws {
        let info = try Self.rule(Self.dates + """

            severity: warning
            reports:
              unrecognized: { id: date/unreadable, severity: info, message: 'unreadable {value}', description: Not a date. }
            """)
        #expect(info.report("impossible").id == "date/check")
        #expect(info.report("impossible").severity == .warning)
        let unreadable = info.report("unrecognized")
        #expect(unreadable.id == "date/unreadable")
        #expect(unreadable.severity == .info)
        #expect(unreadable.message.source == "unreadable {value}")
        #expect(unreadable.description == "Not a date.")
    }

    @Test func reportsMistakesNameTheKindsOutcomes() {
        let pack = "rules:\n  - id: date/check\n    kind: date\n    fields: [date]\n    reports:\n      imposible: { severity: off }\n"
        #expect(RuleHarness.errors(pack) == ["rules/test/pack.yml:6:7: unknown outcome `imposible` (did you mean `impossible`?); this kind reports: impossible, unrecognized"])
        let badID = "rules:\n  - id: date/check\n    kind: date\n    fields: [date]\n    reports:\n      impossible: { id: Bad }\n"
        #expect(RuleHarness.errors(badID) == ["rules/test/pack.yml:6:25: rule id `Bad` must be kebab-case with a family prefix, like `numbering/gap`"])
    }

    @Test func examplesAreRead() throws {
        let info = try Self.rule(Self.dates + """

            examples:
              - { document: "---\\ndate: 2025-02-30\\n---\\n", triggers: [2] }
              - { path: b.md, document: "---\\ndate: 2025-02-28\\n---\\n", triggers: [] }
            """)
        #expect(info.examples.map(\.triggers) == [[2], []])
        #expect(info.examples.map(\.path) == ["example.md", "b.md"])
        #expect(info.examples.first?.document == "---\ndate: 2025-02-30\n---\n")
    }

    @Test func exampleMistakes() {
        let head = "rules:\n  - id: date/check\n    kind: date\n    fields: [date]\n    examples:\n"
        #expect(RuleHarness.errors(head + "      - { document: x }\n") ==
                ["rules/test/pack.yml:6:9: missing required key `triggers` (the lines where the rule must report; [] when it must not)"])
        #expect(RuleHarness.errors(head + "      - { document: x, triggers: 2 }\n") ==
                ["rules/test/pack.yml:6:34: `triggers` must be a list of line numbers ([] for an example that must pass)"])
        #expect(RuleHarness.errors(head + "      - { document: x, triggers: [two] }\n") == ["rules/test/pack.yml:6:35: `triggers` lists line numbers"])
        #expect(RuleHarness.errors("rules:\n  - id: date/check\n    kind: date\n    fields: [date]\n    examples: {document: x}\n") ==
                ["rules/test/pack.yml:5:15: `examples` must be a list"])
    }

    @Test func aRuleWithoutIDOrKindIsOneMistakeEach() {
        #expect(RuleHarness.errors("rules:\n  - kind: date\n    fields: [date]\n") == ["rules/test/pack.yml:2:5: missing required key `id`"])
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    description: x\n") == ["rules/test/pack.yml:2:5: missing required key `kind`"])
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: date\n") == ["rules/test/pack.yml:2:5: a date rule needs `fields` or `values` to check"])
    }
}
