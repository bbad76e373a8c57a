import Foundation
import Testing
import TestSupport
@testable import CorpusLint
@testable import Reporters

@Suite struct JUnitReporterTests {
    static func output(_ run: LintRun = SampleRun.run, failing: Severity? = .error) -> String {
        var reporter = JUnitReporter(failingSeverity: failing)
        return reporter.runDone(run)
    }

    @Test func goldenOutput() throws {
        try Golden.expect(Self.output(), matches: "sample.junit.xml")
    }

    @Test func theFailLevelDecidesWhichFilesFail() {
        let strict = Self.output(failing: .info)
        #expect(strict.contains(#"<testsuites name="corpuslint" tests="4" failures="3" errors="0""#))
        #expect(!strict.contains("<system-out>"))
        let never = Self.output(failing: nil)
        #expect(never.contains(#"failures="0""#))
        #expect(!never.contains("<failure"))
    }

    // Skipped (failed on CI) without ../shared/ or without Python xmlschema: `.ci/run` installs it.
    @Test(.needs("junit/jenkins-xunit-junit-10.xsd and Python xmlschema (python3 -m pip install xmlschema)", Conformance.has("junit/jenkins-xunit-junit-10.xsd") && Conformance.xmlSchemaAvailable))
    func validatesAgainstJenkinsJUnitSchema() throws {
        for failing in [Severity.error, .info, nil] {
            #expect(try Conformance.xmlSchemaErrors(Self.output(failing: failing), schema: "junit/jenkins-xunit-junit-10.xsd") == [])
        }
        var long = SampleRun.run
        long.summary.durationMs = 1_234_567
        #expect(try Conformance.xmlSchemaErrors(Self.output(long), schema: "junit/jenkins-xunit-junit-10.xsd") == [])
        let empty = LintRun(results: [], summary: LintSummary(), rules: SampleRun.rules)
        #expect(try Conformance.xmlSchemaErrors(Self.output(empty), schema: "junit/jenkins-xunit-junit-10.xsd") == [])
        let hostile = Diagnostic(path: "a\u{1}b.md", line: 1, column: 1, rule: "x/y", severity: .error, message: "NUL \u{0} tab \t ]]> end")
        let run = LintRun(results: [FileResult(path: "a\u{1}b.md", diagnostics: [hostile])], summary: LintSummary(), rules: SampleRun.rules)
        #expect(try Conformance.xmlSchemaErrors(Self.output(run), schema: "junit/jenkins-xunit-junit-10.xsd") == [])
    }

    @Test func secondsHaveThreeDecimals() {
        #expect(JUnitReporter.seconds(12) == "0.012")
        #expect(JUnitReporter.seconds(1_234_567) == "1234.567")
        #expect(JUnitReporter.seconds(0) == "0.000")
    }
}
