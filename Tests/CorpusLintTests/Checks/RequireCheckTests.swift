import Testing
@testable import CorpusLint

@Suite struct RequireCheckTests {
    static let pack = """
        rules:
          - id: core/empty-body
            kind: require
            pattern: '\\S'
            message: the document has no text after its front matter
          - id: extraction/masthead
            kind: require
            pattern: '^United Nations$'
            before: '^1\\. '
            report-at: body-start
        """

    @Test func emptyBodyAtTheClosingDelimiter() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\n\n   \n") == ["core/empty-body@3", "extraction/masthead@4"])
    }

    @Test func presentPatternIsClean() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\n\nUnited Nations\n\n1. Decides.\n").isEmpty)
    }

    @Test func patternAfterTheRegionDoesNotCount() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\n\n1. Decides.\nUnited Nations\n") == ["extraction/masthead@4"])
    }
}
