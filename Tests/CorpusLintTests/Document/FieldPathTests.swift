import Testing
@testable import CorpusLint

@Suite struct FieldPathTests {
    static let archive = """
        ---
        title: Telegram
        naa_refs:
          - naa_barcode: "123"
            reference: A1838/1
          - naa_barcode: "12x"
            reference: A1838/2
          - reference: A1838/3
        author: { name: Casey }
        og.image: literal.png
        ---
        Body
        """

    @Test func pathsReachIntoListsAndMappings() throws {
        let pack = """
            rules:
              - id: archive/barcode
                kind: fields
                fields:
                  naa_refs[].naa_barcode: { required: true, pattern: '^[0-9]+$' }
              - id: archive/first-reference
                kind: compare
                left: naa_refs[0].reference
                op: matches
                pattern: '^A1838/1$'
              - id: archive/author
                kind: fields
                fields:
                  author.name: { enum: [Casey] }
                  og.image: { pattern: '^literal' }
            """
        let found = try RuleHarness.lint(pack, Self.archive)
        #expect(found.map { "\($0.rule)@\($0.line):\($0.column) \($0.message)" } == [
            "archive/barcode@6:18 field `naa_refs[].naa_barcode` value `12x` is not a match of `^[0-9]+$`",
            "archive/barcode@8:5 required field `naa_refs[].naa_barcode` is missing",
        ])
    }

    @Test func conditionsAndUniquenessReadPaths() throws {
        let pack = """
            rules:
              - id: archive/second
                kind: fields
                fields: [title]
                enum: [Other]
                when:
                  naa_refs[1].reference: A1838/2
            """
        #expect(try RuleHarness.findings(pack, Self.archive) == ["archive/second@2"])
        #expect(FieldPath("a[x].b") == nil)
        #expect(FieldPath("a[]")?.steps == [.key("a"), .each])
    }
}
