import Testing
@testable import Regex

/// Matchers that share one match data (as a worker's do) find what matchers with their own find,
/// also when one runs inside another's `forEachMatch`, and when a later pattern has more groups.
@Suite struct MatchDataTests {
    private func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var copy = text
        return try copy.withUTF8 { try body($0) }
    }

    @Test func sharedMatchDataFindsWhatOwnMatchDataFinds() throws {
        let date = try Pattern(#"(\d{1,2}) (January|March) (\d{4})"#, options: [], jit: false)
        let word = try Pattern(#"[A-Z][a-z]+"#, options: [], jit: false)
        let many = try Pattern(#"(a)(b)(c)(d)(e)(f)"#, options: [], jit: false)
        let text = "Adopted 12 March 2024 and 3 January 1999 by Members abcdef"
        let shared = MatchData(for: word)
        let sharedDate = Matcher(pattern: date, sharing: shared)
        let sharedWord = Matcher(pattern: word, sharing: shared)
        try withBytes(text) { buffer in
            let all = 0..<buffer.count
            var nested: [[Range<Int>?]] = []
            // Another matcher of the same match data runs inside the iteration.
            try sharedDate.forEachMatch(in: buffer, range: all) { match in
                nested.append(match.captures)
                _ = try? sharedWord.firstMatch(in: buffer, range: all)
                return true
            }
            let own = try date.makeMatcher().allMatches(in: buffer, range: all).map(\.captures)
            #expect(nested == own)
            #expect(nested.count == 2)
            #expect(try sharedWord.allMatches(in: buffer, range: all).map(\.range) == word.makeMatcher().allMatches(in: buffer, range: all).map(\.range))
            // A pattern with more groups than any before gets room for them.
            let sharedMany = Matcher(pattern: many, sharing: shared)
            #expect(try sharedMany.firstMatch(in: buffer, range: all)?.captures == many.makeMatcher().firstMatch(in: buffer, range: all)?.captures)
            #expect(try sharedDate.firstMatch(in: buffer, range: all)?.captures == date.makeMatcher().firstMatch(in: buffer, range: all)?.captures)
        }
    }
}
