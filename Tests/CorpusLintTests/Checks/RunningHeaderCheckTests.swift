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

    /// Layouts that join the header's lines print `A/RES/80/9 Short title` with no furniture: the
    /// short title is learned beside the symbol on three lines, then found alone and merged.
    @Test func aShortTitleBesideTheSymbolIsLearned() throws {
        var body = "80/9. The 2025 Political Declaration on trafficking in persons\n\n"
        for page in 2...4 { body += "text of page \(page - 1);\n\n" + (page % 2 == 0 ? "A/RES/80/9 Combating human trafficking" : "Combating human trafficking A/RES/80/9") + "\n\n" }
        body += "text of page 4;\n\nCombating human trafficking\n\nthe sentence A/RES/80/9 Combating human trafficking goes on;\n"
        let found = try Self.lint(body)
        #expect(found.filter { $0.contains("Combating human trafficking") }.count == 5, "\(found)")
        #expect(found.contains { $0.hasPrefix("20:1-") && $0.hasSuffix("left in the text") })
        #expect(found.contains { $0.hasPrefix("22:14-") && $0.hasSuffix("merged into the text") })
        // Beside the symbol twice only, the phrase is not learned (the default asks for three).
        let twice = body.replacingOccurrences(of: "Combating human trafficking A/RES/80/9", with: "A/RES/80/9")
        #expect(try Self.lint(twice).filter { $0.contains("Combating human trafficking") && !$0.contains("A/RES/80/9") }.isEmpty)
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

    /// An annex's title cut by a page turn after its first lines goes on at the next page's top,
    /// past the page's foot, its furniture and its header (the symbol, and the title's first line
    /// printed right under it): the rest of the annex's title, not a header. The header's lines
    /// still are.
    @Test func anAnnexTitleCutByAPageTurnGoesOnPastTheHeader() throws {
        let lines = ["Trafficking in persons and the protection of", "victims of all forms of exploitation and abuse",
                     "in the context of migration and displacement"]
        let title = "80/9. " + lines.joined(separator: "\n") + "\n\n1. Decides;\n\n"
        // The page's foot leaves blank lines; the next page's top: symbol, header, furniture.
        let pageTurn = "\n\n\n\nA/RES/80/9\n\(lines[0])\n\n25-19346\n2/4\n\n"
        let cut = title + "Annex\n\n\(lines[0])\n\(lines[1])\n" + pageTurn + "\(lines[2])\n\nThe annex text.\n"
        let found = try Self.lint(cut).map { $0.prefix(while: { $0 != ":" }) }
        #expect(found == ["18", "19"], "the symbol and the header under it, not the annex title's last line (24)")
        // After a title printed whole, the same line at the page's top is no title's: a header's.
        let whole = title + "Annex\n\n" + lines.joined(separator: "\n") + "\n" + pageTurn + "\(lines[2])\n\nThe annex text.\n"
        #expect(try Self.lint(whole).map { $0.prefix(while: { $0 != ":" }) } == ["19", "20", "25"])
    }

    @Test func aRuleNeedsASymbolOrATitle() {
        let pack = "rules:\n  - id: a/b\n    kind: running-header\n    page-furniture: ['x']\n"
        #expect(RuleHarness.errors(pack) == ["rules/test/pack.yml:2:5: a running header needs `symbol` or `title` (or both)"])
    }
}
