import Foundation
import Testing
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
    @Test(.enabled(if: Conformance.has("gitlab-code-quality/gitlab-codeclimate.schema.json") && Conformance.jsonSchemaAvailable))
    func everyEntryValidatesAgainstGitLabsSchema() throws {
        #expect(try Conformance.jsonSchemaErrors(Self.output(), schema: "gitlab-code-quality/gitlab-codeclimate.schema.json", eachEntry: true) == [])
        let empty = LintRun(results: [], summary: LintSummary(), rules: SampleRun.rules)
        let parsed = try JSONSerialization.jsonObject(with: Data(Self.output(empty).utf8)) as? [Any]
        #expect(parsed?.isEmpty == true, "a clean run is an empty array, not an empty file")
    }

    @Test func fingerprintsAreUniqueAndIgnoreTheLine() throws {
        let same = Diagnostic(path: "a.md", line: 3, column: 1, rule: "core/mojibake", severity: .error, message: "m", snippet: "Ã©")
        var moved = same
        moved.line = 40
        var other = same
        other.path = "./b.md"
        let prints = Fingerprint.of([same, moved, other])
        #expect(Set(prints).count == 3, "two equal findings in one file are told apart by their occurrence")
        #expect(Fingerprint.of([moved]) == Fingerprint.of([same]), "a finding that moves keeps its fingerprint")
        #expect(Fingerprint.of([other]) == Fingerprint.of([Diagnostic(path: "b.md", line: 9, column: 2, rule: "core/mojibake", severity: .warning,
                                                                       message: "other words", snippet: "Ã©")]))
        #expect(prints.allSatisfy { $0.count == 16 })
        // FNV-1a 64's published test values: the hash must never change between releases.
        #expect(Fingerprint.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Fingerprint.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Fingerprint.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func descriptionsAreOneLine() {
        #expect(CodeClimateReporter.singleLine("one\ntwo\r\nthree") == "one two three")
    }
}
