import Foundation
import Testing
import TestSupport
@testable import CorpusLint
@testable import Reporters

@Suite struct CheckstyleReporterTests {
    static func output(_ run: LintRun = SampleRun.run) -> String {
        var reporter = CheckstyleReporter()
        return reporter.runDone(run)
    }

    @Test func goldenOutput() throws {
        try Golden.expect(Self.output(), matches: "sample.checkstyle.xml")
    }

    // Skipped (failed on CI) without ../shared/ or without Python xmlschema: `.ci/run` installs it.
    @Test(.needs("checkstyle/checkstyle-report-1.0.0.xsd and Python xmlschema (python3 -m pip install xmlschema)", Conformance.has("checkstyle/checkstyle-report-1.0.0.xsd") && Conformance.xmlSchemaAvailable))
    func validatesAgainstTheCheckstyleSchema() throws {
        #expect(try Conformance.xmlSchemaErrors(Self.output(), schema: "checkstyle/checkstyle-report-1.0.0.xsd") == [])
        let hostile = Diagnostic(path: "a'b\".md", line: 1, column: 1, rule: "x/y", severity: .info, message: "bell \u{7} line\nbreak")
        let run = LintRun(results: [FileResult(path: "a'b\".md", diagnostics: [hostile])], summary: LintSummary(), rules: SampleRun.rules)
        #expect(try Conformance.xmlSchemaErrors(Self.output(run), schema: "checkstyle/checkstyle-report-1.0.0.xsd") == [])
    }

    @Test func attributesKeepLineBreaksAndDropWhatXMLCannotCarry() {
        #expect(XMLText.attribute("a\tb\nc\rd\u{7}e'\"<&>") == "a&#9;b&#10;c&#13;d\u{FFFD}e&apos;&quot;&lt;&amp;&gt;")
        #expect(XMLText.text("a\nb\u{0}<]]>") == "a\nb\u{FFFD}&lt;]]&gt;")
    }
}
