import Testing
@testable import CorpusLint

@Suite struct ReferencesCheckTests {
    static let zones = #"""
        zones:
          footnotes: { start: '^---$', lines: '^[0-9]{1,3} \S' }
        """#

    /// Both footnote styles, as the shipped packs are meant to write them.
    static let pack = zones + #"""

        rules:
          - id: footnote/references
            kind: references
            markers:
              - pattern: '(?<=[a-z\)])([0-9]{1,2})(?=[\s,.;:]|$)'
                outside-zone: footnotes
              - pattern: '\[\^([0-9]+)\](?!:)'
            definitions:
              - pattern: '^([0-9]{1,3}) \S'
                in-zone: footnotes
              - pattern: '^\[\^([0-9]+)\]:'
            numbered: true
        """#

    /// The same rule with each outcome under its own id.
    static let splitPack = pack + #"""

            reports:
              undefined: { id: footnote/undefined-reference }
              unreferenced: { id: footnote/unreferenced-definition, severity: warning }
              numbering: { id: footnote/numbering, severity: info }
        """#

    static func positions(_ pack: String, _ document: String) throws -> [String] {
        try RuleHarness.lint(pack, document).map { "\($0.rule)@\($0.line):\($0.column)-\($0.endColumn)" }
    }

    // MARK: Clean documents

    @Test func flattenedIndicatorDefinedThreePagesLater() throws {
        let document = """
            ---
            symbol: A/RES/80/35
            ---

            The General Assembly,

            Noting the Convention on the Prohibition of Anti-Personnel Mines and on Their Destruction1 and the progress made,

            1. Invites all States to accede to the Convention;
            ---

            2. Stresses the importance of the Convention;
            ---

            3. Expresses strong concern;
            ---

            1 United Nations, Treaty Series, vol. 2056, No. 35597.

            4. Urges all States Parties to report under article 7 of the Convention;
            """
        #expect(try RuleHarness.findings(Self.pack, document) == [])
    }

    @Test func markdownFootnotesWithADefinitionBlockAtTheEnd() throws {
        let document = """
            ---
            symbol: A/RES/80/1
            ---

            Recalling the Agreement[^1] and resolution 169 (II),[^2]

            1. Decides that the Agreement[^1] applies;

            51st plenary meeting

            ---

            [^1]: See resolution 169 (II).

            [^2]: Ibid.
            """
        #expect(try RuleHarness.findings(Self.pack, document) == [])
    }

    @Test func bothStylesInOneFileAreMerged() throws {
        let document = """
            ---
            symbol: A/RES/80/35
            ---

            Noting the Convention on Their Destruction1 and the Agreement[^2],
            ---

            1 United Nations, Treaty Series, vol. 2056, No. 35597.

            5. Invites all States to report under the Agreement[^3];

            ---

            [^2]: Resolution 61/295, annex.

            [^3]: Ibid.
            """
        #expect(try RuleHarness.findings(Self.pack, document) == [])
    }

    @Test func aDefinitionBeforeItsMarkerAndAMarkerUsedTwiceAreFine() throws {
        let document = """
            ---
            symbol: A/RES/80/2
            ---

            [^1]: Resolution 217 A (III).

            Recalling the Declaration[^1] and again the Declaration[^1],
            """
        #expect(try RuleHarness.findings(Self.pack, document) == [])
    }

    @Test func aDocumentWithoutFootnotesReportsNothing() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\nsymbol: A/RES/80/3\n---\n\nThe General Assembly,\n") == [])
    }

    // MARK: Findings

    @Test func undefinedMarkerAtTheLabel() throws {
        let document = """
            ---
            symbol: A/RES/80/4
            ---

            Recalling the Declaration[^1] and the Côte d’Ivoire Destruction2 plan,

            ---

            [^1]: Resolution 217 A (III).
            """
        #expect(try Self.positions(Self.pack, document) == ["footnote/references@5:64-65"])
        let diagnostic = try #require(try RuleHarness.lint(Self.pack, document).first)
        #expect(diagnostic.message == "footnote 2 is referenced here but never defined")
        #expect(diagnostic.snippet == "2")
    }

    @Test func unreferencedDefinitionAtTheLabel() throws {
        let document = """
            ---
            symbol: A/RES/80/5
            ---

            Recalling the Declaration[^1],

            ---

            [^1]: Resolution 217 A (III).

