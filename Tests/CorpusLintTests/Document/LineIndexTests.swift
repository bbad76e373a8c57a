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
        #expect((1...4).map(lines.terminator(ofLine:)) == [.crlf, .cr, .lf, .none])
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

    /// Offsets past 4 GiB, with the boundary moved down to 16 bytes so that a test can cross it.
    @Test func offsetsPastTheLowBitsAreKept() {
        let text = "ab\n" + String(repeating: "x", count: 40) + "\r\nc\rdddddddddddddddddddd\n\n\ne"
        let bytes = Array(text.utf8)
        let narrow = bytes.withUnsafeBufferPointer { LineIndex($0, lowBits: 4) }
        let wide = bytes.withUnsafeBufferPointer { LineIndex($0) }
        #expect(narrow.count == wide.count)
        for line in 1...wide.count {
            #expect(narrow.range(ofLine: line) == wide.range(ofLine: line), "line \(line)")
            #expect(narrow.terminator(ofLine: line) == wide.terminator(ofLine: line))
        }
        for offset in bytes.indices {
            #expect(narrow.line(containing: offset) == wide.line(containing: offset), "byte \(offset)")
        }
    }

    /// The index of a text of line breaks only (the hostile-input catalogue's 32 MiB of them
    /// needed more than a gigabyte when each line cost three 8-byte offsets).
    @Test func aTextOfLineBreaksOnly() {
        let bytes = [UInt8](repeating: 0x0A, count: 1 << 20) + [0x0D, 0x0D, 0x0A]
        let lines = bytes.withUnsafeBufferPointer { LineIndex($0) }
        #expect(lines.count == (1 << 20) + 2)
        #expect(lines.range(ofLine: 1 << 20) == (1 << 20) - 1..<(1 << 20) - 1)
        #expect(lines.terminator(ofLine: lines.count - 1) == .cr)
        #expect(lines.range(ofLine: lines.count) == (1 << 20) + 1..<(1 << 20) + 1)
        #expect(lines.line(containing: (1 << 20) + 2) == lines.count)
    }
}

/// The index reads eight bytes at a time where none is a control byte: breaks at every place in
/// and across those words, beside tabs and other bytes below 0x0E, and a CRLF split across two
/// words must come out as a byte-by-byte reading finds them.
@Suite struct LineIndexWordScanTests {
    /// Line ranges and terminators read one byte at a time.
    private func reference(_ bytes: [UInt8]) -> [(Range<Int>, LineIndex.Terminator)] {
        var lines: [(Range<Int>, LineIndex.Terminator)] = []
        var start = 0, i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                lines.append((start..<i, .lf)); i += 1; start = i
            } else if bytes[i] == 0x0D {
                let crlf = i + 1 < bytes.count && bytes[i + 1] == 0x0A
                lines.append((start..<i, crlf ? .crlf : .cr)); i += crlf ? 2 : 1; start = i
            } else {
                i += 1
            }
        }
        if start < bytes.count { lines.append((start..<bytes.count, .none)) }
        return lines
    }

    @Test func breaksAnywhereInAWordAreFound() {
        var generator = SeededBytes(seed: 15)
        let alphabet: [UInt8] = [0x61, 0x62, 0x20, 0x0A, 0x0D, 0x09, 0x0B, 0x0E, 0xC3, 0xA9, 0x00]
        for length in 0..<90 {
            for _ in 0..<20 {
                // Mostly letters, so that runs of eight without a control byte occur.
                let bytes = (0..<length).map { _ in generator.next() % 10 < 7 ? 0x61 : alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                let lines = bytes.withUnsafeBufferPointer { LineIndex($0) }
                let expected = reference(bytes)
                #expect(lines.count == expected.count, "\(bytes)")
                guard lines.count == expected.count else { return }
                for (number, (range, terminator)) in expected.enumerated() {
                    #expect(lines.range(ofLine: number + 1) == range, "\(bytes) line \(number + 1)")
                    #expect(lines.terminator(ofLine: number + 1) == terminator, "\(bytes) line \(number + 1)")
                }
            }
        }
    }
}

/// A fixed sequence of pseudo-random numbers, so that a failure comes back on every run.
struct SeededBytes {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
}
