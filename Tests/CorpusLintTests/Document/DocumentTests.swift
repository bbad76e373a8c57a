import Foundation
import Testing
import TestSupport
import YAML
@testable import CorpusLint

/// One test per trouble a real corpus has, each asserting the exact position reported.
@Suite struct DocumentTests {
    private func document(_ text: String) -> Document { Document(path: "t.md", bytes: Array(text.utf8)) }
    private func document(bytes: [UInt8]) -> Document { Document(path: "t.md", bytes: bytes) }
    private func problems(_ document: Document) -> [String] {
        document.problems.map { "\($0.kind.rawValue)@\($0.line):\($0.column)" }
    }

    static let valid = "---\nsymbol: A/RES/80/35\ndate: \"2025-12-03\"\n---\n\nUnited Nations\n"

    @Test func validDocumentHasFrontMatterAndBody() throws {
        let doc = document(Self.valid)
        #expect(doc.problems.isEmpty)
        #expect(doc.frontMatterClosingLine == 4)
        #expect(doc.bodyStartLine == 5)
        #expect(doc.lines.count == 6)
        #expect(doc.lineText(6) == "United Nations")
        let symbol = try #require(doc.frontMatter?["symbol"])
        #expect(symbol.scalarValue == "A/RES/80/35")
        #expect(symbol.start == Mark(line: 2, column: 9))
    }

    @Test func noFrontMatter() {
        let doc = document("United Nations\n\nText\n")
        #expect(problems(doc) == ["missing-front-matter@1:1"])
        #expect(doc.frontMatter == nil)
        #expect(doc.bodyStartLine == 1)
    }

    @Test func unterminatedFrontMatterDoesNotSwallowTheBody() {
        let doc = document("---\nsymbol: A/RES/80/1\ndate: \"2025-09-19\"\n\nUnited Nations\n\n1. Decides;\n---\n\n1 A footnote.\n")
        #expect(problems(doc) == ["unterminated-front-matter@1:1"])
        #expect(doc.frontMatter == nil)
        #expect(doc.frontMatterClosingLine == nil)
        #expect(doc.bodyStartLine == 4)
    }

    @Test func unterminatedFrontMatterWithoutBlankLine() {
        let doc = document("---\nsymbol: x\n")
        #expect(problems(doc) == ["unterminated-front-matter@1:1"])
        #expect(doc.bodyStartLine == 2)
    }

    @Test func frontMatterThatIsASequenceIsNotAMapping() {
        let doc = document("---\n- a\n- b\n---\nBody\n")
        #expect(problems(doc) == ["front-matter-not-a-mapping@2:1"])
        #expect(doc.frontMatter == nil)
        #expect(doc.bodyStartLine == 5)
    }

    @Test func frontMatterThatIsAScalarIsNotAMapping() {
        #expect(problems(document("---\n  just text\n---\n")) == ["front-matter-not-a-mapping@2:3"])
    }

    @Test func emptyFrontMatter() {
        #expect(problems(document("---\n---\nBody\n")) == ["empty-front-matter@1:1"])
        #expect(problems(document("---\n# only a comment\n---\nBody\n")) == ["empty-front-matter@1:1"])
    }

    @Test func yamlSyntaxErrorAtItsPosition() throws {
        let doc = document("---\nsymbol: A/RES/80/35\ntitle: \"Unclosed\ndate: \"2025-12-03\"\n---\nBody\n")
        let problem = try #require(doc.problems.first)
        #expect(problem.kind == .frontMatterSyntax)
        #expect((problem.line, problem.column) == (4, 8))
        #expect(problem.message.contains("did not find expected key"))
        #expect(doc.frontMatter == nil)
    }

    @Test func duplicateKeyAtItsSecondOccurrence() throws {
        let doc = document("---\nsymbol: A\ndate: \"x\"\nsymbol: B\n---\n")
        #expect(problems(doc) == ["duplicate-key@4:1"])
        #expect(doc.problems[0].message == "key `symbol` is already defined at line 2")
        // The mapping is still available: other checks go on.
        #expect(doc.frontMatter?["date"]?.scalarValue == "x")
    }

    @Test func severalYAMLDocumentsInTheFrontMatter() {
        let doc = document("---\na: 1\n...\n---\n")
        // `...` closes the block (line 3), so the second `---` is the body's first page break.
        #expect(doc.problems.isEmpty)
        #expect(doc.frontMatterClosingLine == 3)
        #expect(doc.bodyStartLine == 4)
    }

