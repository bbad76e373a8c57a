import Dispatch
import Testing

@testable import Regex

/// Runs `body` over the UTF-8 bytes of `text`.
private func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    var copy = text
    return try copy.withUTF8 { try body($0) }
}

/// Byte ranges of the lines of `buffer`, without their "\n".
private func lineRanges(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for i in 0..<buffer.count where buffer[i] == UInt8(ascii: "\n") {
        ranges.append(start..<i)
        start = i + 1
    }
    if start < buffer.count { ranges.append(start..<buffer.count) }
    return ranges
}

private func compileError(_ source: String, options: PatternOptions = []) -> (message: String, offset: Int)? {
    do {
        _ = try Pattern(source, options: options)
        return nil
    } catch {
        if case .invalid(let message, let offset) = error { return (message, offset) }
        Issue.record("unexpected error \(error)")
        return nil
    }
}

@Suite("Pattern")
struct PatternTests {
    // MARK: Compilation

    @Test func libraryLoadsAndJITIsUsed() throws {
        let version = try #require(Pattern.libraryVersion)
        #expect(version.hasPrefix("10."))
        let pattern = try Pattern(#"\d+"#)
        #expect(pattern.source == #"\d+"#)
        #expect(pattern.captureCount == 0)
        #expect(pattern.captureNames.isEmpty)
        // Debian's libpcre2-8-0 is built with JIT support on x86-64/arm64.
        #expect(pattern.isJITCompiled)
    }

    @Test func compileErrorReportsMessageAndOffset() throws {
        let unclosed = try #require(compileError("abc(def"))
        #expect(unclosed.message.contains("missing closing parenthesis"))
        #expect(unclosed.offset == 7)

        let badQuantifier = try #require(compileError("ab*+?+"))
        #expect(!badQuantifier.message.isEmpty)

        let badRange = try #require(compileError("ab[z-a]"))
        #expect(badRange.message.contains("out of order"))
        #expect(badRange.offset == 5)  // points at the "a" of "z-a"
    }

    @Test func compileErrorOffsetCountsCharactersNotBytes() throws {
        // "éé" is 4 bytes but 2 characters: the offset must match the ASCII case.
        let ascii = try #require(compileError("ab[z-a]"))
        let accented = try #require(compileError("éé[z-a]"))
        #expect(accented.offset == ascii.offset)
        let emoji = try #require(compileError("👍🏽(x"))
        #expect(emoji.offset == 3)  // 1 Character for the emoji + "(x"
        // A decomposed "é" (e + U+0301) is one Character too.
        let decomposed = try #require(compileError("e\u{301}[z-a]"))
        let single = try #require(compileError("x[z-a]"))
        #expect(decomposed.offset == single.offset)
    }

    @Test func patternErrorDescriptions() {
        let invalid = PatternError.invalid(message: "missing closing parenthesis", offset: 7)
        #expect(invalid.description == "invalid regular expression at offset 7: missing closing parenthesis")
        #expect(PatternError.matchLimitExceeded.description.contains("match limit"))
        #expect(PatternError.libraryUnavailable("nope").description.contains("nope"))
        #expect(invalid == .invalid(message: "missing closing parenthesis", offset: 7))
    }

    // MARK: Captures

    @Test func capturesIncludingUnsetGroups() throws {
        let pattern = try Pattern(#"(\d+)-(\d+)(x)?"#)
        #expect(pattern.captureCount == 3)
        try withBytes("id 12-345 end") { buffer throws in
            let m = try #require(try pattern.makeMatcher().firstMatch(in: buffer, range: 0..<buffer.count))
            #expect(m.range == 3..<9)
            #expect(m.captures.count == 4)
            #expect(m.captures[0] == 3..<9)
            #expect(m.captures[1] == 3..<5)
            #expect(m.captures[2] == 6..<9)
            #expect(m.captures[3] == nil)
            #expect(m[capture: 7] == nil)
            #expect(m.string(in: buffer, capture: 2) == "345")
        }
        let text = try #require(try pattern.firstMatch(in: "id 12-345 end"))
        #expect(text.match == "12-345")
        #expect(text.captures == ["12-345", "12", "345", nil])
    }

    @Test func namedCaptures() throws {
        let pattern = try Pattern(#"(?<day>\d{1,2}) (?<month>[A-Z][a-z]+)(?: (?<year>\d{4}))?"#)
        #expect(pattern.captureCount == 3)
        #expect(pattern.captureNames == ["day": 1, "month": 2, "year": 3])
        try withBytes("On 14 July the…") { buffer throws in
            let m = try #require(try pattern.makeMatcher().firstMatch(in: buffer, range: 0..<buffer.count))
            #expect(m.capture(named: "day", in: pattern) == 3..<5)
            #expect(m.capture(named: "month", in: pattern) == 6..<10)
            #expect(m.capture(named: "year", in: pattern) == nil)
            #expect(m.capture(named: "nope", in: pattern) == nil)
        }
    }

    // MARK: Unicode semantics (PCRE2_UTF | PCRE2_UCP)

    @Test func wordBoundaryAndDigitsAreUnicodeAware() throws {
        // "é" is a word character: no \b between "1" and "é".
        #expect(try !Pattern(#"\d\b"#).matches("1é"))
        #expect(try Pattern(#"\d\b"#).matches("1 é"))
        #expect(try Pattern(#"^\w+$"#).firstMatch(in: "1é")?.match == "1é")
        #expect(try Pattern(#"\bé\b"#).matches("à é è"))
        // \d is any decimal digit (Nd), e.g. ARABIC-INDIC DIGIT THREE.
        #expect(try Pattern(#"^\d\d$"#).matches("1\u{0663}"))
        #expect(try !Pattern(#"^[0-9][0-9]$"#).matches("1\u{0663}"))
    }

    @Test func nonBreakingSpaceIsWhitespace() throws {
        #expect(try Pattern(#"^a\sb$"#).matches("a\u{00A0}b"))
        #expect(try Pattern(#"^a\sb$"#).matches("a\u{202F}b"))  // narrow no-break space
        #expect(try !Pattern(#"^a\Sb$"#).matches("a\u{00A0}b"))
        #expect(try !Pattern(#"^a b$"#).matches("a\u{00A0}b"))
    }

    @Test func unicodeCaseInsensitivity() throws {
        #expect(try !Pattern("é").matches("É"))
        #expect(try Pattern("é", options: .caseInsensitive).matches("É"))
        #expect(try Pattern("ÉCOLE", options: .caseInsensitive).matches("une école"))
        #expect(try Pattern(#"\bσ"#, options: .caseInsensitive).matches("Σ"))
    }

    // MARK: Subjects, ranges and offsets

    @Test func anchorsApplyPerLineWhenEachLineIsTheSubject() throws {
        let text = "first line\nsecond line\nthird"
        let pattern = try Pattern(#"^\w+ line$"#)
        let matcher = pattern.makeMatcher()
        try withBytes(text) { buffer throws in
            let lines = lineRanges(buffer)
            #expect(lines == [0..<10, 11..<22, 23..<28])
            #expect(try matcher.firstMatch(in: buffer, range: lines[0])?.range == 0..<10)
            #expect(try matcher.firstMatch(in: buffer, range: lines[1])?.range == 11..<22)
            #expect(try matcher.firstMatch(in: buffer, range: lines[2]) == nil)
            // The line is the whole subject: nothing before or after it is seen.
            #expect(try Pattern(#"^second"#).makeMatcher().firstMatch(in: buffer, range: lines[1])?.range == 11..<17)
            #expect(try Pattern(#"line$"#).makeMatcher().firstMatch(in: buffer, range: 0..<13) == nil)
            #expect(try Pattern(#"(?<=\n)second"#).makeMatcher().firstMatch(in: buffer, range: lines[1]) == nil)
            // Over the whole buffer, ^ and $ are per line only with .multiline.
            #expect(try Pattern(#"^second"#).makeMatcher().firstMatch(in: buffer, range: 0..<buffer.count) == nil)
            #expect(try Pattern(#"^second line$"#, options: .multiline).makeMatcher()
                .firstMatch(in: buffer, range: 0..<buffer.count)?.range == 11..<22)
        }
    }

    @Test func byteOffsetsAfterMultiByteCharacters() throws {
        let pattern = try Pattern(#"\b(\d{1,2}) (May|June) (\d{4})\b"#)
        let text = "café naïve — 12 May 2024 🇫🇷"
        try withBytes(text) { buffer throws in
            let m = try #require(try pattern.makeMatcher().firstMatch(in: buffer, range: 0..<buffer.count))
            let prefix = "café naïve — ".utf8.count
            #expect(prefix == 17)
            #expect(m.range == prefix..<(prefix + 11))
            #expect(m.captures[1] == prefix..<(prefix + 2))
            #expect(m.captures[3] == (prefix + 7)..<(prefix + 11))
            #expect(m.string(in: buffer) == "12 May 2024")
            // Searching only a sub-range still reports offsets in the buffer.
            let sub = try #require(try pattern.makeMatcher().firstMatch(in: buffer, range: 6..<buffer.count))
            #expect(sub.range == m.range)
        }
    }

    @Test func emptyBufferAndEmptyRange() throws {
        let anything = try Pattern("x*")
        let matcher = anything.makeMatcher()
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(try matcher.firstMatch(in: empty, range: 0..<0)?.range == 0..<0)
        #expect(try matcher.allMatches(in: empty, range: 0..<0).map(\.range) == [0..<0])
        #expect(try Pattern("a").makeMatcher().firstMatch(in: empty, range: 0..<0) == nil)
        try withBytes("abc") { buffer throws in
            #expect(try matcher.firstMatch(in: buffer, range: 2..<2)?.range == 2..<2)
            #expect(try Pattern("b").makeMatcher().firstMatchRange(in: buffer, range: 0..<3) == 1..<2)
            #expect(try Pattern("b").makeMatcher().firstMatchRange(in: buffer, range: 2..<3) == nil)
        }
        #expect(try Pattern("").matches(""))
    }

    // MARK: allMatches

    @Test func allMatchesFindsNonOverlappingMatches() throws {
        let pattern = try Pattern(#"\d+"#)
        try withBytes("a1 22 ٣٣٣ b4444") { buffer throws in
            let matches = try pattern.makeMatcher().allMatches(in: buffer, range: 0..<buffer.count)
            #expect(matches.map { $0.string(in: buffer) } == ["1", "22", "٣٣٣", "4444"])
            // Restricted to a range, offsets are still buffer offsets.
            let some = try pattern.makeMatcher().allMatches(in: buffer, range: 3..<buffer.count)
            #expect(some.first?.range == 3..<5)
            #expect(some.count == 3)
        }
    }

    @Test func allMatchesHandlesEmptyMatches() throws {
        try withBytes("axxb") { buffer throws in
            // Same as Perl: "axxb" =~ /x*/g gives 0-0, 1-3, 3-3, 4-4.
            let matches = try Pattern("x*").makeMatcher().allMatches(in: buffer, range: 0..<buffer.count)
            #expect(matches.map(\.range) == [0..<0, 1..<3, 3..<3, 4..<4])
        }
        try withBytes("é€") { buffer throws in
            // Empty matches advance by whole characters, never inside one.
            let matches = try Pattern("").makeMatcher().allMatches(in: buffer, range: 0..<buffer.count)
            #expect(matches.map(\.range) == [0..<0, 2..<2, 5..<5])
        }
        try withBytes("ab ab") { buffer throws in
            let matches = try Pattern(#"\b"#).makeMatcher().allMatches(in: buffer, range: 0..<buffer.count)
            #expect(matches.map(\.range.lowerBound) == [0, 2, 3, 5])
        }
    }

    // MARK: Resource limits

    @Test func catastrophicBacktrackingHitsTheMatchLimit() throws {
        #expect(Pattern.defaultMatchLimit == 10_000_000)
        let pattern = try Pattern("(a+)+$")
        let subject = String(repeating: "a", count: 36) + "!"
        // PCRE2 counts its steps: giving up with this error is the proof that it stopped at the
        // limit (2^36 tries otherwise), on any machine and under any load.
        #expect(throws: PatternError.matchLimitExceeded) {
            try pattern.matches(subject)
        }
        // The matcher stays usable after giving up.
        let matcher = pattern.makeMatcher()
        try withBytes(subject) { buffer throws in
            #expect(throws: PatternError.matchLimitExceeded) {
                try matcher.firstMatch(in: buffer, range: 0..<buffer.count)
            }
            #expect(try matcher.firstMatch(in: buffer, range: 0..<36)?.range == 0..<36)
        }
    }

    @Test func interpreterFallbackBehavesTheSame() throws {
        let source = #"\b(\d{1,2}) (?<month>May|June) (\d{4})\b"#
        let jit = try Pattern(source)
        let interpreted = try Pattern(source, options: [], jit: false)
        #expect(!interpreted.isJITCompiled)
        #expect(interpreted.captureNames == jit.captureNames)
        try withBytes("née 1 May 2024, 12 June 1999; 3 Mayo 2000 x*") { buffer throws in
            let all = 0..<buffer.count
            let expected = try jit.makeMatcher().allMatches(in: buffer, range: all)
            #expect(expected.count == 2)
            #expect(try interpreted.makeMatcher().allMatches(in: buffer, range: all) == expected)
            let empty = try Pattern("x*", options: [], jit: false).makeMatcher().allMatches(in: buffer, range: all)
            let emptyJIT = try Pattern("x*").makeMatcher().allMatches(in: buffer, range: all)
            #expect(empty == emptyJIT)
        }
        let catastrophic = try Pattern("(a+)+$", options: [], jit: false)
        #expect(throws: PatternError.matchLimitExceeded) {
            try catastrophic.matches(String(repeating: "a", count: 36) + "!")
        }
        // The limit, not the subject, decides when it stops: a far lower one stops it too, and a
        // subject within reach still matches under it.
        let matcher = catastrophic.makeMatcher(matchLimit: 1_000)
        _ = try withBytes(String(repeating: "a", count: 36) + "!") { buffer throws in
            #expect(throws: PatternError.matchLimitExceeded) {
                try matcher.firstMatch(in: buffer, range: 0..<buffer.count)
            }
        }
        try withBytes("aaaa") { buffer throws in
            #expect(try matcher.firstMatch(in: buffer, range: 0..<buffer.count)?.range == 0..<4)
        }
    }

    @Test func longSubjectsDoNotExhaustTheStack() throws {
        // One group iteration per character over a 200 KB line.
        let pattern = try Pattern(#"^(?:a|b)*$"#)
        let line = String(repeating: "ab", count: 100_000)
        #expect(try pattern.matches(line))
    }

    // MARK: Concurrency

    @Test func oneSharedPatternMatchesConcurrently() throws {
        let pattern = try Pattern(
            #"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b"#)
        var corpus = ""
        for i in 0..<2_000 {
            corpus += "Line \(i): née le \(i % 28 + 1) \(["March", "May", "Julyish", "December"][i % 4]) \(1900 + i % 120), café.\n"
        }
        let text = corpus
        let lines = withBytes(text) { lineRanges($0) }

        @Sendable func scan() -> [RegexMatch] {
            let matcher = pattern.makeMatcher()
            return withBytes(text) { buffer in
                var found: [RegexMatch] = []
                for line in lines {
                    found += (try? matcher.allMatches(in: buffer, range: line)) ?? []
                }
                return found
            }
        }

        let expected = scan()
        #expect(expected.count == 1_500)
        let workers = 8
        let results = ResultsBox(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { i in
            results.set(i, scan())
        }
        for i in 0..<workers {
            #expect(results.get(i) == expected)
        }
    }
}

/// Per-iteration result slots written from concurrentPerform.
private final class ResultsBox: @unchecked Sendable {
    private var slots: [[RegexMatch]]
    private let lock = DispatchSemaphore(value: 1)
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [RegexMatch]) {
        lock.wait(); slots[i] = value; lock.signal()
    }
    func get(_ i: Int) -> [RegexMatch] {
        lock.wait(); defer { lock.signal() }
        return slots[i]
    }
}
