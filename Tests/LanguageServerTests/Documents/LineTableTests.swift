@testable import LanguageServer
import Testing

/// The engine counts columns in Unicode scalars from 1; the protocol counts UTF-16 code units
/// from 0. They differ for every astral character (two UTF-16 units, one scalar, four bytes).
@Suite struct LineTableTests {
    @Test func asciiColumnsMoveByOne() {
        let table = LineTable(Array("abc\ndef".utf8))
        #expect(table.position(line: 1, column: 1) == Position(line: 0, character: 0))
        #expect(table.position(line: 2, column: 3) == Position(line: 1, character: 2))
    }

    @Test func astralCharactersCountTwoUnitsMultiByteOne() {
        // 𝄞 (U+1D11E) is 4 bytes, 1 scalar, 2 UTF-16 units; é is 2 bytes, 1 unit; 中 3 bytes, 1 unit.
        let table = LineTable(Array("x\n𝄞é中!".utf8))
        #expect(table.position(line: 2, column: 2) == Position(line: 1, character: 2))  // after 𝄞
        #expect(table.position(line: 2, column: 3) == Position(line: 1, character: 3))  // after é
        #expect(table.position(line: 2, column: 4) == Position(line: 1, character: 4))  // the `!`... after 中
        #expect(table.position(line: 2, column: 5) == Position(line: 1, character: 5))
        // And back: the offset of "!" is 1 + 1 + 4 + 2 + 3 bytes.
        #expect(table.offset(of: Position(line: 1, character: 4)) == 11)
        #expect(table.text[11] == UInt8(ascii: "!"))
    }

    @Test func aPositionInsideASurrogatePairIsThePairsStart() {
        let table = LineTable(Array("𝄞a".utf8))
        #expect(table.offset(of: Position(line: 0, character: 1)) == 0)
        #expect(table.offset(of: Position(line: 0, character: 2)) == 4)
    }

    @Test func positionsPastALineStopAtItsEnd() {
        let table = LineTable(Array("ab\r\ncd".utf8))
        #expect(table.position(line: 1, column: 40) == Position(line: 0, character: 2))
        #expect(table.offset(of: Position(line: 0, character: 40)) == 2)
        #expect(table.position(line: 9, column: 1) == table.end)
        #expect(table.offset(of: Position(line: 9, character: 0)) == 6)
    }

    @Test func everyLineBreakTheEngineKnowsSplitsLines() {
        let table = LineTable(Array("a\rb\r\nc\nd\n".utf8))
        #expect(table.lineCount == 5)  // the protocol's empty last line after the final break
        #expect(table.position(line: 2, column: 1) == Position(line: 1, character: 0))
        #expect(table.position(line: 4, column: 2) == Position(line: 3, character: 1))
        #expect(table.lineBreak(ofLine: 0) == "\r")
        #expect(table.lineBreak(ofLine: 1) == "\r\n")
        #expect(table.lineBreak(ofLine: 3) == "\n")
        #expect(table.end == Position(line: 4, character: 0))
    }

    @Test func theEnginesFirstLineColumnsStartAfterAByteOrderMark() {
        let table = LineTable([0xEF, 0xBB, 0xBF] + Array("𝄞x\ny".utf8))
        #expect(table.position(line: 1, column: 1) == Position(line: 0, character: 1))
        #expect(table.position(line: 1, column: 2) == Position(line: 0, character: 3))
        #expect(table.position(line: 2, column: 1) == Position(line: 1, character: 0))
    }

    @Test func byteOffsetsBecomePositions() {
        let table = LineTable(Array("é𝄞\nz".utf8))
        #expect(table.position(ofOffset: 2) == Position(line: 0, character: 1))
        #expect(table.position(ofOffset: 6) == Position(line: 0, character: 3))
        #expect(table.position(ofOffset: 7) == Position(line: 1, character: 0))
        #expect(table.position(ofOffset: 8) == Position(line: 1, character: 1))
    }
}
