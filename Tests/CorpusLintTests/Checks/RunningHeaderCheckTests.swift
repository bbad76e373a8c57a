import Testing
@testable import CorpusLint

@Suite struct RunningHeaderCheckTests {
    static let pack = """
        rules:
          - id: body/title
            kind: extract
            name: title-line
            pattern: '^[0-9]+/[0-9]+\\. (.+)$'
            join-lines: true
          - id: extraction/running-header
            kind: running-header
            symbol: symbol
            title: $title-line
            page-furniture: ['^[0-9]{2}-[0-9]{5}$', '^[0-9]{1,3}/[0-9]{1,3}$']
            unless-previous-line: '^Annex'
        """

    static func lint(_ body: String, symbol: String = "A/RES/80/9") throws -> [String] {
        try RuleHarness.lint(Self.pack, "---\nsymbol: \(symbol)\n---\n\(body)").map { "\($0.line):\($0.column)-\($0.endColumn ?? 0) \($0.message)" }
    }

    /// The header glued to a paragraph: only its words are the finding.
    @Test func aHeaderMergedIntoAParagraphIsReportedOverItsWords() throws {
        let body = "80/9. Trafficking in persons\n\n1. Decides;\n\nTrafficking in persons A/RES/80/9 2. Requests a report;\n"
        #expect(try Self.lint(body) == ["8:1-34 running page header `Trafficking in persons A/RES/80/9` merged into the text"])
    }

    /// A symbol cited inside a sentence, with no title beside it, is the text citing itself.
    @Test func aSymbolCitedInASentenceIsNotAHeader() throws {
        let body = "80/9. Trafficking in persons\n\n1. Recalls document A/RES/80/9 of last year as adopted;\n"
        #expect(try Self.lint(body).isEmpty)
    }

    /// A short title that is no piece of the title, printed beside the page furniture of three pages.
    @Test func aShortTitleRepeatedAtPageTopsIsLearned() throws {
        var body = "80/9. The 2025 Political Declaration on trafficking in persons, adopted at the high-level meeting\n\n"
        for page in 2...4 {
            body += "text of page \(page - 1) that goes on\nA/RES/80/9\nDeclaration on trafficking\n25-19346\n\(page)/4\nand ends on page \(page);\n"
        }
        let found = try Self.lint(body)
        #expect(found.filter { $0.contains("`Declaration on trafficking`") }.count == 3)
        #expect(found.filter { $0.contains("`A/RES/80/9`") }.count == 3)
        #expect(!found.contains { $0.contains("text of page") || $0.contains("ends on page") })
    }

    /// Seen twice only, a line beside the furniture may be text: the default asks for three pages.
    @Test func aLineSeenTwiceIsNotLearned() throws {
        var body = "80/9. The 2025 Political Declaration on trafficking in persons\n\n"
        for page in 2...3 { body += "text\nA/RES/80/9\nRecalling its resolutions\n25-19346\n\(page)/3\n" }
        #expect(try Self.lint(body).allSatisfy { !$0.contains("Recalling") })
    }

    /// The annex that prints the resolution's title under its heading, and the masthead above the
    /// title line, are not headers.
    @Test func anAnnexTitleAndTheMastheadAreNotHeaders() throws {
        let body = "Agenda item 74\nTrafficking in persons\nA/RES/80/9\n80/9. Trafficking in persons\n\n1. Decides;\n\nAnnex\nTrafficking in persons\n"
        #expect(try Self.lint(body).isEmpty)
    }

    @Test func aRuleNeedsASymbolOrATitle() {
        let pack = "rules:\n  - id: a/b\n    kind: running-header\n    page-furniture: ['x']\n"
        #expect(RuleHarness.errors(pack) == ["rules/test/pack.yml:2:5: a running header needs `symbol` or `title` (or both)"])
    }
    /// The cheap test that turns lines away before their words are worked out must keep every
    /// line the word-by-word reading could call header: one that starts or ends with a header
    /// word, or holds a symbol in any case (the Kelvin sign lowercases to an ASCII `k`).
    @Test func theQuickTestKeepsEveryLineThatCouldBeHeader() {
        let header = HeaderWords(symbols: [HeaderWords.words("A/RES/80/1")], titles: [HeaderWords.words("Participation by the State of Palestine")])
        func concerns(_ line: String) -> Bool {
            let bytes = Array(line.utf8)
            return bytes.withUnsafeBufferPointer { header.mayConcern($0, 0..<bytes.count) }
        }
        #expect(concerns("Participation by the State"))
        #expect(concerns("  ongoing work of the State of Palestine  "))
        #expect(concerns("the text a/res/80/1 cites"))
        #expect(concerns("the text A/RES/80/1."))
        #expect(concerns("PALESTINE"))
        #expect(concerns("mar\u{212A}ed text here"))
        #expect(!concerns("Decides to include in the provisional agenda of its eighty-first session;"))
        #expect(!concerns("   "))
        // The ends are read on bytes where they are ASCII; a non-ASCII space or letter at an end
        // sends the line to the reading on Unicode scalars, which must give the same answer.
        #expect(concerns("text of the State of Palestine\u{00A0}"), "a no-break space ends no word")
        #expect(concerns("\u{2003}Participation in it goes on"))
        #expect(!concerns("Decides to include it\u{00A0}"))
        #expect(!concerns("Décides to include it"))
        // Strings compare by canonical equivalence: the Greek question mark is a semicolon.
        let greek = HeaderWords(symbols: [], titles: [HeaderWords.words("Report\u{037E} annex")])
        let semicolon = Array("the report;".utf8)
        #expect(semicolon.withUnsafeBufferPointer { greek.mayConcern($0, 0..<semicolon.count) })
        // The symbol is looked for from its first byte that is no letter (`/`): at either end of
        // the line, in any case; a symbol of letters only is looked for at every byte.
        #expect(concerns("xA/RES/80/1 opens a line"))
        #expect(concerns("a line ends on a/Res/80/1."))
        #expect(!concerns("some text a/res/80/2 cites another day"))
        #expect(!concerns("a/res/80/ is cut"))
        let letters = HeaderWords(symbols: [HeaderWords.words("ABCD")], titles: [])
        for (line, expected) in [("the xabcdx text", true), ("the ABC text", false), ("abcd", true)] {
            let bytes = Array(line.utf8)
            #expect(bytes.withUnsafeBufferPointer { letters.mayConcern($0, 0..<bytes.count) } == expected, "\(line)")
        }
        let cyrillic = HeaderWords(symbols: [HeaderWords.words("А/РЕЗ/80/1")], titles: [])
        let plain = Array("nothing of it here".utf8)
        #expect(plain.withUnsafeBufferPointer { cyrillic.mayConcern($0, 0..<plain.count) }, "a symbol that is not ASCII turns no line away")
    }
}
