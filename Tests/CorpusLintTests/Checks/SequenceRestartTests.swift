import Testing
@testable import CorpusLint

/// Restart lines that let a count start again or carry on, through the real engine.
@Suite struct SequenceRestartTests {
    static let pack = """
        rules:
          - id: numbering/paragraphs
            kind: sequence
            pattern: '^([0-9]+)\\.\\s'
            labels: arabic
            restart: '^[IVX]+\\.?(?:\\s|$)'
        """

    @Test func sectionsMayRestartOrCarryOn() throws {
        let restarting = "---\na: 1\n---\nI\n1. A;\n2. B;\nII\n1. C;\n2. D;\n"
        #expect(try RuleHarness.findings(Self.pack, restarting).isEmpty)
        let carrying = "---\na: 1\n---\nI.\n1. A;\n2. B;\nII. Implementation\n3. C;\n4. D;\n"
        #expect(try RuleHarness.findings(Self.pack, carrying).isEmpty)
        let glued = "---\na: 1\n---\nI.\n1. A;\n2. B;\nIII. Conclusion 3. We declare;\n4. D;\n"
        #expect(try RuleHarness.findings(Self.pack, glued) == ["numbering/paragraphs@8"])
    }
}
