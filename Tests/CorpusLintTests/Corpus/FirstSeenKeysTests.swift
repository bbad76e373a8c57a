import Testing
@testable import CorpusLint

/// The table corpus-wide rules judge each file's key against: the first file of every key, as a
/// dictionary would keep it.
@Suite struct FirstSeenKeysTests {
    @Test func answersAsADictionaryOfFirstOwners() {
        var table = FirstSeenKeys()
        var model: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        // Few distinct short keys, so that many repeat, and the table grows many times over; some
        // equal as `String`s only: é composed and not, the Kelvin sign and K, the Greek question mark and `;`.
        let parts = ["A/RES/", "80", "/", "1", "2", "\u{E9}", "e\u{301}", "K", "\u{212A}", ";", "\u{037E}", " + EN", "", "\u{4E2D}"]
        for file in 0..<20_000 {
            let key = (0..<Int.random(in: 1...6, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined()
            let before = model[key]
            if before == nil { model[key] = file }
            #expect(table.owner(of: key, else: file) == before, "\(key)")
        }
        #expect(table.count == model.count)
        for (key, file) in model { #expect(table.owner(of: key) == file) }
        #expect(table.owner(of: "never seen") == nil)
    }

    @Test func keysEqualAsStringsAreOneKey() {
        var table = FirstSeenKeys()
        #expect(table.owner(of: "\u{212A}", else: 1) == nil)
        #expect(table.owner(of: "K", else: 2) == 1)
        #expect(table.owner(of: "cafe\u{301}", else: 3) == nil)
        #expect(table.owner(of: "caf\u{E9}", else: 4) == 3)
        #expect(table.owner(of: "k", else: 5) == nil)
        #expect(table.count == 3)
    }

    @Test func anEmptyTableKnowsNoKey() {
        var table = FirstSeenKeys()
        #expect(table.owner(of: "") == nil)
        #expect(table.owner(of: "", else: 3) == nil)
        #expect(table.owner(of: "") == 3, "the empty key is a key")
    }
}
