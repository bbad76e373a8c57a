import Foundation
import Testing
import TestSupport
@testable import CorpusLint

/// The footnote index's bound: what a file of tens of megabytes of markers costs.
@Suite struct FootnoteIndexTests {
    static let pack = """
        rules:
          - id: t/footnotes
            kind: references
            markers:
              - pattern: '\\[\\^([0-9]+)\\]'
            definitions:
              - pattern: '^\\[\\^([0-9]+)\\]:'
        """

    /// Found by the hostile-input catalogue: a one-line file of 40 MB held 3.8 million markers,
    /// each kept to the end of the file (and every match of the line gathered at once): 1.1 GB.
    @Test func theIndexStopsAtItsBoundAndSaysSo() throws {
        let count = FootnoteIndex.maxOccurrences + 10
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostics = try RuleHarness.lint(Self.pack, "---\na: 1\n---\nText.\n" + String(repeating: "[^7]", count: count) + "\n[^7]: Note.\n")
        print("\(count) footnote markers on one line: \(clock.now - start)")
        #expect(diagnostics.map { "\($0.rule)@\($0.line)" } == ["engine/too-many-findings@5"])
        #expect(diagnostics.first?.message == "rule t/footnotes stopped reading footnotes here, after 1000000 markers and definitions; "
                + "the rest of the file is not checked for footnotes")
    }

    /// Below the bound, the index costs in proportion to the markers it holds.
    @Test func theIndexGrowsLinearly() throws {
        let growth = try WorkCost.growth(from: 12_500) { count in
            let diagnostics = try RuleHarness.findings(Self.pack, "---\na: 1\n---\n" + String(repeating: "[^7]", count: count) + "[^8]\n[^7]: Note.\n")
            #expect(diagnostics == ["t/footnotes@4"])
        }
        #expect(growth < WorkCost.linear)
    }

    @Test func belowTheBoundEverythingIsChecked() throws {
        let diagnostics = try RuleHarness.findings(Self.pack, "---\na: 1\n---\n" + String(repeating: "[^7]", count: 1_000) + "[^8]\n[^7]: Note.\n")
        #expect(diagnostics == ["t/footnotes@4"])
    }
}
