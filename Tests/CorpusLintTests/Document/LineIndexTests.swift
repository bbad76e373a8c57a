import Testing
@testable import CorpusLint

@Suite struct LineIndexTests {
    private func index(_ text: String) -> LineIndex { Array(text.utf8).withUnsafeBufferPointer { LineIndex($0) } }

    @Test func finalNewlineOpensNoLine() {
        #expect(index("a\nb\n").count == 2)
        #expect(index("a\nb").count == 2)
        #expect(index("").count == 0)
        #expect(index("\n").count == 1)
    }

    @Test func terminatorsAreRecorded() {
        let lines = index("a\r\nb\rc\nd")
        #expect(lines.terminators == [.crlf, .cr, .lf, .none])
        #expect(lines.range(ofLine: 1) == 0..<1)
        #expect(lines.range(ofLine: 2) == 3..<4)
    }

    @Test func lineAndColumnOfAByte() {
        let text = Array("ab\nçé x\n".utf8)
        let lines = text.withUnsafeBufferPointer { LineIndex($0) }
        #expect(lines.line(containing: 0) == 1)
        #expect(lines.line(containing: 3) == 2)
        // "çé " is 5 bytes: the x at byte 8 is the 4th character of line 2.
        #expect(text.withUnsafeBufferPointer { lines.column(ofByte: 8, in: $0) } == 4)
    }
}
