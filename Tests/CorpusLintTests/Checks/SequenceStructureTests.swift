import Testing
@testable import CorpusLint

/// Declared structure in sequence rules: restart headings, nested lists, inline labels, letters
/// of other scripts, inserted items and ranges, through the real engine.
@Suite struct SequenceStructureTests {
    static let unLike = #"""
        rules:
          - id: numbering/paragraphs
            kind: sequence
            levels:
              - pattern: '^([0-9]{1,3})(?:\.| -)\s'
                labels: arabic
              - pattern: '^(?|\(?([a-z]{1,2})\)|\(?([абвгдежзиклмнопрстуфхцчшщэюя])\)|\(([\x{0621}-\x{064A}]\x{0640}?)\))\s'
                labels: alpha
                inline: '(?<=\s)\(([a-z])\)(?=\s)'
            restart:
              - '^(?:Annex|Article|Rule|Chapter)(?:\s|$)'
              - '^(?:Статья|Правило)(?:\s|$)'
            nested-after: ':\s*$'
        """#

    static func body(_ lines: [String]) -> String { "---\na: 1\n---\n" + lines.joined(separator: "\n") + "\n" }

    @Test func articlesAndRulesOpenANewCount() throws {
        let document = Self.body(["Article 1", "1. First;", "2. Second;", "Article 2", "1. First;", "Статья 3", "1. Первый;",
                                  "Rule 4", "1. Once;", "3. Lost one;"])
        #expect(try RuleHarness.findings(Self.unLike, document) == ["numbering/paragraphs@13"])
    }

    @Test func aListNestedInAParagraphEndsWhereTheParagraphsGoOn() throws {
        let document = Self.body(["1. Recalls;", "2. Decides that the objectives are:", "1. To act;", "2. To report;",
                                  "3. To review.", "3. Requests;", "4. Decides;"])
        #expect(try RuleHarness.findings(Self.unLike, document) == [])
        // Without the colon, `1.` after `7.` is a number out of place.
        let plain = Self.body(["1. Recalls.", "2. Decides.", "1. To act;", "3. Requests;"])
        #expect(try RuleHarness.findings(Self.unLike, plain) == ["numbering/paragraphs@6"])
        // A nested list that loses an item is still reported.
        let lossy = Self.body(["1. Decides that:", "1. To act;", "3. To review.", "2. Requests;"])
        #expect(try RuleHarness.findings(Self.unLike, lossy) == ["numbering/paragraphs@6"])
        // A paragraph lost right after a nested list: the gap is in the paragraphs, the nearer count.
        let afterList = Self.body(["1. Recalls;", "2. Notes;", "3. Welcomes;", "4. Decides;", "5. Adopts the objectives:",
                                   "1. First;", "2. Second;", "3. Third;", "4. Fourth.", "7. Requests;"])
        let gap = try RuleHarness.lint(Self.unLike, afterList)
        #expect(gap.map(\.line) == [13])
        #expect(gap.first?.message == "item 7 follows 5: missing 6")
    }

    @Test func anInlineListWrappedOntoALineIsNoGap() throws {
        let document = Self.body(["1. Decides to (a) convene a meeting, and", "(b) to report;", "(c) to review;"])
        #expect(try RuleHarness.findings(Self.unLike, document) == [])
        let lost = Self.body(["1. Decides to convene a meeting, and", "(b) to report;"])
        #expect(try RuleHarness.findings(Self.unLike, lost) == ["numbering/paragraphs@5"])
    }

    @Test func cyrillicAndArabicLettersCountInTheirOwnAlphabet() throws {
        let russian = Self.body(["1. Постановляет:", "а) первое;", "б) второе;", "в) третье;", "д) пятое;"])
        let findings = try RuleHarness.lint(Self.unLike, russian)
        #expect(findings.map(\.line) == [8])
        #expect(findings.first?.message == "item д follows в: missing г")
        let arabic = Self.body(["1 - تقرر:", "(أ) الأول؛", "(ب) الثاني؛", "(ج) الثالث؛", "(د) الرابع؛", "(هـ) الخامس؛", "(و) السادس؛"])
        #expect(try RuleHarness.findings(Self.unLike, arabic) == [])
        // Russian drafting may skip з after ж.
        let skipping = Self.body(["1. Постановляет:", "е) шестое;", "ж) седьмое;", "и) девятое;"].enumerated().map { $0.offset == 1 ? "а) первое;\nб) второе;\nв) третье;\nг) четвёртое;\nд) пятое;\n" + $0.element : $0.element })
        #expect(try RuleHarness.findings(Self.unLike, skipping) == [])
    }

    @Test func aLetterTypedInTheOtherScriptFollowsItsList() throws {
        // `с)` below is Cyrillic, in a Latin list: read as c.
        let document = Self.body(["1. Decides:", "a) first;", "b) second;", "с) third;", "d) fourth;"])
        #expect(try RuleHarness.findings(Self.unLike, document) == [])
    }

    static let lossy = #"""
        rules:
          - id: numbering/paragraphs
            kind: sequence
            levels:
              - pattern: '^([0-9]{1,3})\.\s'
                labels: arabic
              - pattern: '^\(([a-z]{1,2})\)\s'
                labels: alpha
                unlabelled: '^\p{Lu}[^:]*;\s*$'
            nested-after: ':\s*$'
            message: "{count} items after line {line} lost their labels"
        """#

    @Test func aListThatLostItsLabelsIsReportedOnceAtItsFirstItem() throws {
        let document = Self.body(["1. Requests the Secretary-General:", "To continue consultations;", "To report;",
                                  "To review;", "2. Decides:", "(a) To act;", "To wait;", "To see;"])
        let findings = try RuleHarness.lint(Self.lossy, document)
        #expect(findings.map { "\($0.line):\($0.column)-\($0.endColumn)" } == ["5:1-27"])
        #expect(findings.first?.message == "3 items after line 4 lost their labels")
    }

    /// `(c)` alone kept of (a)–(c): the gap from the list's start is the one finding, at `(c)`.
    @Test func aListThatKeptALaterLabelIsReportedOnceWhereItSurvives() throws {
        let document = Self.body(["1. Requests the Secretary-General:", "To continue consultations;", "To report;",
                                  "(c) To review;", "2. Decides:", "To act;", "To wait;", "3. Notes;"])
        let pack = Self.lossy.replacingOccurrences(of: #"message: "{count} items after line {line} lost their labels""#,
                                                   with: "reports: { gap: { id: x/gap }, unlabelled: { id: x/lost } }")
        #expect(try RuleHarness.findings(pack, document) == ["x/gap@7", "x/lost@9"])
    }

    @Test func soundListsAndSingleSentencesAreNotLostLabels() throws {
        // A nested numbered list, a colon before one sentence, a quotation, a colon before the
        // first item, and the end of the document after a single item-like line.
        let document = Self.body(["1. Decides that the objectives are:", "1. To act;", "2. To report;",
                                  "2. Notes that:", "The report is out;", "3. Decides to amend rule 5 to read:",
                                  "“The Committee shall meet;", "“It shall report;", "4. Requests:", "Once;"])
        #expect(try RuleHarness.findings(Self.lossy, document) == [])
        // Lost labels at the very end of a document are reported too.
        let atTheEnd = Self.body(["1. Requests:", "To act;", "To report;"])
        #expect(try RuleHarness.findings(Self.lossy, atTheEnd) == ["numbering/paragraphs@5"])
    }

    static let statute = #"""
        rules:
          - id: statute/numbering
            kind: sequence
            levels:
              - pattern: '^#* ?(?:§§?|Art\.?) (?<label>[0-9]+(?:[a-z]{1,2}\b| (?:bis|ter)\b(?! [0-9]))?)(?: bis (?<last>[0-9]+))?\b'
                labels: arabic
                inserted: true
              - pattern: '^\((?<label>[0-9]+[a-z]?)\)(?: bis \((?<last>[0-9]+)\))?'
                labels: arabic
                inserted: true
        """#

    @Test func aStatuteWithInsertionsRangesAndRepeals() throws {
        let document = Self.body([
            "§ 1 Scope", "(1) One.", "(2) Two.", "(2a) Inserted.", "(3) Three.",
            "§ 2 Terms", "(1) One.", "(2) bis (4) (weggefallen)", "(5) Five.",
            "§ 3", "§ 3a Inserted", "§ 3b Inserted too", "§ 4", "§ 5 (weggefallen)",
            "§§ 6 bis 8 (weggefallen)", "Art. 9 Final", "(1) One.", "§ 11 Lost ten",
        ])
        let findings = try RuleHarness.lint(Self.statute, document)
        #expect(findings.map(\.line) == [21])
        #expect(findings.first?.message == "item 11 follows 9: missing 10")
    }

    @Test func optionMistakesAreAnsweredAtTheirPosition() {
        let inserted = "rules:\n  - id: numbering/x\n    kind: sequence\n    pattern: '^\\(([a-z])\\)'\n    labels: alpha\n    inserted: true\n"
        #expect(RuleHarness.errors(inserted) == ["rules/test/pack.yml:6:15: `inserted` is for arabic labels (`9a` after `9`), not alpha"])
        let inline = "rules:\n  - id: numbering/x\n    kind: sequence\n    pattern: '^\\(([a-z])\\)'\n    labels: alpha\n    inline: '\\([a-z]\\)'\n"
        #expect(RuleHarness.errors(inline) == ["rules/test/pack.yml:6:13: `inline` must capture the label, as group 1"])
        let restart = "rules:\n  - id: numbering/x\n    kind: sequence\n    pattern: '^([0-9]+)\\.'\n    labels: arabic\n    restart: ['^Annex', [1]]\n"
        #expect(RuleHarness.errors(restart) == ["rules/test/pack.yml:6:25: `restart` must be a regular expression or a list of them"])
    }

    static let threeLevels = #"""
        rules:
          - id: numbering/paragraphs
            kind: sequence
            levels:
              - pattern: '^([0-9]{1,3})\.\s'
                labels: arabic
              - pattern: '^\(([a-z]{1,2})\)\s'
                labels: alpha
              - pattern: '^\(([ivx]{1,6})\)\s'
                labels: roman
            nested-after: ':\s*$'
        """#

    /// `(i)` after `(h)` is the ninth letter, unless `(h)` announces a list: then it opens roman items.
    @Test func anAnnouncedListTakesTheAmbiguousLabelAsItsStart() throws {
        let letters = ["(a) A;", "(b) B;", "(c) C;", "(d) D;", "(e) E;", "(f) F;", "(g) G;"]
        let announced = Self.body(["1. Decides:"] + letters + ["(h) H, as follows:", "(i) One;", "(ii) Two;", "(i) I;", "(j) J;", "2. Requests;"])
        #expect(try RuleHarness.findings(Self.threeLevels, announced) == [])
        let running = Self.body(["1. Decides:"] + letters + ["(h) H;", "(i) I;", "(j) J;", "2. Requests;"])
        #expect(try RuleHarness.findings(Self.threeLevels, running) == [])
        // A roman item lost in the announced list is still found.
        let lossy = Self.body(["1. Decides:"] + letters + ["(h) H, as follows:", "(i) One;", "(iii) Three;", "(i) I;"])
        #expect(try RuleHarness.findings(Self.threeLevels, lossy) == ["numbering/paragraphs@14"])
    }
}
