import CorpusLint
@testable import LanguageServer
import Testing

@Suite struct HoverTests {
    @Test func aFindingHoversWithWhatExplainPrints() throws {
        let rules = try PackLoader.load(["un"])
        let document = try SuppressionEditTests.document()
        let findings = SuppressionEditTests.lint(document).map { DiagnosticTranslation.finding($0, in: document.lines) }
        let finding = try #require(findings.first { $0.diagnostic.rule == "date/invalid" && $0.diagnostic.line == 18 })
        let inside = Position(line: finding.range.start.line, character: finding.range.start.character + 1)
        let hover = Hover.result(at: inside, findings: findings, rules: rules)
        let text = try #require(hover["contents"]?["value"]?.string)
        #expect(text.hasPrefix("date/invalid (error): \(finding.diagnostic.message)"))
        #expect(text.contains(RuleDocumentation.text(for: "date/invalid", in: try #require(rules.reportIDs["date/invalid"]))))
        #expect(Hover.result(at: Position(line: 0, character: 0), findings: findings, rules: rules) == .null)
    }
}
