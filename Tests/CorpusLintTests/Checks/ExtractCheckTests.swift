import Testing
@testable import CorpusLint

@Suite struct ExtractCheckTests {
    static let body = "---\nsymbol: A/RES/80/35\n---\n\nGeneral Assembly Distr.: General 3 December 2025\n\n1. Decides;\n\nDistr.: General 9 May 2026\n"

    @Test func firstOccurrenceBeforeARegionEnd() throws {
        let pack = """
            rules:
              - id: date/distribution-line
                kind: extract
                name: distribution-date
                pattern: 'Distr\\.: General (?<value>.+)$'
                before: '^1\\. '
              - id: date/check
                kind: compare
                left: $distribution-date
                right: { document: stem }
                message: "{value}"
            """
        let diagnostics = try RuleHarness.lint(pack, Self.body, path: "x.md")
        #expect(diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == ["5:34 3 December 2025"])
    }

    @Test func lastOccurrence() throws {
        let pack = """
            rules:
              - id: date/distribution-line
                kind: extract
                name: d
                pattern: 'Distr\\.: General (.+)$'
                occurrence: last
              - id: date/check
                kind: compare
                left: $d
                right: { document: stem }
                message: "{value}"
            """
        #expect(try RuleHarness.lint(pack, Self.body).map(\.message) == ["9 May 2026"])
    }

    @Test func requiredLineMissingIsAFinding() throws {
        let pack = """
            rules:
              - id: extraction/missing-masthead
                kind: extract
                name: session
                pattern: '^(\\w+) session'
                required: true
                message: "no {name} line"
            """
        let diagnostics = try RuleHarness.lint(pack, Self.body)
        #expect(diagnostics.map { "\($0.rule)@\($0.line) \($0.message)" } == ["extraction/missing-masthead@3 no session line"])
    }

    @Test func valuesFeedConditions() throws {
        let pack = """
            rules:
              - id: date/distribution-line
                kind: extract
                name: d
                pattern: 'Distr\\.: General (.+)$'
              - id: core/flag
                kind: require
                pattern: 'never here'
                when:
                  $d: { matches: 'December' }
            """
        #expect(try RuleHarness.findings(pack, Self.body) == ["core/flag@3"])
        #expect(try RuleHarness.findings(pack, Self.body.replacingOccurrences(of: "3 December", with: "3 May")).isEmpty)
    }
}
