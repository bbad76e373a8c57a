import Testing
@testable import CorpusLint

/// `look-past` (`PageTurn`): the next and previous lines of a `forbid` rule are read across the
/// furniture a raw layout prints at a page turn, and nothing else is passed over.
@Suite struct PageTurnTests {
    /// Furniture of the UN layout: symbol, page counter, job number, separator, footnote definition
    /// (not a date: `17 December 2025` would be passed over too).
    static let furniture = #"'^\s*(?:A/RES/[0-9]+/[0-9]+|[0-9]{1,3}/[0-9]{1,3}|[0-9]{2}-[0-9]{5}|_{5,}|[0-9]{1,3} {1,2}\p{Lu}(?!.*[0-9]{4}\s*$).*)\s*$'"#

    static func pack(_ options: String) -> String {
        "rules:\n  - id: x/rule\n    kind: forbid\n" + options.split(separator: "\n").map { "    \($0)\n" }.joined()
            + "    look-past: \(furniture)\n"
    }

    static let meeting = pack("pattern: '^[0-9]+th plenary meeting$'\nunless-next-line: '^[0-9]{1,2} [A-Z][a-z]+ [0-9]{4}$'")
    static let cut = pack("pattern: '[a-z]$'\nparagraph-end: true\nunless-next-line: '^\\s*[a-z]'")
    static let unnumbered = pack("pattern: '^Decides'\nunless-previous-line: '^[0-9]+\\.\\s*$'")

    /// An odd page's top: the running title above the symbol, then counter and job number.
    static let oddPageTop = "\nShort title of the resolution\nA/RES/80/1\n\n3/9\n25-17700\n\n"
    /// An even page's top: the symbol first.
    static let evenPageTop = "\nA/RES/80/1\nShort title of the resolution\n\n25-17700\n2/9\n\n"

    @Test func aDateAcrossThePageTurnForgives() throws {
        let body = "70th plenary meeting\n__________________\n\n1  See resolution 70/1.\nwrapped definition.\n" + Self.evenPageTop + "17 December 2025\n"
        #expect(try RuleHarness.findings(Self.meeting, "---\na: 1\n---\n" + body).isEmpty)
        // Without `look-past`, the same document reports the line: the option is what forgives.
        let plain = Self.meeting.replacingOccurrences(of: "    look-past: \(Self.furniture)\n", with: "")
        #expect(try RuleHarness.findings(plain, "---\na: 1\n---\n" + body) == ["x/rule@4"])
        // A page turn with no date after it does not forgive.
        #expect(try RuleHarness.findings(Self.meeting, "---\na: 1\n---\n70th plenary meeting\n" + Self.evenPageTop + "Annex\n") == ["x/rule@4"])
    }

    @Test func aSentenceGoesOnAcrossThePageTurn() throws {
        // Twice, so that the running title repeats as it does in a document.
        let body = "the first page ends in the middle of\n" + Self.evenPageTop + "a sentence that goes on.\n\nAnd a paragraph stops in\n"
            + Self.oddPageTop + "New paragraph.\n"
        #expect(try RuleHarness.findings(Self.cut, "---\na: 1\n---\n" + body) == ["x/rule@14"])
    }

    @Test func aNumberEndingAPageLabelsTheVerbOpeningTheNext() throws {
        // The running title above the symbol is passed over when the document repeats it.
        let body = "Short title of the resolution\n\n2.\n__________________\n\n3  See resolution 70/1.\n" + Self.oddPageTop + "Decides to act;\n"
        #expect(try RuleHarness.findings(Self.unnumbered, "---\na: 1\n---\n" + body).isEmpty)
        // `2.` repeats in a document, yet a bare label is never taken for a running title.
        #expect(try RuleHarness.findings(Self.unnumbered, "---\na: 1\n---\n2.\n\n1. Recalls;\n\n2.\nA/RES/80/1\n\nDecides to act;\n").isEmpty)
        #expect(try RuleHarness.findings(Self.unnumbered, "---\na: 1\n---\n1. Recalls;\n" + Self.evenPageTop + "Decides to act;\n") == ["x/rule@12"])
    }

