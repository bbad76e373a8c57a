import Testing
@testable import CorpusLint

/// Mistakes in a sequence rule's options, each answered at its position.
@Suite struct SequenceCheckOptionTests {
    static func errors(_ options: String) -> [String] {
        RuleHarness.errors(SequenceCheckTests.pack(options))
    }

    @Test func missingPatternInALevel() {
        #expect(Self.errors("levels:\n  - labels: arabic") == ["rules/test/pack.yml:7:9: missing required key `pattern`"])
    }

    @Test func unknownLabelsWordSuggestsTheNearest() {
        #expect(Self.errors("levels:\n  - pattern: '^([0-9]+)\\.'\n    labels: arabc") == [
            "rules/test/pack.yml:8:17: `labels` must be one of arabic, alpha, roman, not `arabc` (did you mean `arabic`?)",
        ])
    }

    @Test func missingLabels() {
        #expect(Self.errors("pattern: '^([0-9]+)\\.'") == ["rules/test/pack.yml:4:5: missing required key `labels` (arabic, alpha or roman)"])
    }

    @Test func levelThatIsNotAMapping() {
        #expect(Self.errors("levels:\n  - '^([0-9]+)\\.'") == ["rules/test/pack.yml:7:9: a level of `levels` must be a mapping"])
    }

    @Test func levelsThatAreNotAList() {
        // The rule's other options are still read: `restart` is no unknown key.
        #expect(Self.errors("levels: arabic\nrestart: '^Annex$'") == [
            "rules/test/pack.yml:6:13: `levels` must be a list of mappings, each with `pattern` and `labels`",
        ])
        #expect(Self.errors("levels: []") == [
            "rules/test/pack.yml:6:13: `levels` must be a list of mappings, each with `pattern` and `labels`",
        ])
    }

    @Test func invalidRegularExpression() {
        #expect(Self.errors("levels:\n  - pattern: '^(([0-9]+)\\.'\n    labels: arabic") == [
            "rules/test/pack.yml:7:31: invalid regular expression in `pattern`: missing closing parenthesis (at offset 12 of the pattern)",
        ])
    }

    @Test func patternWithoutALabelGroup() {
        #expect(Self.errors("pattern: '^[0-9]+\\.'\nlabels: arabic") == [
            "rules/test/pack.yml:6:14: `pattern` must capture the item's label, as group 1 or as a group named `label`",
        ])
    }

    @Test func levelsAndShorthandTogether() {
        #expect(Self.errors("pattern: '^([0-9]+)\\.'\n" + SequenceCheckTests.levels) == [
            "rules/test/pack.yml:6:14: `pattern` is for a single level; with `levels`, give each level its own `pattern`",
        ])
    }

    @Test func neitherLevelsNorPattern() {
        #expect(Self.errors("restart: '^Annex$'") == [
            "rules/test/pack.yml:4:5: missing required key `levels` (or `pattern` and `labels` for a single level)",
        ])
    }

    @Test func unknownKeyInALevelAndUnknownZone() {
        #expect(Self.errors("levels:\n  - pattern: '^([0-9]+)\\.'\n    labels: arabic\n    starts: 2\noutside-zone: footnote") == [
            "rules/test/pack.yml:9:9: unknown key `starts` (did you mean `start`?)",
            "rules/test/pack.yml:10:19: unknown zone `footnote` (did you mean `footnotes`?)",
        ])
    }

    @Test func alphaLevelCannotStartAtZero() {
        #expect(Self.errors("pattern: '^\\(([a-z])\\)'\nlabels: alpha\nstart: 0") == [
            "rules/test/pack.yml:8:12: alpha labels start at 1 or more, not 0",
        ])
    }
}
