import CorpusLint
@testable import LanguageServer
import Testing

@Suite struct CodeActionsTests {
    @Test func eachFindingOnTheLinesAskedGetsOneQuickFix() throws {
        let document = try SuppressionEditTests.document()
        let findings = SuppressionEditTests.lint(document).map { DiagnosticTranslation.finding($0, in: document.lines) }
        let line17 = TextRange(start: Position(line: 17, character: 0), end: Position(line: 17, character: 0))
        let actions = CodeActions.actions(for: line17, only: nil, document: document, findings: findings, link: { _ in nil })
        let onLine = findings.filter { $0.range.start.line == 17 }
        #expect(!onLine.isEmpty)
        #expect(actions.count == Set(onLine.map(\.diagnostic.rule)).count)
        let first = try #require(actions.first)
        #expect(first["kind"] == "quickfix")
        #expect(first["title"]?.string?.contains("corpuslint-disable-next-line") == true)
        #expect(first["diagnostics"]?[0]?["code"] == .string(onLine[0].diagnostic.rule))
        #expect(first["edit"]?["changes"]?[document.uri]?[0]?["newText"]?.string?.hasPrefix("<!-- corpuslint-disable-next-line ") == true)
    }

    @Test func aRequestForOtherKindsGetsNone() throws {
        let document = try SuppressionEditTests.document()
        let findings = SuppressionEditTests.lint(document).map { DiagnosticTranslation.finding($0, in: document.lines) }
        let everything = TextRange(start: Position(line: 0, character: 0), end: document.lines.end)
        #expect(CodeActions.actions(for: everything, only: ["refactor"], document: document, findings: findings, link: { _ in nil }).isEmpty)
        #expect(!CodeActions.actions(for: everything, only: ["quickfix"], document: document, findings: findings, link: { _ in nil }).isEmpty)
    }
}
