import Testing
@testable import CorpusLint

/// The decoder skips eight ASCII bytes at a time where none is NUL: NULs and invalid bytes at
/// every place in and across those words must be found as a byte-by-byte reading finds them.
@Suite struct TextDecodingTests {
    @Test func nulsAndInvalidBytesAnywhereInAWordAreFound() {
        var generator = SeededBytes(seed: 7)
        let alphabet: [UInt8] = [0x61, 0x00, 0xC3, 0xA9, 0xFF, 0x0A, 0xE2, 0x82, 0xAC]
        for length in 0..<70 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in generator.next() % 10 < 8 ? 0x62 : alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                let decoded = DecodedText(bytes)
                let valid = String(validating: bytes, as: UTF8.self) != nil
                #expect(decoded.invalidSequences.isEmpty == valid, "\(bytes)")
                #expect(decoded.bytes == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
                let nuls = decoded.bytes.indices.filter { decoded.bytes[$0] == 0 }
                #expect(decoded.nulOffsets == nuls, "\(bytes)")
            }
        }
    }
}
