import Testing
@testable import CorpusLint

/// Mistakes in a references rule's options, each answered at its position.
@Suite struct ReferencesCheckOptionTests {
    static func errors(_ options: String) -> [String] {
        RuleHarness.errors(ReferencesCheckTests.zones + "\nrules:\n  - id: footnote/references\n    kind: references\n" + options)
    }

    @Test func missingMarkersAndDefinitions() {
        #expect(Self.errors("    numbered: true\n") == [
            "rules/test/pack.yml:4:5: missing required key `markers` (a list of `- pattern: '…'` entries whose group 1 is the footnote label)",
            "rules/test/pack.yml:4:5: missing required key `definitions` (a list of `- pattern: '…'` entries whose group 1 is the footnote label)",
        ])
    }

    @Test func emptyListAndEntryThatIsNotAMapping() {
        #expect(Self.errors("    markers: []\n    definitions:\n      - '^(1) '\n") == [
            "rules/test/pack.yml:6:14: `markers` must be a non-empty list of entries like `- pattern: '…'`",
            "rules/test/pack.yml:8:9: each entry of `definitions` must be a mapping; write `- pattern: '…'`",
        ])
    }

    @Test func invalidRegexPointsIntoThePattern() {
        let errors = Self.errors("    markers:\n      - pattern: '\\[\\^([0-9]+\\]'\n    definitions:\n      - pattern: '^(1) '\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("rules/test/pack.yml:7:") == true)
        #expect(errors.first?.contains("invalid regular expression in `pattern`: missing closing parenthesis") == true)
    }

    @Test func unknownZoneAndUnknownKeyWithDidYouMean() {
        #expect(Self.errors("    markers:\n      - pattern: '\\[\\^([0-9]+)\\]'\n        outside-zone: footnote\n    definitions:\n      - patern: '^(1) '\n") == [
            "rules/test/pack.yml:8:23: unknown zone `footnote` (did you mean `footnotes`?)",
            "rules/test/pack.yml:10:9: missing required key `pattern`",
            "rules/test/pack.yml:10:9: unknown key `patern` (did you mean `pattern`?)",
        ])
    }

    @Test func patternWithoutALabelGroupAndBadNumbered() {
        #expect(Self.errors("    markers:\n      - pattern: '\\[\\^[0-9]+\\]'\n    definitions:\n      - pattern: '^(1) '\n    numbered: yes\n") == [
            "rules/test/pack.yml:7:18: the `pattern` of a `markers` entry needs a capture group for the label: `(…)` or `(?<label>…)`",
            "rules/test/pack.yml:10:15: `numbered` must be true or false",
        ])
    }
}
