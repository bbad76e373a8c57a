import Testing
@testable import CorpusLint

/// The binary-file test samples the first 8 KiB eight ASCII bytes at a time: every NUL and every
/// invalid byte must still be counted, wherever it stands in a word, as the thresholds show.
@Suite struct DocumentTriageTests {
    /// 8,192 bytes of text with `count` copies of `byte`, five bytes apart: at every place of a word.
    private func sample(_ byte: UInt8, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: DocumentTriage.sampleBytes)
        for k in 0..<count { bytes[k * 5] = byte }
        return bytes
    }

    /// NULs and invalid bytes together past a tenth of the sample: 820 of 8,192 bytes, not 819.
    @Test func nulsAndInvalidBytesAreCountedToTheLastOne() {
        #expect(DocumentTriage.binaryFinding(path: "x", bytes: sample(0, count: 820)) != nil)
        #expect(DocumentTriage.binaryFinding(path: "x", bytes: sample(0, count: 819)) == nil)
        #expect(DocumentTriage.binaryFinding(path: "x", bytes: sample(0xFF, count: 820)) != nil)
        #expect(DocumentTriage.binaryFinding(path: "x", bytes: sample(0xFF, count: 819)) == nil)
        var mixed = sample(0xFF, count: 819)
        mixed[4_096 + 3] = 0
        #expect(DocumentTriage.binaryFinding(path: "x", bytes: mixed) != nil)
    }
}
