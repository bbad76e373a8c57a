import Testing

@testable import Regex

/// The bytes a pattern needs, as PCRE2 worked them out, and the line test built on them: it may
/// turn a line away only when the pattern cannot match there.
@Suite struct RequiredBytesTests {
    private func bytes(_ text: String) -> ByteSet {
        var copy = text
        return copy.withUTF8 { ByteSet(bytesOf: $0, 0..<$0.count) }
    }

    @Test func aLiteralNeedsItsFirstAndLastBytes() throws {
        let pattern = try Pattern("Agenda item [0-9]+;")
        #expect(pattern.prefilter.requiredBytes.count == 2)
        #expect(pattern.prefilter.admits(lineBytes: bytes("Agenda item 74;")))
        #expect(!pattern.prefilter.admits(lineBytes: bytes("agenda item 74;")), "no capital A on the line")
        #expect(!pattern.prefilter.admits(lineBytes: bytes("Agenda item 74")), "no semicolon on the line")
    }

    @Test func caselessLettersStandForBothCases() throws {
        for pattern in [try Pattern("annex", options: .caseInsensitive), try Pattern("(?i)annex")] {
            #expect(try pattern.matches("ANNEX"))
            #expect(pattern.prefilter.admits(lineBytes: bytes("ANNEX")))
            #expect(!pattern.prefilter.admits(lineBytes: bytes("the rules")), "\(pattern.source): no a, A, x or X")
        }
        let mixed = try Pattern("x(?i:annex)")
        #expect(try mixed.matches("xANNEX"))
        #expect(mixed.prefilter.admits(lineBytes: bytes("xANNEX")))
        #expect(try Pattern("(?-i)annex").prefilter.requiredBytes.count == 2)
    }

    /// Under Unicode case folding `k` matches the Kelvin sign and `s` the long s, which hold no
    /// byte of either letter: such a letter vouches for nothing.
    @Test func kAndSAreNotTrustedCaseless() throws {
        let kelvin = try Pattern("(?i)k")
        #expect(try kelvin.matches("\u{212A}"))
        #expect(kelvin.prefilter.admits(lineBytes: bytes("\u{212A}")))
        let longS = try Pattern("(?i)s")
        #expect(try longS.matches("\u{017F}"))
        #expect(longS.prefilter.admits(lineBytes: bytes("\u{017F}")))
    }

    @Test func aStartBitmapNeedsOneOfItsBytes() throws {
        let pattern = try Pattern("[0-9]+ (?:States|Parties)")
        #expect(!pattern.prefilter.requiredBytes.isEmpty)
        #expect(!pattern.prefilter.admits(lineBytes: bytes("many States and Parties")))
        #expect(pattern.prefilter.admits(lineBytes: bytes("166 States")))
    }

    @Test func aPatternThatMatchesNothingNeedsNothing() throws {
        #expect(try Pattern("x*").prefilter.requiredBytes.isEmpty)
        #expect(try Pattern("(?:abc)?").prefilter.requiredBytes.isEmpty)
    }

    /// Over every pair of a varied set of patterns and lines, the test turns a line away only
    /// where the pattern does not match it.
    @Test func neverTurnsAwayALineThatMatches() throws {
        let patterns = [
            "\\[\\^([0-9]{1,3})\\](?!:)", "([1-9][0-9]?)(?<=[\\p{Ll}\\)][1-9])(?=[\\s,.;:]|$)", "^\\s*[0-9]+\\.\\s", "(?i)distr\\.?:",
            "â€[™œ]|Ã[©¨]", "\\x{FFFD}", "(?<=\\S )([1-9][0-9]?)(?![\\p{N}/%.\\-–])", "(?i)Résolution", "(?i)ÉTATS", "Agenda items? [0-9]+",
            "[\\x{01}-\\x{08}]", "(?i)kelvin", "(?i)sessions?", "^(?:United Nations|Nations Unies)$", "a|b", "(?i:x)y", "\\bthe\\b",
        ]
        let lines = [
            "Agenda item 74", "the Decade 2024– 203412 and[^3]", "RÉSOLUTION 80/1", "Résolution", "États Membres", "ÉTATS",
            "\u{212A}ELVIN", "\u{017F}e\u{017F}\u{017F}ion", "Distr.: General", "DISTR: GENERAL", "café Ã© â€™", "\u{FFFD}",
            "\u{01}", "United Nations", "Nations Unies", "  12. Decides;", "bY", "XY", "xy", "The end", "the", "",
            "166 States and 3 Parties", "word7.", "(b)3 ", "\t", "a", "b",
        ]
        for source in patterns {
            let pattern = try Pattern(source)
            for line in lines {
                let matches = try pattern.matches(line)
                let admitted = pattern.prefilter.admits(lineBytes: bytes(line))
                #expect(admitted || !matches, "`\(source)` matches “\(line)” but the line was turned away")
            }
        }
    }

    @Test func inlineOptionGroupsThatTurnCaselessOn() {
        #expect(Prefilter.mayTurnCaselessOn("(?i)x"))
        #expect(Prefilter.mayTurnCaselessOn("a(?xi:b)"))
        #expect(Prefilter.mayTurnCaselessOn("(?^i)b"))
        #expect(!Prefilter.mayTurnCaselessOn("(?-i)x"))
        #expect(!Prefilter.mayTurnCaselessOn("(?<item>x)(?=ing)(?:y)"))
    }

    /// Without the JIT (a run over a few small files) an anchored pattern's first bytes are not
    /// worked out (two more compiles): its prefilter admits more lines, and PCRE2 turns them away
    /// itself, so the matches are the same.
    @Test func firstBytesAreWorkedOutOnlyForJITCompiledPatterns() throws {
        let source = #"^\s*(?:Decides|Requests) that [0-9]+"#
        let thorough = try Pattern(source, options: [], jit: true)
        let quick = try Pattern(source, options: [], jit: false)
        #expect(thorough.prefilter.firstNonSpaceBytes != nil)
        #expect(quick.prefilter.firstBytes == nil && quick.prefilter.firstNonSpaceBytes == nil)
        #expect(quick.prefilter.requiredBytes == thorough.prefilter.requiredBytes)
        for line in ["Decides that 12", "  Requests that 3", "Notes that 4", "12. Decides that 5", ""] {
            #expect(try quick.matches(line) == thorough.matches(line), "\(line)")
        }
    }
}