    @Test func byteOrderMarkIsReportedAndPositionsStayThoseOfTheEditor() throws {
        let doc = document(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.valid.utf8))
        #expect(problems(doc) == ["byte-order-mark@1:1"])
        #expect(doc.frontMatter?["symbol"]?.start == Mark(line: 2, column: 9))
        #expect(doc.text.first == UInt8(ascii: "-"))
    }

    @Test func bomOnlyFileIsEmpty() {
        let doc = document(bytes: [0xEF, 0xBB, 0xBF])
        #expect(problems(doc) == ["empty-file@1:1", "byte-order-mark@1:1"])
    }

    @Test func crlfLineEndingsCountAsOneBreakEach() throws {
        let text = "---\r\nsymbol: A/RES/80/35\r\ntitle: [unclosed\r\n---\r\n\r\nUnited Nations\r\n"
        let doc = document(text)
        #expect(problems(doc) == ["crlf-line-endings@1:4", "front-matter-syntax@4:1"])
        #expect(doc.lines.count == 6)
        #expect(doc.lineText(6) == "United Nations")
        #expect(doc.bodyStartLine == 5)
    }

    @Test func loneCRLineEndingsCountAsLines() throws {
        let doc = document("---\rsymbol: A\r---\r\rBody line\rSecond\r")
        #expect(problems(doc) == ["cr-line-endings@1:4"])
        #expect(doc.lines.count == 6)
        #expect(doc.frontMatter?["symbol"]?.start == Mark(line: 2, column: 9))
        #expect(doc.lineText(5) == "Body line")
    }

    @Test func mixedLineEndingsAreReportedWhereTheyChange() {
        let doc = document("---\nsymbol: A\n---\nBody\r\nMore\n")
        #expect(problems(doc) == ["crlf-line-endings@4:5", "mixed-line-endings@4:5"])
    }

    @Test func invalidUTF8IsReportedWithLineAndByteOffset() throws {
        let bytes: [UInt8] = Array("---\nsymbol: A\n---\nBody é ".utf8) + [0xC3, 0x28] + Array(" end\n".utf8)
        let doc = document(bytes: bytes)
        let problem = try #require(doc.problems.first)
        #expect(problem.kind == .invalidUTF8)
        #expect((problem.line, problem.column) == (4, 8))
        #expect(problem.message == "invalid UTF-8 at byte 26 of the file")
        // The bad byte became U+FFFD; the rest of the line survives.
        #expect(doc.lineText(4) == "Body é \u{FFFD}( end")
    }

    @Test func invalidUTF8InFrontMatterStillLetsTheYAMLParse() throws {
        let bytes: [UInt8] = Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8)
        let doc = document(bytes: bytes)
        #expect(problems(doc) == ["invalid-utf8@2:11"])
        #expect(doc.frontMatter?["title"]?.scalarValue == "Caf\u{FFFD}")
    }

    @Test func nulBytesAreReportedPerLine() {
        let bytes: [UInt8] = Array("---\na: 1\n---\nab".utf8) + [0, 0] + Array("\nok\n".utf8) + [0]
        let doc = document(bytes: bytes)
        #expect(problems(doc) == ["nul-byte@4:3", "nul-byte@6:1"])
    }

    @Test func emptyFile() {
        let doc = document("")
        #expect(problems(doc) == ["empty-file@1:1"])
        #expect(doc.lines.count == 0)
        #expect(doc.bodyStartLine == 1)
    }

    @Test func utf16IsReportedOnce() {
        let doc = document(bytes: [0xFF, 0xFE, 0x2D, 0x00, 0x2D, 0x00, 0x2D, 0x00])
        #expect(problems(doc) == ["utf16@1:1"])
    }

    @Test func aPageBreakInTheBodyIsNotFrontMatter() {
        let text = "---\nsymbol: A\n---\n\n1. First;\n---\n\n1 Footnote.\n\n2. Second.\n"
        let doc = document(text)
        #expect(doc.problems.isEmpty)
        #expect(doc.frontMatterClosingLine == 3)
        #expect(doc.bodyStartLine == 4)
        #expect(doc.lineText(6) == "---")
    }

    @Test(.needsShared("examples/A_RES_80_35-EN.md"))
    func realExampleReadsCleanly() throws {
        let url = SharedFixtures.examples.appendingPathComponent("A_RES_80_35-EN.md")
        let doc = Document(path: "A_RES_80_35-EN.md", bytes: Array(try Data(contentsOf: url)))
        #expect(doc.problems.isEmpty)
        #expect(doc.frontMatter?["record_id"]?.scalarStyle == .doubleQuoted)
        #expect(doc.frontMatterClosingLine == 10)
    }
}
