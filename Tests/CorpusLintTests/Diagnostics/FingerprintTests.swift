import Testing
@testable import CorpusLint

@Suite struct FingerprintTests {
    static let finding = Diagnostic(path: "a.md", line: 3, column: 1, rule: "core/mojibake", severity: .error, message: "m", snippet: "Ã©")

    @Test func reportFingerprintsAreUniqueAndIgnoreTheLine() {
        let same = Self.finding
        var moved = same
        moved.line = 40
        var other = same
        other.path = "./b.md"
        let prints = Fingerprint.of([same, moved, other])
        #expect(Set(prints).count == 3, "two equal findings in one file are told apart by their occurrence")
        #expect(Fingerprint.of([moved]) == Fingerprint.of([same]), "a finding that moves keeps its fingerprint")
        #expect(Fingerprint.of([other]) == Fingerprint.of([Diagnostic(path: "b.md", line: 9, column: 2, rule: "core/mojibake", severity: .warning,
                                                                       message: "other words", snippet: "Ã©")]))
        #expect(prints.allSatisfy { $0.count == 16 })
    }

    @Test func textFingerprintIsTheSnippetsElseTheMessages() {
        var moved = Self.finding
        moved.line = 99
        moved.message = "worded otherwise"
        #expect(Fingerprint.text(of: moved) == Fingerprint.text(of: Self.finding), "the snippet decides, not the line or the message")
        var otherText = Self.finding
        otherText.snippet = "Ã¨"
        #expect(Fingerprint.text(of: otherText) != Fingerprint.text(of: Self.finding))
        let noSnippet = Diagnostic(path: "a.md", line: 1, column: 1, rule: "front-matter/missing", severity: .error, message: "no front matter")
        var reworded = noSnippet
        reworded.message = "no front matter at all"
        #expect(Fingerprint.text(of: noSnippet) != Fingerprint.text(of: reworded), "without a snippet the message is the text")
        // Pinned: a baseline written by one release must match in the next.
        #expect(Fingerprint.text(of: Self.finding) == "8ad988c622aac14e")
    }

    @Test func fnv1a64KeepsItsPublishedValues() {
        // The hash must never change between releases: baselines and reports outlive versions.
        #expect(Fingerprint.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Fingerprint.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Fingerprint.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func pathsAreNormalized() {
        #expect(Fingerprint.normalized("././a/b.md") == "a/b.md")
        #expect(Fingerprint.normalized("/x/./a.md") == "/x/./a.md")
    }
}
