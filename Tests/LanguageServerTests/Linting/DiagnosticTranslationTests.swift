import CorpusLint
@testable import LanguageServer
import Testing

@Suite struct DiagnosticTranslationTests {
    @Test func aRangeInScalarsBecomesARangeInUTF16Units() {
        // The finding covers "𝄞é" (columns 3..<5 in scalars): characters 2..<5 in UTF-16.
        let lines = LineTable(Array("ab𝄞éz".utf8))
        let finding = DiagnosticTranslation.finding(Diagnostic(path: "a.md", line: 1, column: 3, endLine: 1, endColumn: 5,
                                                               rule: "x/y", severity: .warning, message: "m"), in: lines)
        #expect(finding.range == TextRange(start: Position(line: 0, character: 2), end: Position(line: 0, character: 5)))
        let json = finding.json(link: "https://example.org/rules/x-y")
        #expect(json["severity"] == 2)
        #expect(json["code"] == "x/y")
        #expect(json["source"] == "corpuslint")
        #expect(json["codeDescription"]?["href"] == "https://example.org/rules/x-y")
        #expect(finding.json(link: nil)["codeDescription"] == nil)
    }

    @Test func aPointCoversTheCharacterThere() {
        let lines = LineTable(Array("a𝄞".utf8))
        let point = DiagnosticTranslation.finding(Diagnostic(path: "a.md", line: 1, column: 2, rule: "x/y", severity: .error, message: "m"), in: lines)
        #expect(point.range == TextRange(start: Position(line: 0, character: 1), end: Position(line: 0, character: 3)))
        let atEnd = DiagnosticTranslation.finding(Diagnostic(path: "a.md", line: 1, column: 3, rule: "x/y", severity: .info, message: "m"), in: lines)
        #expect(atEnd.range == TextRange(start: Position(line: 0, character: 3), end: Position(line: 0, character: 3)))
    }
}
