import Testing
@testable import CorpusLint

@Suite struct DocumentStructureCheckTests {
    static let pack = """
        rules:
          - id: front-matter/unterminated
            kind: document
            problems: [unterminated-front-matter]
            message: "front matter never closed: {problem}"
          - id: front-matter/syntax
            kind: document
            problems: [front-matter-syntax, front-matter-limit]
            severity: error
          - id: front-matter/duplicate-key
            kind: document
            problems: duplicate-key
            severity: warning
        """

    @Test func reportsTheProblemsItNamesAtTheirPositions() throws {
        let diagnostics = try RuleHarness.lint(Self.pack, "---\nsymbol: A\nsymbol: B\n---\nBody\n")
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column) \($0.severity)" } == ["front-matter/duplicate-key@3:1 warning"])
        #expect(diagnostics.first?.message == "key `symbol` is already defined at line 2")
    }

    @Test func messageTemplateNamesTheProblem() throws {
        let diagnostics = try RuleHarness.lint(Self.pack, "---\nsymbol: A\n\nUnited Nations\n")
        #expect(diagnostics.map(\.rule) == ["front-matter/unterminated"])
        #expect(diagnostics.first?.message == "front matter never closed: the front matter opened here is never closed by a `---` line")
    }

    @Test func syntaxErrorAtLibyamlsPosition() throws {
        let diagnostics = try RuleHarness.lint(Self.pack, "---\ntitle: \"open\ndate: x\n---\n")
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column)" } == ["front-matter/syntax@4:1"])
    }

    @Test func problemsNotNamedAreNotReported() throws {
        #expect(try RuleHarness.findings(Self.pack, "No front matter at all\n").isEmpty)
    }

    @Test func unknownProblemNameIsAPositionedPackError() {
        let errors = RuleHarness.errors("""
            rules:
              - id: front-matter/x
                kind: document
                problems: [unterminated-frontmatter]
            """)
        #expect(errors == ["rules/test/pack.yml:4:15: unknown document problem `unterminated-frontmatter` (did you mean `unterminated-front-matter`?); known: "
                           + DocumentProblem.Kind.allCases.map(\.rawValue).joined(separator: ", ")])
    }
}
