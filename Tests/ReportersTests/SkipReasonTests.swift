import Testing

/// A skipped conformance test says which judge is missing and how to get it.
@Suite struct SkipReasonTests {
    @Test func reasonsNameTheMissingPieceAndTheInstall() {
        #expect(Conformance.skipReason("sarif/none-such.json", json: true).rawValue
                == "skipped: ../shared/conformance/sarif/none-such.json is absent beside the package")
        #expect(Conformance.skipReason("sarif", json: true, present: true).rawValue.contains("Python jsonschema with rfc3986-validator is not installed"))
        #expect(Conformance.skipReason("sarif", json: true, present: true).rawValue.contains("python3 -m pip install jsonschema rfc3986-validator"))
        #expect(Conformance.skipReason("junit", json: false, present: true).rawValue.contains("python3 -m pip install xmlschema"))
    }
}
