import Testing
@testable import CorpusLint

/// Zones are worked out during the single body pass and leave lines in or out of line rules.
@Suite struct ZoneTests {
    static let pack = """
        zones:
          footnotes:
            start: '^---$'
            lines: '^[0-9]{1,3} \\S'
        rules:
          - id: x/in
            kind: forbid
            pattern: '^[0-9]'
            in-zone: footnotes
          - id: x/out
            kind: forbid
            pattern: '^[0-9]'
            outside-zone: footnotes
        """

    @Test func footnoteLinesAfterAPageBreakAreInTheZoneUntilProse() throws {
        let doc = "---\na: 1\n---\n1. Para;\n---\n\n1 Footnote one.\n2 Footnote two.\n\n2. Para;\n3 units of text\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["x/out@4", "x/in@7", "x/in@8", "x/out@10", "x/out@11"])
    }

    @Test func unknownZoneIsAPositionedError() {
        #expect(RuleHarness.errors(Self.pack.replacingOccurrences(of: "in-zone: footnotes", with: "in-zone: footnote")) ==
                ["rules/test/pack.yml:9:14: unknown zone `footnote` (did you mean `footnotes`?)"])
    }
}
