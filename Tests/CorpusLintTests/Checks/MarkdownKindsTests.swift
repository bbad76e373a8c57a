import Testing
@testable import CorpusLint

/// `headings`, `reference-links`, the `markdown: fenced-code` zone and `outside-code-spans`.
@Suite struct MarkdownKindsTests {
    @Test func headingsAsStructure() throws {
        let pack = """
            rules:
              - id: law/headings
                kind: headings
                levels:
                  2: '^(?:§|Art\\.?) [0-9]+[a-z]?\\b'
            """
        let clean = "---\nt: 1\n---\n# Gesetz\n\n## § 1 Zweck\n\n### Absatz\n\n## § 2a Begriffe ##\n"
        #expect(try RuleHarness.findings(pack, clean).isEmpty)
        let broken = """
            ---
            t: 1
            ---
            # Gesetz
            #### Too deep
            ## Paragraph 3
            ```
            # not a heading in code
            ```
            # Second title
            #hashtag is no heading
            """
        #expect(try RuleHarness.lint(pack, broken).map { "\($0.line) \($0.message)" } == [
            "5 heading level 4 after level 1: level 2 is skipped",
            "6 level-2 heading `Paragraph 3` does not match `^(?:§|Art\\.?) [0-9]+[a-z]?\\b`",
            "10 a second level-1 heading: a document has one title",
        ])
        #expect(try RuleHarness.lint(pack, "---\nt: 1\n---\n## § 1\n").map { "\($0.line) \($0.message)" } == [
            "3 no level-1 heading: the document has no title",
        ])
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: headings\n    levels: { 7: x }\n") == [
            "rules/test/pack.yml:4:15: a heading level is 1 to 6, not `7`",
        ])
    }

    @Test func referenceLinksWithCaseInsensitiveLabels() throws {
        let pack = "rules:\n  - id: links/reference\n    kind: reference-links\n"
        let document = """
            ---
            t: 1
            ---
            Read [the report][Report 2019] and [Press] [][] and [press][].
            A [missing one][nowhere], an [inline](https://x.org), a footnote[^1], `[code][nope]`.
            [report   2019]: https://example.org/report
            [press]: https://example.org/press
            [unused]: https://example.org/unused
            [PRESS]: https://example.org/again
            ```
            [in code][nope]
            ```
            """
        #expect(try RuleHarness.lint(pack, document).map { "\($0.line):\($0.column) \($0.message)" } == [
            "5:3 reference link `[nowhere]` has no definition",
            "8:1 link definition `[unused]` is never used",
            "9:1 link definition `[PRESS]` is already given on line 7",
        ])
    }

    @Test func fencedCodeZoneAndCodeSpans() throws {
        let pack = """
            zones:
              code: { markdown: fenced-code }
            rules:
              - id: style/straight-quotes
                kind: forbid
                pattern: '"'
                outside-zone: code
                outside-code-spans: true
            """
        let document = """
            ---
            t: 1
            ---
            Use `"quoted"` in code, and ``a ` "tick"`` too.
            But "this" is prose.
            ~~~~ yaml
            key: "value"
            ~~~
            still: "code"
            ~~~~
            After "the" fence.
            """
        #expect(try RuleHarness.findings(pack, document) == ["style/straight-quotes@5", "style/straight-quotes@5", "style/straight-quotes@11", "style/straight-quotes@11"])
        #expect(RuleHarness.errors("zones:\n  code: { markdown: fenced }\nrules: []\n").count == 1)
    }
}