            [^2]: Ibid.
            """
        #expect(try Self.positions(Self.pack, document) == ["footnote/references@11:3-4"])
        #expect(try RuleHarness.lint(Self.pack, document).first?.message == "footnote 2 is defined here but never referenced")
    }

    @Test func definitionsOutOfSequenceAndDuplicated() throws {
        let document = """
            ---
            symbol: A/RES/80/6
            ---

            Recalling the Declaration[^1] and the Covenant[^3],

            ---

            [^1]: Resolution 217 A (III).

            [^3]: Resolution 2200 A (XXI), annex.

            [^3]: Ibid.
            """
        let diagnostics = try RuleHarness.lint(Self.pack, document)
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column)" } == ["footnote/references@11:3", "footnote/references@13:3"])
        #expect(diagnostics.map(\.message) == ["footnote 3 is out of sequence: expected 2",
                                               "footnote 3 is defined again (first defined at line 11)"])
    }

    @Test func aWrappedLineThatBecameADefinitionIsReportedOnce() throws {
        // A real defect: the wrapped second line of footnote 10 starts with a year.
        let document = """
            ---
            symbol: A/RES/80/10
            ---

            Covenant[^8] and Declaration[^9] and Conference[^10] and Agenda[^11],

            ---

            [^8]: Resolution 61/295, annex.

            [^9]: See A/CONF.189/12, chap. I.

            [^10]: Report of the International Conference on Population and Development, Cairo, 5–13 September
            [^1994]: (United Nations publication, Sales No. E.95.XIII.18), chap. I.

            [^11]: Resolution 70/1.
            """
        let pack = Self.pack.replacingOccurrences(of: "numbered: true", with: "numbered: false")
        #expect(try RuleHarness.findings(pack, document) == ["footnote/references@14"])
        // Numbered from 8 on: the first definition is out of sequence, then 1994 is a stray.
        #expect(try RuleHarness.lint(Self.pack, document).map { "\($0.rule)@\($0.line) \($0.message)" } == [
            "footnote/references@9 footnote 8 is out of sequence: expected 1",
            "footnote/references@14 footnote 1994 is defined here but never referenced",
            "footnote/references@14 footnote 1994 is out of sequence: expected 11",
        ])
    }

    @Test func aGapIsReportedOnceAndNumberingResumes() throws {
        let document = """
            ---
            symbol: A/RES/80/7
            ---

            A[^1] b[^3] c[^4] d[^5].

            [^1]: One.
            [^3]: Three.
            [^4]: Four.
            [^5]: Five.
            """
        #expect(try RuleHarness.findings(Self.pack, document) == ["footnote/references@8"])
    }

    @Test func numberingIsOnlyCheckedWhenAsked() throws {
        let document = "---\nsymbol: A/RES/80/8\n---\n\nA[^2] b[^1].\n\n[^2]: Two.\n[^1]: One.\n[^1]: Again.\n"
        let pack = Self.pack.replacingOccurrences(of: "numbered: true", with: "numbered: false")
        // Order is free without `numbered`, but a label defined twice is always reported.
        #expect(try RuleHarness.findings(pack, document) == ["footnote/references@9"])
        #expect(try RuleHarness.findings(Self.pack, document) == ["footnote/references@7", "footnote/references@9"])
    }

    // MARK: What is not a footnote

    @Test func numbersInRunningTextAreNotMarkers() throws {
        let document = """
            ---
            symbol: A/RES/80/9
            ---

            Recalling resolution 2719 (2023) of 2023, the COVID-19 pandemic, the report A/80/534, para. 7, the G20, Sales No. E.95.XIII.18, CEDAW/C/GC/39, the period 2025–2029, and the Convention on Their Destruction1 under article 7 of the Convention,
            ---

            1 United Nations, Treaty Series, vol. 2056, No. 35597.
            """
        #expect(try RuleHarness.findings(Self.pack, document) == [])
        // Without the definition, only the glued indicator is reported.
        let undefined = document.replacingOccurrences(of: "1 United Nations", with: "United Nations")
        #expect(try Self.positions(Self.pack, undefined) == ["footnote/references@5:205-206"])
    }

    @Test func paragraphNumbersAndWrappedNumbersAreNotDefinitions() throws {
        let document = """
            ---
            symbol: A/RES/80/35
            ---

            Noting with satisfaction that
            166 States have ratified the Convention on Their Destruction1,

            3. Expresses concern;
            ---

            1 United Nations, Treaty Series, vol. 2056, No. 35597.

