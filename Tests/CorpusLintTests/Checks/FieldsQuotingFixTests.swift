import Testing
@testable import CorpusLint

@Suite struct FieldsQuotingFixTests {
    static let pack = """
        rules:
          - id: front-matter/type
            kind: fields
            fields:
              record_id: { quoted: true, pattern: '^[0-9]+$' }
              date: { type: date, quoted: true }
              language: { quoted: false }
        """

    @Test func anUnquotedNumberOrDateGetsDoubleQuotes() throws {
        let fixed = try FixHarness.fixed(Self.pack, "---\nrecord_id: 4095491\ndate: 2025-12-03   # adopted\n---\nText\n")
        #expect(fixed == "---\nrecord_id: \"4095491\"\ndate: \"2025-12-03\"   # adopted\n---\nText\n")
        #expect(try RuleHarness.lint(Self.pack, fixed).isEmpty, "the fixed file is clean")
    }

    @Test func aValueNeedingEscapesOrUnquotingIsLeftToAPerson() throws {
        let found = try RuleHarness.lint(Self.pack, "---\nrecord_id: 40\\95\nlanguage: \"EN\"\n---\n")
        #expect(found.map(\.rule) == ["front-matter/type", "front-matter/type", "front-matter/type"])
        #expect(found.allSatisfy { $0.fix == nil })
    }

    @Test func theQuotesCountColumnsInScalarsNotBytes() throws {
        let fixed = try FixHarness.fixed(Self.pack, "---\ntitle: Café\nrecord_id: 12\n---\n")
        #expect(fixed == "---\ntitle: Café\nrecord_id: \"12\"\n---\n")
        let afterBOM = try FixHarness.fixed(Self.pack, "\u{FEFF}---\nrecord_id: 12\n---\n")
        #expect(afterBOM == "\u{FEFF}---\nrecord_id: \"12\"\n---\n", "the mark stays (no rule here removes it), the quotes land after it")
    }
}
