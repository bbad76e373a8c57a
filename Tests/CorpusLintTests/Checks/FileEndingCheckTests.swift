import Testing
@testable import CorpusLint

@Suite struct FileEndingCheckTests {
    static let pack = """
        rules:
          - id: text/ending
            kind: file-ending
            reports:
              missing-final-newline: { id: text/final-newline }
              blank-lines-at-end: { id: text/blank-lines-at-end }
              trailing-space: { id: text/trailing-space }
        """

    @Test func aCleanFileHasNoFinding() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\ntitle: A\n---\nText.\n").isEmpty)
        #expect(try RuleHarness.findings(Self.pack, "---\r\ntitle: A\r\n---\r\nText.\r\n").isEmpty, "CRLF is a line break too")
    }

    @Test func theLastLineMustEndWithALineBreak() throws {
        let found = try RuleHarness.lint(Self.pack, "---\ntitle: A\n---\nText.")
        #expect(found.map(\.rule) == ["text/final-newline"])
        #expect(found.first?.line == 4)
        #expect(found.first?.column == 6, "reported just after the last character")
    }

    @Test func blankLinesAtTheEndAreOneFindingFromTheFirst() throws {
        let found = try RuleHarness.lint(Self.pack, "---\ntitle: A\n---\nText.\n\n  \n\n")
        #expect(found.map(\.rule) == ["text/blank-lines-at-end"])
        #expect(found.first?.line == 5)
        #expect(found.first?.endLine == 7)
        #expect(found.first?.message == "3 blank lines at the end of the file")
    }

    @Test func trailingSpacesAndTabsAreReportedWhereTheyStart() throws {
        let found = try RuleHarness.lint(Self.pack, "---\ntitle: A \n---\nTëxt.\t \nok\n")
        #expect(found.map { "\($0.rule)@\($0.line):\($0.column)-\($0.endColumn ?? 0)" }
                == ["text/trailing-space@2:9-10", "text/trailing-space@4:6-8"])
        #expect(found.last?.message == "2 spaces or tabs at the end of the line")
    }

    @Test func markdownHardBreaksMayBeAllowed() throws {
        let document = "---\ntitle: A\n---\nA line  \nthree   \n"
        #expect(try RuleHarness.findings(Self.pack, document) == ["text/trailing-space@4", "text/trailing-space@5"])
        let allowing = Self.pack + "\n    allow-hard-breaks: true\n"
        #expect(try RuleHarness.findings(allowing, document) == ["text/trailing-space@5"])
    }

    @Test func aRuleChoosesItsChecks() throws {
        let pack = "rules:\n  - id: text/final-newline\n    kind: file-ending\n    checks: [missing-final-newline]\n"
        #expect(try RuleHarness.findings(pack, "a \n\n\nb").map { $0 } == ["text/final-newline@4"])
        let wrong = RuleHarness.errors("rules:\n  - id: text/x\n    kind: file-ending\n    checks: [trailing-spaces]\n")
        #expect(wrong.count == 1)
        #expect(wrong.first?.contains("did you mean `trailing-space`") == true)
    }

    @Test func theTextPackExamplesPass() throws {
        let outcomes = ExampleRunner.run(try PackLoader.load(["text"]))
        #expect(outcomes.count == 6)
        for outcome in outcomes { #expect(outcome.passed, "\(outcome.rule) example \(outcome.index): \(outcome.actual)") }
    }
}