            4. Urges all States;
            ---

            5. Invites all States;
            """
        #expect(try RuleHarness.findings(Self.pack, document) == [])
        // Without `in-zone`, the wrapped line would define footnote 166.
        let unzoned = Self.pack.replacingOccurrences(of: "\n        in-zone: footnotes", with: "")
        #expect(try RuleHarness.findings(unzoned, document) == ["footnote/references@6", "footnote/references@6"])
    }

    @Test func aDefinitionsOwnLabelIsNotAMarker() throws {
        // The marker pattern forgets `(?!:)`; `[^1]:` still does not reference itself.
        let pack = Self.pack.replacingOccurrences(of: #"'\[\^([0-9]+)\](?!:)'"#, with: #"'\[\^([0-9]+)\]'"#)
        #expect(try RuleHarness.findings(pack, "---\nsymbol: A\n---\n\n[^1]: Ibid.\n") == ["footnote/references@5"])
    }

    @Test func theLabelCanBeANamedGroup() throws {
        let pack = Self.zones + #"""

            rules:
              - id: footnote/references
                kind: references
                markers:
                  - pattern: '(\[)\^(?<label>[a-z]+)\](?!:)'
                definitions:
                  - pattern: '^\[\^(?<label>[a-z]+)\]:'
            """#
        let document = "---\nsymbol: A\n---\n\nText[^a] and[^b].\n\n[^a]: Note.\n[^c]: Other.\n"
        #expect(try Self.positions(pack, document) == ["footnote/references@5:15-16", "footnote/references@8:3-4"])
    }

    @Test func entriesTakeLineFilters() throws {
        // Footnotes of the annex restart at 1: this rule looks only before the annex.
        let pack = Self.pack.replacingOccurrences(of: "      - pattern: '^\\[\\^([0-9]+)\\]:'",
                                                  with: "      - pattern: '^\\[\\^([0-9]+)\\]:'\n        before: '^Annex$'")
            .replacingOccurrences(of: "      - pattern: '\\[\\^([0-9]+)\\](?!:)'",
                                  with: "      - pattern: '\\[\\^([0-9]+)\\](?!:)'\n        before: '^Annex$'")
        let document = "---\nsymbol: A\n---\n\nA[^1].\n\n[^1]: One.\n\nAnnex\n\nB[^1] c[^2].\n\n[^1]: One.\n[^2]: Two.\n"
        #expect(try RuleHarness.findings(pack, document) == [])
        #expect(try RuleHarness.findings(Self.pack, document) == ["footnote/references@13"])
    }

    // MARK: Reports and messages

    @Test func reportsSplitOutcomesIntoTheirOwnIDs() throws {
        let document = """
            ---
            symbol: A/RES/80/11
            ---

            A[^1] b[^2] c[^5].

            [^1]: One.
            [^3]: Three.
            """
        let diagnostics = try RuleHarness.lint(Self.splitPack, document)
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column) \($0.severity)" } == [
            "footnote/undefined-reference@5:10 error",
            "footnote/undefined-reference@5:16 error",
            "footnote/numbering@8:3 info",
            "footnote/unreferenced-definition@8:3 warning",
        ])
    }

    @Test func messagePlaceholders() throws {
        let pack = Self.pack + #"""

            reports:
              undefined: { message: "marker {found} (footnote {label}) has no definition" }
              unreferenced: { message: "nothing points to footnote {label}" }
              numbering: { message: "found {found}, expected {expected}, after the definition on line {line}" }
        """#
        let document = "---\nsymbol: A\n---\n\nA[^01] b[^7].\n\n[^1]: One.\n[^3]: Three.\n"
        #expect(try RuleHarness.lint(pack, document).map { "\($0.line): \($0.message)" } == [
            "5: marker 7 (footnote 7) has no definition",
            "8: found 3, expected 2, after the definition on line 7",
            "8: nothing points to footnote 3",
        ])
        let leadingZero = "---\nsymbol: A\n---\n\nA[^01].\n"
        #expect(try RuleHarness.lint(pack, leadingZero).map(\.message) == ["marker 01 (footnote 1) has no definition"])
    }

    @Test func kindIsDocumented() {
        #expect(KindRegistry.byName["references"] is ReferencesCheck.Type)
        #expect(ReferencesCheck.outcomes.map(\.name) == ["undefined", "unreferenced", "numbering"])
        #expect(ReferencesCheck.documentation.contains("numbered"))
    }
}
