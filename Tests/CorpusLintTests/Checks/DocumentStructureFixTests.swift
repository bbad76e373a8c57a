import Testing
@testable import CorpusLint

@Suite struct DocumentStructureFixTests {
    static let pack = """
        rules:
          - id: core/byte-order-mark
            kind: document
            problems: [byte-order-mark]
          - id: core/line-endings
            kind: document
            problems: [cr-line-endings, mixed-line-endings, crlf-line-endings]
          - id: core/encoding
            kind: document
            problems: [invalid-utf8]
        """

    @Test func theByteOrderMarkGoes() throws {
        #expect(try FixHarness.fixed(Self.pack, "\u{FEFF}---\na: 1\n---\nText\n") == "---\na: 1\n---\nText\n")
        #expect(try FixHarness.offered(Self.pack, "\u{FEFF}---\na: 1\n---\n") == ["core/byte-order-mark: remove the byte-order mark (safe)"])
    }

    @Test func everyLineEndsWithLineFeed() throws {
        #expect(try FixHarness.fixed(Self.pack, "---\r\na: 1\r\n---\r\nText\r\n") == "---\na: 1\n---\nText\n")
        #expect(try FixHarness.fixed(Self.pack, "---\ra: 1\r---\rText\r") == "---\na: 1\n---\nText\n")
        #expect(try FixHarness.fixed(Self.pack, "---\na: 1\r\n---\rText\n") == "---\na: 1\n---\nText\n", "mixed")
    }

    @Test func editsAfterAByteOrderMarkCountTheMarksBytes() throws {
        // Both fixes in one pass: the line-ending edits land past the three bytes of the mark.
        let (text, outcome) = FixHarness.fixed(try RuleHarness.load(Self.pack), "\u{FEFF}---\r\na: 1\r\n---\r\n")
        #expect(text == "---\na: 1\n---\n")
        #expect(outcome.passes == 1)
        #expect(outcome.applied.count == 2)
    }

    @Test func aFileTheDecoderRepairedOffersNoFix() throws {
        var bytes = Array("---\r\na: 1\r\n---\r\nbad ".utf8)
        bytes.append(0xFF)
        bytes += Array("\r\n".utf8)
        let found = Linter(rules: try RuleHarness.load(Self.pack)).lint(path: "doc.md", bytes: bytes)
        #expect(found.map(\.rule).contains("core/line-endings"))
        #expect(found.allSatisfy { $0.fix == nil }, "an edit of the repaired text would land on other bytes")
    }
}
