import Testing
@testable import CorpusLint

/// `ordered: true`: footnote indicators run 1, 2, 3… in reading order, and candidate markers
/// count only where they are the label expected next.
@Suite struct ReferencesOrderedTests {
    static let pack = ReferencesCheckTests.zones + #"""

        rules:
          - id: footnote/references
            kind: references
            markers:
              - pattern: '\[\^([0-9]+)\](?!:)'
              - pattern: '(?<=[a-z])([1-9][0-9]?)(?=[\s,.;:]|$)'
                outside-zone: footnotes
              - pattern: '(?<![0-9])(?:19|20)[0-9]{2}([1-9][0-9]?)(?![0-9])'
                outside-zone: footnotes
                candidate: true
              - pattern: '(?<=\S )([1-9][0-9]?)(?![0-9./%])'
                outside-zone: footnotes
                candidate: true
            definitions:
              - pattern: '^([0-9]{1,3}) {1,2}\S'
                in-zone: footnotes
              - pattern: '^\[\^([0-9]+)\]:'
            ordered: true
        """#

    static func body(_ text: String) -> String { "---\nsymbol: A/RES/80/5\n---\n" + text }

    @Test func anIndicatorGluedToAYearIsTheLabelExpectedNext() throws {
        // `203412` after footnote 11: the year 2034 and indicator 12.
        let document = Self.body("""
            the Doha Programme of Action,[^11] the Programme for the Decade 2024– 203412 and the Agenda.

            [^11]: A/CONF.219/7.
            [^12]: Resolution 79/233.
            """)
        #expect(try RuleHarness.findings(Self.pack, document) == [])
    }

    @Test func aNumberSetOffBySpacesIsAnIndicatorOnlyInItsPlace() throws {
        // `1990 3` follows footnote 2: indicator 3. `166 States` between 3 and 4 is no indicator,
        // so footnote 4, whose indicator was lost, is still reported.
        let document = Self.body("""
            the report of the Panel,[^1] its resolution,[^2] the reports of 1990 3  and others,
            adopted by 166 States in total.

            [^1]: A/45/372.
            [^2]: A/50/1.
            [^3]: A/45/373.
            [^4]: A/46/1.
            """)
        #expect(try RuleHarness.findings(Self.pack, document) == ["footnote/references@10"])
    }

    @Test func aCandidateSkipsAtMostOneLostLabelAndNeedsItsDefinition() throws {
        // After footnote 1, `in 3 sessions` may stand for 3 (2 lost) since 3 is defined; `in 9
        // years` is too far ahead, so footnote 9 stays unreferenced.
        let document = Self.body("""
            the Convention,[^1] held in 3 sessions, over 9 years.

            [^1]: A/1.
            [^2]: A/2.
            [^3]: A/3.
            [^9]: A/9.
            """)
        #expect(try RuleHarness.findings(Self.pack, document) == ["footnote/references@7", "footnote/references@9"])
    }

    @Test func aStrongMarkerMovesTheCountOnAfterAJump() throws {
        // Indicators 2 to 4 are lost with their footnotes; `[^5]` still counts, so the year-glued
        // `20246` is footnote 6.
        let document = Self.body("""
            the Convention[^1] and the Protocol[^5] of 20246 entered into force.

            [^1]: A/1.
            [^5]: A/5.
            [^6]: A/6.
            """)
        #expect(try RuleHarness.findings(Self.pack, document) == [])
    }

    @Test func anUndefinedMarkerBehindTheCountIsANumberOfTheText() throws {
        // `area2` comes after footnote 3's indicator: a unit, not a lost footnote 2. `Protocol4`
        // is where footnote 4 is expected: its lost definition is reported.
        let document = Self.body("""
            the Convention,[^1] the Charter[^3] and an area2 of land under the Protocol4 and more.

            [^1]: A/1.
            [^3]: A/3.
            """)
        let findings = try RuleHarness.lint(Self.pack, document)
        #expect(findings.map(\.message) == ["footnote 4 is referenced here but never defined"])
    }

    @Test func aCandidateNeverHidesALostFootnote() throws {
        // `in 3 languages` cannot stand for footnote 3, which is not defined, and `4 States`
        // (footnote 4 defined) does not make the lost footnote 3 behind the count.
        let document = Self.body("""
            the Convention,[^1] the Charter,[^2] in 3 languages, by 4 States under the Protocol3 and more.

            [^1]: A/1.
            [^2]: A/2.
            [^4]: A/4.
            """)
        let findings = try RuleHarness.lint(Self.pack, document)
        #expect(findings.map(\.message) == ["footnote 3 is referenced here but never defined"])
    }

    @Test func withoutOrderTheSameCandidatesAreRefused() {
        let errors = RuleHarness.errors(Self.pack.replacingOccurrences(of: "    ordered: true", with: "    ordered: false"))
        #expect(errors == ["rules/test/pack.yml:10:9: a `candidate: true` marker needs `ordered: true` on the rule: a candidate only counts where it is the next label in reading order"])
    }

    @Test func aMarkerIsWeakOrACandidateNotBoth() {
        let pack = Self.pack.replacingOccurrences(of: "candidate: true\n", with: "candidate: true\n        weak: true\n")
        #expect(RuleHarness.errors(pack).first == "rules/test/pack.yml:12:20: a marker is either `weak` or a `candidate`, not both")
    }

    @Test func readingOrderAlignsOutOfOrderArrivals() {
        // Entries arrive pattern by pattern; the alignment reads them by position.
        var order = ReadingOrder()
        order.add(2, offset: 30, .candidate)
        order.add(1, offset: 10, .strong)
        order.add(166, offset: 20, .candidate)
        order.add(3, offset: 40, .weak)
        order.add(4, offset: 50, .candidate)
        // Weak markers vouch for themselves; they move the count, so candidate 4 fits.
        #expect(order.aligned { [1, 2, 3, 4, 166].contains($0) }.labels == [2, 4])
    }
}
