import Foundation
import Testing
import TestSupport
@testable import CorpusLint
@testable import Reporters

/// Every format on the real findings of the sample corpus with the shipped packs, judged by the
/// same validators as the golden samples: real rule metadata, real messages, real positions.
@Suite struct CorpusReportsTests {
    static let run: LintRun = {
        let root = Conformance.packageRoot.path + "/"
        let rules = try! PackLoader.load(Configuration().packs)
        let (results, summary) = Linter(rules: rules).lint(paths: [root + "corpus"])
        let relative = results.map { result in
            var result = result
            result.path = String(result.path.dropFirst(root.count))
            for index in result.diagnostics.indices { result.diagnostics[index].path = result.path }
            return result
        }
        return LintRun(results: relative, summary: summary, rules: rules)
    }()

    static func report(_ format: ReportFormat) -> String {
        var reporter = format.reporter(.init(failingSeverity: .warning, sourceRoot: "/srv/corpuslint"))
        return run.results.compactMap { reporter.fileDone($0) }.joined() + reporter.runDone(run)
    }

    @Test func theCorpusHasErrorsAndWarnings() {
        #expect(Self.run.summary.errors > 0 && Self.run.summary.warnings > 0)
        #expect(Self.run.results.allSatisfy { $0.path.hasPrefix("corpus/") })
    }

    // Skipped (failed on CI) without ../shared/ or the Python validators: `.ci/run` installs them.
    @Test(.needs("sarif and Python jsonschema with rfc3986-validator (python3 -m pip install jsonschema rfc3986-validator)", Conformance.has("sarif") && Conformance.jsonSchemaAvailable))
    func jsonFormatsValidate() throws {
        #expect(try Conformance.jsonSchemaErrors(Self.report(.sarif), schema: "sarif/sarif-schema-2.1.0.json") == [])
        #expect(try Conformance.jsonSchemaErrors(Self.report(.codeclimate), schema: "gitlab-code-quality/gitlab-codeclimate.schema.json", eachEntry: true) == [])
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(Self.report(.codeclimate).utf8)) as? [[String: Any]])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(fingerprints.count == Self.run.diagnostics.count)
        #expect(Set(fingerprints).count == fingerprints.count, "GitLab keeps one issue per fingerprint")
    }

    @Test(.needs("junit and Python xmlschema (python3 -m pip install xmlschema)", Conformance.has("junit") && Conformance.xmlSchemaAvailable))
    func xmlFormatsValidate() throws {
        #expect(try Conformance.xmlSchemaErrors(Self.report(.junit), schema: "junit/jenkins-xunit-junit-10.xsd") == [])
        #expect(try Conformance.xmlSchemaErrors(Self.report(.checkstyle), schema: "checkstyle/checkstyle-report-1.0.0.xsd") == [])
    }

    @Test func streamedFormatsKeepOneRecordPerLine() throws {
        let jsonl = Self.report(.jsonl).split(separator: "\n")
        #expect(jsonl.count == Self.run.diagnostics.count + 1)
        for line in jsonl { #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any]) }
        let github = Self.report(.github).split(separator: "\n")
        let annotations = github.compactMap { RunnerCommandParser.parse(String($0), registered: ["error", "warning", "notice"]) }
        #expect(annotations.count == Severity.allCases.map { severity in min(10, Self.run.diagnostics.filter { $0.severity == severity }.count) }.reduce(0, +))
        #expect(annotations.allSatisfy { annotation in annotation.properties.contains { $0.0 == "file" } })
    }
}
