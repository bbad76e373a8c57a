import Testing
@testable import Regex

/// The first stage of the line engine must say of every member exactly what the member's own
/// matcher says, line by line.
@Suite struct PatternClassifierTests {
    static let lines = [
        "1. Decides to continue;", "12. Requests the Secretary-General", "(a) whereas", "   ",
        "the Convention2 of 1990", "Stateâ€™s duty", "Distr.: General 12 March 2025", "ÉTATS membres",
        "états membres", "aa bb aa", "25-12345 (E)", "x", "", "United Nations, Treaty Series, vol. 999",
    ]

    static let sources: [(String, PatternOptions)] = [
        (#"^[0-9]{1,3}\. "#, []), (#"^\([a-z]\) "#, []), (#"(?<=[a-z,])([0-9]{1,2})(?=[\s.;:,)]|$)"#, []),
        (#"â€[™œ“”]"#, []), (#"Distr\.: General (?<day>[0-9]{1,2}) (?<month>\p{L}+)"#, []),
        (#"(?<month>March|April)"#, []), ("états", [.caseInsensitive]), (#"(?i)^états"#, []),
        (#"^[0-9]{2}-[0-9]{5} \(E\)$"#, []), (#"^\s*$"#, []), (#"^x$|vol\."#, []), (#"(\w+) bb \1"#, []),
        (#"(?x) a a # spaced"#, []), (#"[]a]a"#, []),
    ]

    @Test func everyMemberAgreesWithItsOwnMatcherOnEveryLine() throws {
        let patterns = try Self.sources.map { try Pattern($0.0, options: $0.1) }
        let classifier = try #require(PatternClassifier(patterns))
        for line in Self.lines {
            let bytes = Array(line.utf8)
            let expected = try patterns.map { try $0.matches(line) }
            let classified = bytes.withUnsafeBufferPointer { buffer in classifier.classify(buffer, 0..<bytes.count) }
            #expect(classified)
            for (pattern, matches) in zip(patterns, expected) {
                guard let slot = classifier.slot(of: pattern) else { continue }
                #expect(classifier.matched(slot) == matches, "`\(pattern.source)` on `\(line)`")
            }
        }
    }

    @Test func patternsThatWouldChangeMeaningInAnAlternationAreLeftToTheirOwnMatcher() throws {
        let patterns = try Self.sources.map { try Pattern($0.0, options: $0.1) }
        let classifier = try #require(PatternClassifier(patterns))
        let members = patterns.filter { classifier.slot(of: $0) != nil }.map(\.source)
        #expect(!members.contains(#"(\w+) bb \1"#), "a back-reference's number would shift")
        #expect(!members.contains(#"(?x) a a # spaced"#), "an extended-mode comment would swallow the branch's end")
        #expect(members.count == patterns.count - 2)
        for source in [#"(*UTF)a"#, #"a(?C1)"#, #"(a)?(?(1)b|c)"#, #"(a)(?1)"#, #"(?<n>a)\k<n>"#, #"\Qa|b"#, #"(?R)?"#] {
            let pattern = try Pattern(source)
            #expect(!PatternClassifier.isEligible(pattern), "\(source)")
        }
        for source in [#"(?i:a)"#, #"(?<=a)b"#, #"(?P<x>a)"#, #"(?|a|b)"#, #"[\d(]x"#, #"(?s).a"#] {
            let pattern = try Pattern(source)
            #expect(PatternClassifier.isEligible(pattern), "\(source)")
        }
    }

    @Test func aScanThatHitsTheMatchLimitKnowsNothing() throws {
        let catastrophic = try Pattern(#"^(a+)+$"#)
        let classifier = try #require(PatternClassifier([catastrophic]))
        let line = String(repeating: "a", count: 40) + "b"
        let bytes = Array(line.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(!classifier.classify(buffer, 0..<bytes.count), "the scan gives up instead of answering no")
        }
    }
}
