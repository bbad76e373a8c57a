import Testing
@testable import CorpusLint

@Suite struct SequenceCheckTests {
    /// Paragraphs 1., subparagraphs (a), sub-subparagraphs (i), as in UN resolutions.
    static let levels = #"""
        levels:
          - pattern: '^([0-9]+)\.\s'
            labels: arabic
          - pattern: '^\(([a-z]{1,2})\)\s'
            labels: alpha
          - pattern: '^\(([ivxlc]+)\)\s'
            labels: roman
        """#

    /// A pack with a footnote zone and one `sequence` rule with `options`.
    static func pack(_ options: String = levels, id: String = "numbering/paragraphs") -> String {
        """
        zones:
          footnotes: { start: '^---$', lines: '^[0-9]{1,3} \\S' }
        rules:
          - id: \(id)
            kind: sequence
        \(options.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        """
    }

    /// A document whose body (from line 4) is `lines`, one per line.
    static func document(_ lines: String...) -> String { document(lines) }

    static func document(_ lines: [String]) -> String {
        "---\nsymbol: A/RES/80/1\n---\n" + lines.joined(separator: "\n") + "\n"
    }

    static func findings(_ document: String) throws -> [String] { try findings(levels, document) }

    static func findings(_ options: String, _ document: String) throws -> [String] {
        try RuleHarness.findings(pack(options), document)
    }

    /// `outcome-rule@line:column-endColumn message` for the exact checks.
    static func detailed(_ document: String) throws -> [String] { try detailed(levels, document) }

    static func detailed(_ options: String, _ document: String) throws -> [String] {
        try RuleHarness.lint(pack(options), document).map { "\($0.rule)@\($0.line):\($0.column)-\($0.endColumn) \($0.message)" }
    }

    // MARK: Counting

    @Test func cleanNumberingHasNoFindings() throws {
        let document = """
            ---
            symbol: A/RES/80/12
            ---
            The General Assembly,

            1. Calls upon Member States to report;

            2. Requests the Secretary-General, within available resources:

            (a) To continue the practice of sending an annual note verbale;

            (b) To circulate annually a note verbale to Member States:

            (i) Detailing which reports were received;

            (ii) Detailing which were not;

            (c) To continue consultations with relevant international bodies;

            3. Decides to remain seized of the matter.

            52nd plenary meeting 1 December 2025
            """
        let found = try Self.findings(document)
        #expect(found == [])
    }

    @Test func gapIsReportedAtTheItemAfterIt() throws {
        let document = Self.document("1. Invites all States;", "2. Stresses the importance;", "4. Urges all States Parties;")
        let found = try Self.detailed(document)
        #expect(found == ["numbering/paragraphs@6:1-2 item 4 follows 2: missing 3"])
    }

    @Test func countingGoesOnFromTheLabelAfterAGap() throws {
        let document = Self.document("1. One;", "2. Two;", "5. Five;", "6. Six;", "7. Seven.")
        let found = try Self.detailed(document)
        #expect(found == ["numbering/paragraphs@6:1-2 item 5 follows 2: missing 3 and 4"])
    }

    @Test func duplicateIsReportedAtTheSecondItem() throws {
        let document = Self.document("1. One;", "2. Two;", "2. Two again;", "3. Three.")
        let found = try Self.detailed(document)
        #expect(found == ["numbering/paragraphs@6:1-2 item 2 is repeated: expected 3"])
    }

    @Test func itemOutOfOrderFollowsTheGapItLeft() throws {
        let document = Self.document("1. One;", "2. Two;", "4. Four;", "3. Three;", "5. Five.")
        let found = try Self.detailed(document)
        #expect(found == [
            "numbering/paragraphs@6:1-2 item 4 follows 2: missing 3",
            "numbering/paragraphs@7:1-2 item 3 is out of order after 4: expected 5",
        ])
    }

    @Test func firstItemOtherThanStartIsAGap() throws {
        let document = Self.document("The General Assembly,", "2. Stresses;", "3. Urges.")
        let found = try Self.detailed(document)
        #expect(found == ["numbering/paragraphs@5:1-2 item 2 follows the start of the list: missing 1"])
    }

    @Test func startSetsTheFirstLabel() throws {
        let options = #"""
            pattern: '^([0-9]+)\.\s'
            labels: arabic
            start: 0
            """#
        #expect(try Self.findings(options, Self.document("0. Zero;", "1. One.")).isEmpty)
        let found = try Self.findings(options, Self.document("1. One;", "2. Two."))
        #expect(found == ["numbering/paragraphs@4"])
    }

    @Test func multiDigitLabelsSpanTheirColumnsAndALevelHasItsOwnStart() throws {
        let options = Self.levels.replacing("labels: arabic", with: "labels: arabic\n    start: 8")
        let document = Self.document("8. Eight;", "9. Nine;", "10. Ten;", "12. Twelve.")
        let found = try Self.detailed(options, document)
        #expect(found == ["numbering/paragraphs@7:1-3 item 12 follows 10: missing 11"])
    }

    // MARK: Restart and zones

    @Test func restartStartsEveryCountAgain() throws {
        let options = Self.levels + "\nrestart: '^(Annex|ANNEX)$'"
        let document = Self.document("1. Endorses the declaration;", "2. Expresses its gratitude.", "Annex",
                                     "1. We, the Heads of State, met in Awaza;", "(a) Structural transformation;",
                                     "2. We recall the Programme of Action.")
        #expect(try Self.findings(options, document).isEmpty)
        // Without `restart`, the annex's 1 repeats the resolution's.
        let found = try Self.findings(Self.document("1. Endorses;", "2. Expresses.", "Annex", "1. We met."))
        #expect(found == ["numbering/paragraphs@7"])
    }

    @Test func footnotesAfterAPageBreakAreLeftOutByTheirZone() throws {
        let numbering = #"""
            pattern: '^([0-9]{1,3})\.?\s'
            labels: arabic
            """#
        let document = """
            ---
            symbol: A/RES/80/35
            ---
            1. Invites all States that are not party to the Convention to accede to it;

            2. Stresses the importance of the full and effective implementation of the Convention;

            3. Expresses strong concern regarding the use of anti-personnel mines;
            ---

            1 United Nations, Treaty Series, vol. 2056, No. 35597.

            4. Urges all States Parties to provide the Secretary-General with information;
            """
        #expect(try Self.findings(numbering + "\noutside-zone: footnotes", document).isEmpty)
        // The same rule reading every line takes the footnote for a repeated paragraph 1.
        let found = try Self.detailed(numbering, document)
        #expect(found == ["numbering/paragraphs@11:1-2 item 1 is repeated: expected 4"])
    }

    // MARK: Nesting

    @Test func subparagraphsCountAgainInEachParagraph() throws {
        let document = Self.document("1. Decides:", "(a) First;", "(b) Second;", "2. Requests:", "(a) First;", "(b) Second;",
                                     "(d) Fourth;", "3. Decides.")
        let found = try Self.detailed(document)
        #expect(found == ["numbering/paragraphs@10:2-3 item d follows b: missing c"])
    }

    @Test func subparagraphFirstOtherThanAIsAGapAtItsLevel() throws {
        // A real extraction defect: the labels of (a) and (b) were lost (A/RES/80/12).
        let options = Self.levels + "\nmessage: '{level}: {found} after {previous}, missing {missing}'"
        let document = Self.document("1. Requests the Secretary-General:", "To continue the practice;", "To circulate annually;",
                                     "(c) To continue consultations;", "(d) To encourage;", "2. Encourages Member States.")
        let found = try Self.detailed(options, document)
        #expect(found == ["numbering/paragraphs@7:2-3 2: c after the start of the list, missing a and b"])
    }

    @Test func romanItemsCountWithinTheirSubparagraph() throws {
        let document = Self.document("1. Decides:", "(a) First:", "(i) One;", "(ii) Two;", "(b) Second:", "(i) One;",
                                     "(iii) Three;", "2. Requests.")
        let found = try Self.detailed(document)
        #expect(found == ["numbering/paragraphs@10:2-5 item iii follows i: missing ii"])
    }

    // MARK: Alpha or roman

    @Test func iAfterHStaysAlpha() throws {
        // A/RES/80/51, paragraph 3: (a) to (i), then the next paragraph.
        let items = "abcdefghij".map { "(\($0)) Item;" }
        let document = Self.document(["1. Calls upon all States;", "2. Acknowledges;", "3. Declares that:"] + items + ["4. Notes."])
        let found = try Self.findings(document)
        #expect(found == [])
    }

    @Test func iAfterANests() throws {
        let document = Self.document("1. Decides:", "(a) First:", "(i) One;", "(ii) Two;", "(b) Second;", "(c) Third:",
                                     "(i) One;", "(v) Five;", "2. Requests.")
        let found = try Self.detailed(document)
        #expect(found == ["numbering/paragraphs@11:2-3 item v follows i: missing ii to iv"])
    }

    @Test func ambiguousLabelWithAGapGoesToTheNearestCount() throws {
        // (v) is both alpha and roman; after (iii) the roman count is the one it nearly continues.
        let document = Self.document("1. Decides:", "(a) First:", "(i) One;", "(ii) Two;", "(iii) Three;", "(v) Five;", "(b) Second.")
        let found = try Self.detailed(document)
        #expect(found == ["numbering/paragraphs@9:2-3 item v follows iii: missing iv"])
    }

    @Test func continuingTheDeepestCountWinsOverTheCountAbove() throws {
        // After (u) and (i)…(iv), (v) continues the roman count; the next (v) is the alpha one.
        let alpha = "abcdefghijklmnopqrstu".map { "(\($0)) Item;" }
        let roman = ["i", "ii", "iii", "iv", "v"].map { "(\($0)) Sub-item;" }
        let document = Self.document(["1. Decides:"] + alpha + roman + ["(v) Item;", "(w) Item;", "2. Requests."])
        let found = try Self.findings(document)
        #expect(found == [])
    }

    @Test func iAfterAMissingHOpensARomanCount() throws {
        // (g), then (i) with (h) lost: (i) reads as the first roman item, so the gap shows at (j).
        let document = Self.document("1. Decides:", "(f) Sixth;", "(g) Seventh;", "(i) Ninth;", "(j) Tenth.")
        let found = try Self.detailed(document)
        #expect(found == [
            "numbering/paragraphs@5:2-3 item f follows the start of the list: missing a to e",
            "numbering/paragraphs@8:2-3 item j follows g: missing h and i",
        ])
    }

    @Test func doubledLettersFollowZ() throws {
        let options = #"""
            pattern: '^\(([a-z]{1,2})\)\s'
            labels: alpha
            """#
        let items = "abcdefghijklmnopqrstuvwxyz".map { "(\($0)) Item;" }
        #expect(try Self.findings(options, Self.document(items + ["(aa) Item;", "(bb) Item."])).isEmpty)
        let found = try Self.detailed(options, Self.document(items + ["(bb) Item."]))
        #expect(found == ["numbering/paragraphs@30:2-4 item bb follows z: missing aa"])
    }

    @Test func labelsThatAreNotWellFormedAreNotItems() throws {
        // `(ab)` is no alpha label and `(iiii)` no roman one: neither line is an item.
        let document = Self.document("1. Decides:", "(a) First;", "(ab) Not an item;", "(i) One;", "(iiii) Not an item;", "(ii) Two;", "(b) Second.")
        let found = try Self.findings(document)
        #expect(found == [])
    }

    // MARK: Labels and placeholders

    @Test func upperCaseRomanSectionsAreNamedInUpperCase() throws {
        let options = #"""
            pattern: '^([IVXLC]+)\.\s'
            labels: roman
            message: 'section {found} (level {level}) comes after {previous}; {expected} expected'
            """#
        let document = Self.document("I. Global context", "II. Implementation", "IV. Conclusion")
        let found = try Self.detailed(options, document)
        #expect(found == ["numbering/paragraphs@6:1-3 section IV (level 1) comes after II; III expected"])
    }

    @Test func namedLabelGroupAndColumnsAfterMultiByteText() throws {
        let options = #"""
            pattern: '^(§+) (?<label>[0-9]+)\.'
            labels: arabic
            """#
        let document = Self.document("§ 1. Scope", "§ 2. Terms", "§ 4. Entry into force")
        let found = try Self.detailed(options, document)
        #expect(found == ["numbering/paragraphs@6:3-4 item 4 follows 2: missing 3"])
    }

    @Test func arabicIndicDigitsCount() throws {
        let options = #"""
            pattern: '^([0-9٠-٩]+) - '
            labels: arabic
            """#
        let document = Self.document("١ - تدعو جميع الدول", "٢ - تؤكد أهمية", "٤ - تحث جميع الدول")
        let found = try Self.detailed(options, document)
        #expect(found == ["numbering/paragraphs@6:1-2 item ٤ follows 2: missing 3"])
    }

    @Test func reportsGiveEachOutcomeItsOwnID() throws {
        let options = Self.levels + """

            reports:
              gap: { id: numbering/gap }
              duplicate: { id: numbering/duplicate, severity: warning }
              out-of-order: { id: numbering/out-of-order, message: '{found} before {expected}' }
            """
        let document = Self.document("1. One;", "3. Three;", "3. Three again;", "2. Two;", "4. Four.")
        let diagnostics = try RuleHarness.lint(Self.pack(options), document)
        #expect(diagnostics.map { "\($0.rule)@\($0.line) \($0.severity) \($0.message)" } == [
            "numbering/gap@5 error item 3 follows 1: missing 2",
            "numbering/duplicate@6 warning item 3 is repeated: expected 4",
            "numbering/out-of-order@7 error 2 before 4",
        ])
    }

    @Test func reportsCanSwitchAnOutcomeOff() throws {
        let options = Self.levels + "\nreports:\n  duplicate: { severity: off }"
        let document = Self.document("1. One;", "1. One again;", "3. Three.")
        let found = try Self.findings(options, document)
        #expect(found == ["numbering/paragraphs@6"])
    }

    @Test func filterKeysChooseTheLines() throws {
        // Numbered lines of the preamble are not the operative paragraphs.
        let options = Self.levels + "\nafter: '^The General Assembly,$'"
        let document = Self.document("80/35. Implementation of the Convention", "The General Assembly,", "1. Invites;", "2. Stresses.")
        #expect(try Self.findings(options, document).isEmpty)
        let found = try Self.findings(Self.document("80/35. Implementation", "5. Stray line", "The General Assembly,", "1. Invites."))
        #expect(found == ["numbering/paragraphs@5", "numbering/paragraphs@7"])
    }

    @Test func documentedExampleReportsWhatTheDocsSay() throws {
        // The example of docs/kinds/sequence.md.
        let pack = #"""
            zones:
              footnotes: { start: '^---$', lines: '^[0-9]{1,3} \S' }

            rules:
              - id: numbering/paragraphs
                kind: sequence
                description: Operative paragraphs and their subparagraphs count without gaps or repeats.
                levels:
                  - pattern: '^([0-9]+)\.\s'
                    labels: arabic
                  - pattern: '^\(([a-z]{1,2})\)\s'
                    labels: alpha
                  - pattern: '^\(([ivxlc]+)\)\s'
                    labels: roman
                restart: '^(Annex|ANNEX)$'
                outside-zone: footnotes
                reports:
                  gap: { id: numbering/gap }
                  duplicate: { id: numbering/duplicate }
                  out-of-order: { id: numbering/out-of-order }
            """#
        let document = Self.document(
            "1. Invites all States that are not party to the Convention to accede to it;",
            "2. Requests the Secretary-General:",
            "(a) To continue consultations;",
            "(i) With Member States;",
            "(ii) With regional organizations;",
            "(c) To report to the General Assembly;",
            "---",
            "",
            "1 United Nations, Treaty Series, vol. 2056, No. 35597.",
            "",
            "2. Decides to remain seized of the matter.")
        let found = try RuleHarness.lint(pack, document).map { "\($0.rule)@\($0.line):\($0.column) \($0.message)" }
        #expect(found == [
            "numbering/gap@9:2 item c follows a: missing b",
            "numbering/duplicate@14:1 item 2 is repeated: expected 3",
        ])
    }
}
