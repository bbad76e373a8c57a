import Testing
@testable import CorpusLint

/// The title transforms build their result as UTF-8 bytes: what they keep of a text beyond ASCII
/// (letters, spaces of other scripts, words the table does not hold) must come out unchanged.
@Suite struct TextScalarsTests {
    @Test func collapsingKeepsEveryScalarButSpaceRuns() {
        #expect(TextScalars.collapsingSpaces("  a \t b\n") == "a b")
        #expect(TextScalars.collapsingSpaces("\u{3000}Côte\u{00A0}\u{00A0}d’Ivoire\u{2003}") == "Côte d’Ivoire")
        #expect(TextScalars.collapsingSpaces("Ελλάδα 😀  中国") == "Ελλάδα 😀 中国")
        #expect(TextScalars.collapsingSpaces(" \u{00A0} ").isEmpty)
    }

    @Test func wholeWordsAreReplacedAndTheRestKept() {
        let table = ["80th": "eightieth", "été": "summer"]
        #expect(TextScalars.replacingWords("the 80th session", table) == "the eightieth session")
        #expect(TextScalars.replacingWords("the 180th, l’été; 80th!", table) == "the 180th, l’summer; eightieth!")
        #expect(TextScalars.replacingWords("Ελλάδα 😀 80th", table) == "Ελλάδα 😀 eightieth")
        #expect(TextScalars.replacingWords("ÉTÉ été", table) == "ÉTÉ summer")
    }
}
