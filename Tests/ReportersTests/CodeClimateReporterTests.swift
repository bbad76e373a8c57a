import Foundation
import Testing
import TestSupport
@testable import CorpusLint
@testable import Reporters

@Suite struct CodeClimateReporterTests {
    static func output(_ run: LintRun = SampleRun.run) -> String {
        var reporter = CodeClimateReporter()
        return reporter.runDone(run)
    }

    @Test func goldenOutput() throws {
        try Golden.expect(Self.output(), matches: "sample.codeclimate.json")
    }

    // GitLab validates each entry on its own and stops at the first invalid one. Skipped (not failed)
    // on a clone without ../shared/ or without Python jsonschema: `.ci/run` installs it.
    @Test(.needs("gitlab-code-quality/gitlab-codeclimate.schema.json and Python jsonschema with rfc3986-validator (python3 -m pip install jsonschema rfc3986-validator)", Conformance.has("gitlab-code-quality/gitlab-codeclimate.schema.json") && Conformance.jsonSchemaAvailable))
    func everyEntryValidatesAgainstGitLabsSchema() throws {
        #expect(try Conformance.jsonSchemaErrors(Self.output(), schema: "gitlab-code-quality/gitlab-codeclimate.schema.json", eachEntry: true) == [])
        let empty = LintRun(results: [], summary: LintSummary(), rules: SampleRun.rules)
        let parsed = try JSONSerialization.jsonObject(with: Data(Self.output(empty).utf8)) as? [Any]
        #expect(parsed?.isEmpty == true, "a clean run is an empty array, not an empty file")
    }

    @Test func fingerprintsAreTheSharedOnes() throws {
        let diagnostics = SampleRun.run.diagnostics
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(Self.output().utf8)) as? [[String: Any]])
        #expect(issues.compactMap { $0["fingerprint"] as? String } == Fingerprint.of(diagnostics))
    }

    @Test func descriptionsAreOneLine() {
        #expect(CodeClimateReporter.singleLine("one\ntwo\r\nthree") == "one two three")
    }
}
