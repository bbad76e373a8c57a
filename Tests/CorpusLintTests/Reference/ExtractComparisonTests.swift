import Foundation
import Testing
@testable import CorpusLint

@Suite struct ExtractComparisonTests {
    static func document(_ path: String, _ body: String, symbol: String = "A/RES/80/5") -> Document {
        Document(path: path, bytes: Array("---\nsymbol: \(symbol)\nlanguage: EN\n---\n\(body)".utf8))
    }

    static func compare(_ newer: String, _ reference: String) -> [String] {
        ExtractComparison(newer: document("new.md", newer), reference: document("old.md", reference)).diagnostics()
            .map { "\($0.rule)@\($0.line)" }
    }

    static let reference = """
        18. Decides to promote:

        (a) Inclusive social protection systems;

        (b) Decent work for all, in line with the goals of disability-inclusive development;

        (c) Universal health coverage;

        19. Requests the Secretary-General to report on the implementation of the present resolution.
        """

    @Test func theSameTextLosesNothing() {
        #expect(Self.compare(Self.reference, Self.reference).isEmpty)
        // Line breaks, spacing and a layout's page furniture moved around do not count as a loss.
        let rewrapped = Self.reference.replacingOccurrences(of: "in line with the goals", with: "in line\nwith the goals")
        #expect(Self.compare(rewrapped, Self.reference).isEmpty)
    }

    @Test func lostWordsLabelsAndParagraphsAreReportedWhereTheyBelong() {
        let newer = """
            18. Decides to promote:

            (a) Inclusive social protection systems;

            Decent work for all, in line with the goals of disability-inclusive
            """
        #expect(Self.compare(newer, Self.reference) == [
            "reference/lost-text@9",        // “development; (c) Universal health coverage; 19. Requests …”
            "reference/lost-label@7",       // (b), after (a) at line 7
            "reference/lost-label@7",       // (c)
            "reference/lost-paragraph@7",   // 19
        ])
    }

    /// A running header the reference printed on every page and the newer extract dropped is no loss.
    @Test func furnitureLostEverywhereIsNotText() {
        let header = "A/RES/80/5 Doha Political Declaration of the Summit"
        let pages = (1...3).map { "Paragraph \($0) holds its own words about topic number \($0) and more." }
        let old = pages.joined(separator: "\n\(header)\n25-17700\n")
        #expect(Self.compare(pages.joined(separator: "\n"), old).isEmpty)
    }

    /// A loss is found and placed the same way in a text eight times longer (each text has its own
    /// runs of words: no quadratic alignment is needed to place it).
    @Test func aLossIsPlacedInLongTextsAsInShortOnes() {
        func body(_ paragraphs: Int) -> String {
            (1...paragraphs).map { "\($0). Decides that item \($0) of the list, word\($0) and term\($0 * 7), is agreed;" }.joined(separator: "\n\n")
        }
        let small = body(200), large = body(1600)
        let smallWords = ExtractComparison.words(Self.document("a", small)).count
        let largeWords = ExtractComparison.words(Self.document("a", large)).count
        #expect(largeWords >= 7 * smallWords)
        // Paragraph 100 dropped: reported after paragraph 99, at line 4 + 2 × 99 - 1.
        let cut = { (text: String, n: Int) in text.replacingOccurrences(of: "\(n). Decides that item \(n) of the list, word\(n) and term\(n * 7), is agreed;", with: "") }
        #expect(Self.compare(cut(small, 100), small).contains("reference/lost-paragraph@201"))
        #expect(Self.compare(cut(large, 100), large).contains("reference/lost-paragraph@201"))
    }

    @Test func documentsArePairedByTheirKeyFields() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "---\nsymbol: A/RES/80/5\nlanguage: EN\n---\n\(Self.reference)\n"
        try text.write(to: folder.appendingPathComponent("any-name.txt"), atomically: true, encoding: .utf8)
        let corpus = ReferenceCorpus(directory: folder.path)
        #expect(corpus.count == 1)
        let newer = Self.document("new.md", "18. Decides to promote:\n")
        #expect(!corpus.compare(newer).isEmpty)
        #expect(corpus.compare(Self.document("new.md", "18. Decides to promote:\n", symbol: "A/RES/80/6")).isEmpty)
        let french = Document(path: "fr.md", bytes: Array("---\nsymbol: A/RES/80/5\nlanguage: FR\n---\n18. Décide\n".utf8))
        #expect(corpus.compare(french).isEmpty)
    }
}
