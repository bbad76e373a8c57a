import Testing
@testable import CorpusLint

@Suite struct TextPositionTests {
    @Test func linesAndColumnsCountFromZeroAsEditorsDo() {
        let bytes = Array("ab\r\ncé𝄞x\ry\n".utf8)
        let x = bytes.firstIndex(of: UInt8(ascii: "x"))!
        let position = TextPosition(ofByte: x, in: bytes)
        #expect(position.line == 1)
        #expect(position.utf16Column == 4, "c, é, and 𝄞 as two UTF-16 units")
        #expect(position.byteColumn == 7)
        let y = TextPosition(ofByte: bytes.firstIndex(of: UInt8(ascii: "y"))!, in: bytes)
        #expect((y.line, y.utf16Column) == (2, 0), "a lone CR ends a line too")
        #expect(TextPosition(ofByte: 1_000, in: bytes).line == 3, "clamped to the end of the text")
    }
}
