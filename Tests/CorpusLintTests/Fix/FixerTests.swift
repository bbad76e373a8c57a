import Testing
@testable import CorpusLint

@Suite struct FixerTests {
    @Test func aFixOverlappingAnotherWaitsForTheNextPass() throws {
        let pack = """
            rules:
              - id: test/upper-ab
                kind: forbid
                pattern: 'ab'
                fix: { replace: AB, safety: safe }
              - id: test/upper-bc
                kind: forbid
                pattern: 'Bc|bc'
                fix: { replace: BC, safety: safe }
            """
        let (text, outcome) = FixHarness.fixed(try RuleHarness.load(pack), "---\nx: 1\n---\nabc\n")
        #expect(text == "---\nx: 1\n---\nABC\n")
        #expect(outcome.passes == 2, "both fixes touch the b: the second waits and is offered again on the changed text")
        #expect(outcome.applied.map(\.pass) == [1, 2])
        #expect(outcome.isStable)
        #expect(outcome.remaining.isEmpty)
    }

    @Test func aDeferredFixThatIsNoLongerNeededIsNotApplied() throws {
        let pack = """
            rules:
              - id: text/trailing-space
                kind: file-ending
                checks: [trailing-space]
              - id: extraction/glued-page-break
                kind: forbid
                pattern: '(?<=\\S)---\\s*$'
                fix: { replace: "\\n---", safety: safe }
            """
        let (text, outcome) = FixHarness.fixed(try RuleHarness.load(pack), "---\na: 1\n---\nthe Goals,---  \nnext\n")
        #expect(text == "---\na: 1\n---\nthe Goals,\n---\nnext\n")
        #expect(outcome.applied.map(\.diagnostic.rule) == ["extraction/glued-page-break"], "the marker's fix took the spaces with it")
        #expect(outcome.remaining.isEmpty)
    }

    @Test func aFixThatChangesNothingIsNotApplied() throws {
        let pack = """
            rules:
              - id: test/same
                kind: forbid
                pattern: 'x'
                fix: { replace: x, safety: safe }
            """
        let (text, outcome) = FixHarness.fixed(try RuleHarness.load(pack), "---\na: 1\n---\nx\n")
        #expect(text == "---\na: 1\n---\nx\n")
        #expect(outcome.applied.isEmpty)
        #expect(outcome.passes == 0)
    }

    @Test func fixesThatUndoEachOtherStopAfterTheBound() throws {
        let pack = """
            rules:
              - id: test/a-to-b
                kind: forbid
                pattern: 'a'
                fix: { replace: b, safety: safe }
              - id: test/b-to-a
                kind: forbid
                pattern: 'b'
                fix: { replace: a, safety: safe }
            """
        var fixer = Fixer(linter: Linter(rules: try RuleHarness.load(pack)))
        fixer.maxPasses = 5
        let outcome = fixer.fix(path: "doc.md", bytes: Array("---\nx: 1\n---\na\n".utf8))
        #expect(outcome.passes == 5)
        #expect(!outcome.isStable)
    }

    @Test func oneFixServingTwoFindingsCountsBoth() throws {
        let pack = """
            rules:
              - id: core/line-endings
                kind: document
                problems: [mixed-line-endings]
              - id: core/crlf-line-endings
                kind: document
                problems: [crlf-line-endings]
            """
        let (text, outcome) = FixHarness.fixed(try RuleHarness.load(pack), "---\na: 1\r\n---\n")
        #expect(text == "---\na: 1\n---\n")
        #expect(outcome.applied.map(\.diagnostic.rule).sorted() == ["core/crlf-line-endings", "core/line-endings"])
    }

    @Test func aCleanDocumentIsLeftAsItIs() throws {
        let bytes = Array("---\na: 1\n---\nText.\n".utf8)
        let outcome = Fixer(linter: Linter(rules: try RuleHarness.load(FileEndingCheckTests.pack))).fix(path: "doc.md", bytes: bytes)
        #expect(outcome.bytes == bytes)
        #expect(!outcome.changed)
        #expect(outcome.passes == 0)
    }
}
