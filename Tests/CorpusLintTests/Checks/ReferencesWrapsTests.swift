import Testing
@testable import CorpusLint

/// `wraps: true` on a definition entry: a footnote's text that wraps before a number (layouts that
/// keep a footnote's line breaks) is no definition of its own, while the next footnote is.
@Suite struct ReferencesWrapsTests {
    static func pack(wraps: Bool) -> String {
        ReferencesCheckTests.zones + #"""

            rules:
              - id: footnote/references
                kind: references
                markers:
                  - pattern: '(?<=[a-z,])([1-9][0-9]?)(?=[\s,.;:]|$)'
                    outside-zone: footnotes
                definitions:
                  - pattern: '^([0-9]{1,3}) \S'
                    in-zone: footnotes
            """# + (wraps ? "\n        wraps: true\n" : "\n") + "    numbered: true\n"
    }

    static func body(_ text: String) -> String { "---\na: 1\n---\n" + text }

    @Test func aDateUnderAFootnoteIsItsText() throws {
        let document = Self.body("Recalling the Covenant1 and the Protocol,2\n---\n1 See resolution 2200 A (XXI), adopted on\n16 December 1966.\n2 See resolution 2201.\n")
        #expect(try RuleHarness.findings(Self.pack(wraps: true), document) == [])
        // Without the option the day is footnote 16, out of sequence and referenced by nothing.
        #expect(try RuleHarness.findings(Self.pack(wraps: false), document) == ["footnote/references@7", "footnote/references@7"])
    }

    @Test func aBlankLineEndsTheFootnoteAndTheNextLabelOpensOne() throws {
        // Under a blank line, `16 December` is a definition again; right under footnote 1, `2` is footnote 2.
        let separated = Self.body("Recalling the Covenant1 and the Protocol,2\n---\n1 See resolution 2200 A (XXI), adopted on\n\n16 December 1966.\n2 See resolution 2201.\n")
        #expect(try RuleHarness.findings(Self.pack(wraps: true), separated).contains("footnote/references@8"))
        let consecutive = Self.body("Recalling the Covenant1 and the Protocol,2\n---\n1 See resolution 2200 A (XXI).\n2 See resolution 2201.\n")
        #expect(try RuleHarness.findings(Self.pack(wraps: true), consecutive) == [])
    }

    @Test func aWrappedLineOfTextCarriesTheFootnoteOn() throws {
        // The footnote's second line holds no number; its third starts with one and is still its text.
        let document = Self.body("Recalling the Covenant1\n---\n1 See the report of the Conference held in Vienna in\nMarch and adopted on\n16 December 1966.\n")
        #expect(try RuleHarness.findings(Self.pack(wraps: true), document) == [])
        // A wrapped line that starts with the next footnote's number cannot be told from it.
        let next = Self.body("Recalling the Covenant1\n---\n1 See the report of the Conference held from\n2 to 5 March.\n")
        #expect(try RuleHarness.findings(Self.pack(wraps: true), next) == ["footnote/references@7"])
    }
}
