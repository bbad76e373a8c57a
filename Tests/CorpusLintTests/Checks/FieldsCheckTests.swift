import Testing
@testable import CorpusLint

@Suite struct FieldsCheckTests {
    static let required = """
        rules:
          - id: front-matter/required
            kind: fields
            fields: [symbol, record_id, date]
            required: true
        """

    static let types = """
        rules:
          - id: front-matter/type
            kind: fields
            fields:
              record_id: { quoted: true, pattern: '^[0-9]+$' }
              date: { type: date, quoted: true }
              extracted_at: { type: datetime, utc: true }
              extract_version: { pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' }
              language: { enum: [AR, ZH, EN, FR, RU, ES] }
              source_pdf: { type: url }
              pages: { type: integer }
            reports:
              quoted: { severity: warning }
        """

    static func doc(_ fields: String) -> String { "---\n\(fields)\n---\n\nBody\n" }

    @Test func missingAndEmptyRequiredFields() throws {
        let diagnostics = try RuleHarness.lint(Self.required, Self.doc("symbol: A/RES/80/35\nrecord_id: \"\"\n"))
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column) \($0.message)" } == [
            "front-matter/required@1:1 required field `date` is missing",
            "front-matter/required@3:12 field `record_id` is empty",
        ])
    }

    @Test func allPresentIsClean() throws {
        #expect(try RuleHarness.findings(Self.required, Self.doc("symbol: x\nrecord_id: \"1\"\ndate: \"2025-12-03\"")).isEmpty)
    }

    @Test func brokenFrontMatterLeavesFieldsSilent() throws {
        #expect(try RuleHarness.findings(Self.required, "No front matter\n").isEmpty)
        #expect(try RuleHarness.findings(Self.required, "---\n- a list\n---\n").isEmpty)
    }

    @Test func validTypesAreClean() throws {
        let fields = """
            record_id: "4095491"
            date: "2025-12-03"
            extracted_at: "2026-02-28T16:10:31Z"
            extract_version: "1.1.0"
            language: EN
            source_pdf: https://digitallibrary.un.org/record/4095491/files/A_RES_80_35-EN.pdf
            pages: 12
            """
        #expect(try RuleHarness.findings(Self.types, Self.doc(fields)).isEmpty)
    }

    @Test func eachConstraintReportsAtTheValue() throws {
        let fields = """
            record_id: 4095491
            date: 2025-12-03
            extracted_at: "2026-02-28T16:10:31+01:00"
            extract_version: "1.1"
            language: English
            source_pdf: digitallibrary.un.org/record/1
            pages: many
            """
        let diagnostics = try RuleHarness.lint(Self.types, Self.doc(fields))
        #expect(diagnostics.map { "\($0.line):\($0.column) \($0.severity) \($0.message)" } == [
            "2:12 warning field `record_id` must be a quoted string",
            "3:7 warning field `date` must be a quoted string",
            "4:15 error field `extracted_at` must be an ISO 8601 UTC datetime (ending in Z), not `2026-02-28T16:10:31+01:00`",
            "5:18 error field `extract_version` value `1.1` is not a match of `^[0-9]+\\.[0-9]+\\.[0-9]+$`",
            "6:11 error field `language` must be one of AR, ZH, EN, FR, RU, ES, not `English`",
            "7:13 error field `source_pdf` must be a URL, not `digitallibrary.un.org/record/1`",
            "8:8 error field `pages` must be an integer, not `many`",
        ])
    }

    /// ASCII values are tested on their bytes, others on their characters: both readings must
    /// agree on where a URL ends and what it needs (a scheme in any case, a host, no whitespace).
    @Test func urlsAreJudgedAlikeInASCIIAndBeyond() throws {
        let cases: [(String, Bool)] = [
            ("HTTPS://example.org/a", true), ("http://example.org", true), ("http://h/", true),
            ("http:///path", false), ("http://", false), ("ftp://example.org", false), ("https:/x", false),
        ]
        for (url, valid) in cases {
            for value in [url, url + "/\u{E9}"] {
                let found = try RuleHarness.findings(Self.types, Self.doc("source_pdf: \"\(value)\""))
                #expect(found.isEmpty == valid, "\(value)")
            }
        }
        #expect(try RuleHarness.findings(Self.types, Self.doc("source_pdf: \"http://a.org/x\\ty\"")) == ["front-matter/type@2"])
        #expect(try RuleHarness.findings(Self.types, Self.doc("source_pdf: \"http://a.org/x\\u00A0y\"")) == ["front-matter/type@2"])
    }

    @Test func notAnISODateIsATypeError() throws {
        #expect(try RuleHarness.findings(Self.types, Self.doc("date: \"3 December 2025\"")) == ["front-matter/type@2"])
        // A date in ISO form that does not exist is left to date rules.
        #expect(try RuleHarness.findings(Self.types, Self.doc("date: \"2025-02-30\"")).isEmpty)
    }

    @Test func unknownFieldsAreOptIn() throws {
        let pack = """
            rules:
              - id: front-matter/unknown
                kind: fields
                unknown: true
                allowed: [symbol, title]
            """
        let diagnostics = try RuleHarness.lint(pack, Self.doc("symbol: x\ntitel: y\nextra: z"))
        #expect(diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
            "3:1 unknown field `titel` (did you mean `title`?)",
            "4:1 unknown field `extra`",
        ])
    }

    @Test func unknownTypeWordIsAPositionedError() {
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: fields\n    fields: [x]\n    type: strng\n") == [
            "rules/test/pack.yml:5:11: `type` must be one of string, integer, number, boolean, date, datetime, url, list, mapping, not `strng` (did you mean `string`?)",
        ])
    }
}
