import Testing
@testable import CorpusLint

/// A broken rule of each kind answers with its exact position (the kinds with their own option
/// tests are covered there; these are the rest).
@Suite struct KindOptionErrorTests {
    @Test func extractNeedsANameAndAPattern() {
        #expect(RuleHarness.errors("rules:\n  - id: date/line\n    kind: extract\n    occurrence: second\n") == [
            "rules/test/pack.yml:2:5: missing required key `name`",
            "rules/test/pack.yml:2:5: missing required key `pattern` (or `patterns`)",
            "rules/test/pack.yml:4:17: `occurrence` must be one of first, last, all, not `second`",
        ])
    }

    @Test func requireReportsABadPatternAndABadPlace() {
        #expect(RuleHarness.errors("rules:\n  - id: core/x\n    kind: require\n    pattern: '[a-'\n    report-at: top\n") == [
            "rules/test/pack.yml:4:18: invalid regular expression in `pattern`: missing terminating ] for character class (at offset 3 of the pattern)",
            "rules/test/pack.yml:5:16: `report-at` must be one of front-matter-end, body-start, first-line, not `top`",
        ])
    }

    @Test func uniqueNeedsFields() {
        #expect(RuleHarness.errors("rules:\n  - id: corpus/x\n    kind: unique\n    feilds: [a]\n") == [
            "rules/test/pack.yml:2:5: missing required key `fields` (the fields whose values must be unique together)",
            "rules/test/pack.yml:4:5: unknown key `feilds` (did you mean `fields`?)",
        ])
    }

    @Test func dateRejectsAnUnknownFormat() {
        #expect(RuleHarness.errors("rules:\n  - id: date/x\n    kind: date\n    fields: [date]\n    format: american\n") == [
            "rules/test/pack.yml:5:13: date format `american`: unknown letter `a` (quote text: `'T'`); or one of any, iso, written, iso-date, iso-datetime, year-month, year",
        ])
    }
}
