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

    static let nesting = """
        rules:
          - id: numbering/paragraphs
            kind: sequence
            pattern: '^([0-9]+)\\.\\s'
            labels: arabic
            restart: ['^Part [IVX]+\\s*$', '^[A-C]\\s*$']
            nested-after: ':\\s*$'
        """

    /// A budget's table of sections: `Part` headings between `…:` and the `1.` it announces, and
    /// between the sections, which run on across them; then the paragraphs go on.
    @Test func headingsInsideAnAnnouncedListBelongToIt() throws {
        let table = ["A", "1. Appropriations are approved for the following sections:", "Section", "Part I", "1. Policymaking", "2. Conference management",
                     "Part II", "3. Political affairs", "4. Disarmament", "2. The Secretary-General is authorized to transfer credits;",
                     "3. The provision shall be administered as a unit;", "B", "Resolves that:", "1. Income is estimated as follows:",
                     "1. Staff assessment", "2. General income", "2. The income shall be credited to the Fund;"]
        let document = "---\na: 1\n---\n" + table.joined(separator: "\n") + "\n"
        #expect(try RuleHarness.findings(Self.nesting, document).isEmpty)
        // A section lost from the table is still found, and so is a paragraph lost after it.
        var lossy = table
        lossy[8] = "5. Disarmament"
        lossy[10] = "4. The provision shall be administered as a unit;"
        #expect(try RuleHarness.findings(Self.nesting, "---\na: 1\n---\n" + lossy.joined(separator: "\n") + "\n")
                == ["numbering/paragraphs@12", "numbering/paragraphs@14"])
        // Without the colon, the heading opens a count of its own and `2.` after `4.` is repeated.
        var plain = table
        plain[1] = "1. Appropriations are approved for the following sections."
        #expect(try RuleHarness.findings(Self.nesting, "---\na: 1\n---\n" + plain.joined(separator: "\n") + "\n")
                == ["numbering/paragraphs@13", "numbering/paragraphs@14"])
    }
}
