import Foundation
import Testing
import TestSupport

/// The validators the format tests rely on must say no to the known-bad samples of
/// `../shared/conformance/` and yes to the good ones: a harness that accepts everything would
/// make every schema test pass for nothing.
@Suite struct ConformanceHarnessTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOf: Conformance.file(path), encoding: .utf8)
    }

    // Skipped (failed on CI) without ../shared/ or the Python validators: `.ci/run` installs them.
    @Test(.needs("sarif/handwritten and Python jsonschema with rfc3986-validator (python3 -m pip install jsonschema rfc3986-validator)", Conformance.has("sarif/handwritten") && Conformance.jsonSchemaAvailable))
    func jsonSchemaHarness() throws {
        let sarif = "sarif/sarif-schema-2.1.0.json"
        #expect(try Conformance.jsonSchemaErrors(Self.read("sarif/handwritten/valid-linter-log.sarif"), schema: sarif) == [])
        for bad in ["invalid-bad-level", "invalid-missing-version", "invalid-startline-zero", "invalid-message-without-text",
                    "invalid-unknown-top-level-property"] {
            #expect(try !Conformance.jsonSchemaErrors(Self.read("sarif/handwritten/\(bad).sarif"), schema: sarif).isEmpty, "\(bad)")
        }
        let gitlab = "gitlab-code-quality/gitlab-codeclimate.schema.json"
        #expect(try Conformance.jsonSchemaErrors(Self.read("gitlab-code-quality/handwritten/valid-linter-report.json"), schema: gitlab, eachEntry: true) == [])
        for bad in ["invalid-missing-fingerprint", "invalid-line-as-string"] {
            #expect(try !Conformance.jsonSchemaErrors(Self.read("gitlab-code-quality/handwritten/\(bad).json"), schema: gitlab, eachEntry: true).isEmpty,
                    "\(bad)")
        }
        // `format: uri-reference` is checked, not just the shape.
        let badURI = try Self.read("sarif/handwritten/valid-linter-log.sarif").replacingOccurrences(of: "docs/intro%20page.md", with: "docs/intro page.md")
        #expect(try !Conformance.jsonSchemaErrors(badURI, schema: sarif).isEmpty)
    }

    @Test(.needs("checkstyle/handwritten and Python xmlschema (python3 -m pip install xmlschema)", Conformance.has("checkstyle/handwritten") && Conformance.xmlSchemaAvailable))
    func xmlSchemaHarness() throws {
        let checkstyle = "checkstyle/checkstyle-report-1.0.0.xsd"
        #expect(try Conformance.xmlSchemaErrors(Self.read("checkstyle/handwritten/linter-checkstyle-valid.xml"), schema: checkstyle) == [])
        for bad in ["linter-checkstyle-column-zero", "linter-checkstyle-bad-severity"] {
            #expect(try !Conformance.xmlSchemaErrors(Self.read("checkstyle/handwritten/\(bad).EXPECT-INVALID.xml"), schema: checkstyle).isEmpty, "\(bad)")
        }
        let junit = "junit/jenkins-xunit-junit-10.xsd"
        #expect(try Conformance.xmlSchemaErrors(Self.read("junit/handwritten/linter-junit-minimal.xml"), schema: junit) == [])
        #expect(try !Conformance.xmlSchemaErrors(Self.read("junit/handwritten/linter-junit-with-file-line-attrs.EXPECT-INVALID-under-XSDs.xml"),
                                                 schema: junit).isEmpty)
    }
}
