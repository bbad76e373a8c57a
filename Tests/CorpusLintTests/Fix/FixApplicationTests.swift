import Testing
@testable import CorpusLint

@Suite struct FixApplicationTests {
    let text = Array("one two three\n".utf8)

    @Test func editsApplyByByteOffsetWhateverTheirOrder() {
        let fix = Fix("two edits", safety: .safe, edits: [
            TextEdit(range: 8..<13, replacement: "3"), TextEdit.delete(3..<7), TextEdit.insert(">", at: 0),
        ])
        let outcome = FixApplication.apply([fix], to: text)
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == ">one 3\n")
        #expect(outcome.applied == [fix])
        #expect(outcome.deferred.isEmpty)
    }

    @Test func aFixOverlappingAnEarlierOneWaitsForTheNextPass() {
        let first = Fix("first", safety: .safe, edits: [TextEdit(range: 4..<7, replacement: "2")])
        let clash = Fix("clash", safety: .safe, edits: [TextEdit(range: 6..<9, replacement: "x")])
        let apart = Fix("apart", safety: .unsafe, edits: [TextEdit(range: 10..<13, replacement: "3")])
        let outcome = FixApplication.apply([first, clash, apart], to: text)
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == "one 2 th3\n")
        #expect(outcome.applied.map(\.description) == ["first", "apart"])
        #expect(outcome.deferred.map(\.description) == ["clash"])
    }

    @Test func insertionsAtOneOffsetOverlapButTouchingRangesDoNot() {
        #expect(TextEdit.insert("a", at: 3).overlaps(.insert("b", at: 3)))
        #expect(TextEdit.insert("a", at: 4).overlaps(.delete(3..<6)), "an insertion inside a removed range")
        #expect(TextEdit.insert("a", at: 3).overlaps(.delete(3..<6)), "an insertion where a removed range starts: which goes first is a guess")
        #expect(!TextEdit.insert("a", at: 6).overlaps(.delete(3..<6)), "an insertion just after a removed range")
        #expect(!TextEdit.delete(0..<3).overlaps(.delete(3..<6)))
        #expect(TextEdit.delete(0..<4).overlaps(.delete(3..<6)))
    }

    @Test func aFixMadeForOtherBytesIsNotApplied() {
        let outOfRange = Fix("past the end", safety: .safe, edits: [TextEdit(range: 10..<40, replacement: "")])
        let outcome = FixApplication.apply([outOfRange], to: text)
        #expect(outcome.bytes == text)
        #expect(outcome.applied.isEmpty)
    }

    @Test func aFixWhoseOwnEditsOverlapIsNotApplied() {
        let selfClash = Fix("self", safety: .safe, edits: [.delete(0..<4), .delete(2..<6)])
        #expect(FixApplication.apply([selfClash], to: text).applied.isEmpty)
    }
}
