import Testing
@testable import CorpusLint

@Suite struct CompareCheckTests {
    static let pack = """
        rules:
          - id: date/distribution-line
            kind: extract
            name: distribution-date
            pattern: 'Distr\\.: General (?<value>.+)$'
          - id: date/adoption-line
            kind: extract
            name: adoption-date
            pattern: 'adopted by the General Assembly on (?<value>.+)$'
          - id: date/distribution-mismatch
            kind: compare
            left: { field: date, transform: [date] }
            right: { value: distribution-date, transform: [date] }
            report-at: right
            message: "distribution date {value} differs from the front-matter date {expected}"
          - id: date/order
            kind: compare
            left: { value: adoption-date, transform: [date] }
            right: { value: distribution-date, transform: [date] }
            op: not-after
            message: "adopted {left}, after distribution on {right}"
          - id: symbol/filename-mismatch
            kind: compare
            left: { field: symbol, transform: [{replace: '[/ ]', with: '_'}] }
            right: { field: source_pdf, transform: [{capture: '/files/(?<value>[^/]+)-[A-Z]{2}\\.pdf$'}] }
            report-at: right
        """

    static func doc(date: String = "2025-12-03", symbol: String = "A/RES/80/35", pdf: String = "A_RES_80_35-EN.pdf",
                    distribution: String = "3 December 2025", adoption: String = "1 December 2025") -> String {
        """
        ---
        symbol: \(symbol)
        date: "\(date)"
        language: EN
        source_pdf: https://digitallibrary.un.org/record/4095491/files/\(pdf)
        ---

        General Assembly Distr.: General \(distribution)

        Resolution adopted by the General Assembly on \(adoption)
        """
    }

    @Test func consistentDocumentIsClean() throws {
        #expect(try RuleHarness.findings(Self.pack, Self.doc()).isEmpty)
    }

    @Test func dateMismatchIsReportedAtTheBodyLine() throws {
        let diagnostics = try RuleHarness.lint(Self.pack, Self.doc(date: "2025-12-04"))
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column)-\($0.endColumn) \($0.message)" } == [
            "date/distribution-mismatch@8:34-49 distribution date 2025-12-03 differs from the front-matter date 2025-12-04",
        ])
    }

    @Test func adoptionAfterDistribution() throws {
        #expect(try RuleHarness.lint(Self.pack, Self.doc(adoption: "5 December 2025")).map { "\($0.rule)@\($0.line) \($0.message)" } == [
            "date/order@10 adopted 2025-12-05, after distribution on 2025-12-03",
        ])
    }

    @Test func symbolAgainstTheFileNameThroughTransforms() throws {
        #expect(try RuleHarness.findings(Self.pack, Self.doc(pdf: "A_RES_80_36-EN.pdf")) == ["symbol/filename-mismatch@5"])
        #expect(try RuleHarness.findings(Self.pack, Self.doc(symbol: "A/RES/54/54 B", pdf: "A_RES_54_54_B-EN.pdf")).isEmpty)
    }

    @Test func absentSideKeepsTheRuleSilent() throws {
        let noDistribution = Self.doc().replacingOccurrences(of: "General Assembly Distr.: General 3 December 2025", with: "General Assembly Distr.: General")
        #expect(try RuleHarness.findings(Self.pack, noDistribution).isEmpty)
    }

    @Test func withinDays() throws {
        let pack = """
            rules:
              - id: date/stale-extract
                kind: compare
                left: { field: extracted_at, transform: [date] }
                right: { field: date, transform: [date] }
                op: within-days
                days: 365
                message: "extracted {left}, more than {days} days from {right}"
            """
        let fine = "---\ndate: \"2025-12-03\"\nextracted_at: \"2026-02-28T16:10:31Z\"\n---\n"
        #expect(try RuleHarness.findings(pack, fine).isEmpty)
        let late = fine.replacingOccurrences(of: "2026-02-28", with: "2027-02-28")
        #expect(try RuleHarness.lint(pack, late).map(\.message) == ["extracted 2027-02-28, more than 365 days from 2025-12-03"])
    }

    @Test func optionMistakesArePositioned() {
        let errors = RuleHarness.errors("rules:\n  - id: a/b\n    kind: compare\n    left: { feild: date }\n    right: date\n    op: equals\n")
        #expect(errors == [
            "rules/test/pack.yml:4:11: `left` needs one of `field`, `value`, `document`, `literal` or `template`",
            "rules/test/pack.yml:4:13: unknown key `feild` (did you mean `field`?)",
            "rules/test/pack.yml:6:9: `op` must be one of equal, not-equal, before, after, not-before, not-after, within-days, matches, not-matches, not `equals` (did you mean `equal`?)",
        ])
    }
}
