import Testing
@testable import CorpusLint

/// The table corpus-wide rules judge each file's key against: the first file of every key, as a
/// dictionary would keep it.
@Suite struct FirstSeenKeysTests {
    @Test func answersAsADictionaryOfFirstOwners() {
        var table = FirstSeenKeys()
        var model: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        // Few distinct short keys, so that many repeat, and the table grows many times over.
        let parts = ["A/RES/", "80", "/", "1", "2", "é", " + EN", "", "\u{4E2D}"]
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

    @Test func anEmptyTableKnowsNoKey() {
        var table = FirstSeenKeys()
        #expect(table.owner(of: "") == nil)
        #expect(table.owner(of: "", else: 3) == nil)
        #expect(table.owner(of: "") == 3, "the empty key is a key")
    }
}
