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

    static let titled = """
        zones:
          title:
            start: '^Annex$'
            lines: '^(?!.*[.;:,]$)'
            look-past: '^(?:[0-9]+/[0-9]+|[0-9]{1,3}  \\S.*)$'
        rules:
          - id: x/in
            kind: forbid
            pattern: '^[A-Z]'
            in-zone: title
        """

    /// A heading at a page's foot keeps its title, on the next page, in its zone: the page
    /// counter and a footnote definition with its wrapped line are passed over.
    @Test func lookPastLinesNeitherBelongToTheZoneNorEndIt() throws {
        let doc = "---\na: 1\n---\nAnnex\n\n7  See resolution 67/107, annex, of\nSeveral wrapped words.\n\n2/5\n\nConvention on things\nAnd more things\n\nThe States Parties.\nAfter\n"
        #expect(try RuleHarness.findings(Self.titled, doc) == ["x/in@11", "x/in@12"])
        // Without look-past, the footnote's wrapped line ends the zone before the title.
        let plain = Self.titled.replacingOccurrences(of: "look-past", with: "# look-past")
        #expect(try RuleHarness.findings(plain, doc) == [])
    }
}
