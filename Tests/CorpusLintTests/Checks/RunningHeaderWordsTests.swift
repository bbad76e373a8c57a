import Testing
@testable import CorpusLint

/// The words of a document's page header, and the quick test on a line's bytes built on them.
@Suite struct RunningHeaderWordsTests {
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