    /// Layouts that join a header's lines print it on a line of its own between the halves of a
    /// sentence: a one-line block the document repeats is passed over, one it prints once is not.
    @Test func aRepeatedLineOfItsOwnIsARunningHeader() throws {
        let header = "\nStrengthening the protection of migrants\n\n"
        let body = "the first page ends in the middle of\n" + header + "a sentence that goes on.\n\nThe second page ends in\n" + header + "the sentence it began.\n"
        #expect(try RuleHarness.findings(Self.cut, "---\na: 1\n---\n" + body).isEmpty)
        let once = "the first page ends in the middle of\n\nStrengthening the protection of migrants\n\na sentence that goes on.\n"
        #expect(try RuleHarness.findings(Self.cut, "---\na: 1\n---\n" + once) == ["x/rule@4"])
    }

    /// The short title alone at one page top is that header too when other page tops print it
    /// beside the symbol; and a title is as long in characters in any script (an Arabic one takes
    /// two bytes a character).
    @Test func aTitleBesideTheSymbolElsewhereIsARunningHeaderAlone() throws {
        let body = "A/RES/80/1 Strengthening the protection of migrants\n\nthe first page ends in the middle of\n\n"
            + "Strengthening the protection of migrants\n\na sentence that goes on.\n"
        #expect(try RuleHarness.findings(Self.cut, "---\na: 1\n---\n" + body).isEmpty)
        #expect(try RuleHarness.findings(Self.cut, "---\na: 1\n---\n" + body.replacingOccurrences(of: "A/RES/80/1 Strengthening", with: "A/RES/80/1 Protecting"))
                == ["x/rule@6"])
        let arabic = String(repeating: "تعزيز حماية العمال المهاجرين ", count: 4).trimmingCharacters(in: .whitespaces)
        #expect(arabic.utf8.count > 200 && arabic.count < 200)
        let header = "\n" + arabic + "\n\n"
        let twice = "the first page ends in the middle of\n" + header + "a sentence that goes on.\n\nThe second page ends in\n" + header + "the sentence it began.\n"
        #expect(try RuleHarness.findings(Self.cut, "---\na: 1\n---\n" + twice).isEmpty)
    }

    /// A block is looked at within 40 lines of the line asked about: a longer one is text, never
    /// passed over whole even when it starts with the symbol (and a file without blank lines costs
    /// a bounded walk a line).
    @Test func aLongBlockIsText() throws {
        let long = "2.\n\nA/RES/80/1\n" + String(repeating: "a line of text going on\n", count: 49) + "\nDecides to act;\n"
        #expect(try RuleHarness.findings(Self.unnumbered, "---\na: 1\n---\n" + long) == ["x/rule@57"])
        let short = "2.\n\nA/RES/80/1\n" + String(repeating: "a line of text going on\n", count: 3) + "\nDecides to act;\n"
        #expect(try RuleHarness.findings(Self.unnumbered, "---\na: 1\n---\n" + short).isEmpty)
    }

    /// Text a layout merged with a header is text: a block that holds the symbol in its middle
    /// keeps its other lines, and lines passed over are not matched by the rule themselves.
    @Test func textMergedWithFurnitureStaysText() throws {
        let merged = "Decides to act\nA/RES/80/1\n3/9\n\nNew paragraph.\n"
        #expect(try RuleHarness.findings(Self.cut, "---\na: 1\n---\n" + merged) == ["x/rule@4"])
        let passed = Self.pack("pattern: 'resolution$'\nparagraph-end: true")
        #expect(try RuleHarness.findings(passed, "---\na: 1\n---\nA/RES/80/1\nShort title of the resolution\n\nText of the resolution\n") == ["x/rule@7"])
    }
}
