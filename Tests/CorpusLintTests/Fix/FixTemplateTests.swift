import Testing
@testable import CorpusLint

/// `fix:` in a forbid rule: read and checked when the pack loads, applied to each match.
@Suite struct FixTemplateTests {
    @Test func aReplacementFillsTheMatchAndCaptures() throws {
        let pack = """
            rules:
              - id: test/glued
                kind: forbid
                pattern: '(?<word>\\w+)---\\s*$'
                fix: { replace: "{word}\\n---", safety: safe }
            """
        #expect(try FixHarness.fixed(pack, "---\na: 1\n---\nthe Goals---\nnext\n") == "---\na: 1\n---\nthe Goals\n---\nnext\n")
        #expect(try FixHarness.offered(pack, "---\na: 1\n---\nthe Goals---\n") == ["test/glued: replace `Goals---` with `Goals\\n---` (safe)"])
    }

    @Test func aLineIsRemovedWithItsLineBreak() throws {
        let pack = """
            rules:
              - id: test/furniture
                kind: forbid
                pattern: '^[0-9]{2}-[0-9]{5}$'
                fix: { remove: line, safety: unsafe, description: "remove `{match}`" }
            """
        let document = "---\na: 1\n---\nText\n25-19346\nmore\n25-19347"
        #expect(try FixHarness.fixed(pack, document) == document, "unsafe: not applied by default")
        #expect(try FixHarness.fixed(pack, document, unsafe: true) == "---\na: 1\n---\nText\nmore\n")
        #expect(try FixHarness.offered(pack, document).first == "test/furniture: remove `25-19346` (unsafe)")
    }

    @Test func blankLinesAfterAParagraphGoToJoinIt() throws {
        let pack = """
            rules:
              - id: test/split
                kind: forbid
                pattern: '\\p{Ll}$'
                paragraph-end: true
                next-line: '^\\p{Ll}'
                fix: { remove: blank-lines-after, safety: unsafe }
            """
        let document = "---\na: 1\n---\nthe verification of\n\n\ndisarmament is shared;\n\nthe end"
        #expect(try FixHarness.fixed(pack, document, unsafe: true) == "---\na: 1\n---\nthe verification of\ndisarmament is shared;\n\nthe end")
        #expect(try RuleHarness.findings(pack, document) == ["test/split@4"], "the last paragraph has no next line to join")
    }

    @Test func mistakesAreReportedWhereTheyStand() {
        func errors(_ fix: String, paragraphEnd: Bool = false) -> [String] {
            RuleHarness.errors("""
                rules:
                  - id: test/r
                    kind: forbid
                    pattern: '(?<word>x)'\(paragraphEnd ? "\n    paragraph-end: true" : "")
                    fix: \(fix)
                """)
        }
        #expect(errors("{ replace: '{wrod}', safety: safe }").first?.contains("5:") == true)
        #expect(errors("{ replace: '{wrod}', safety: safe }").first?.contains("`{wrod}`, which this rule's patterns do not capture (did you mean `word`?)") == true)
        #expect(errors("{ replace: 'y' }").first?.contains("`fix` needs `safety`") == true)
        #expect(errors("{ replace: 'y', safety: maybe }").first?.contains("safety") == true)
        #expect(errors("{ remove: paragraph, safety: safe }").first?.contains("remove") == true)
        #expect(errors("{ remove: blank-lines-after, safety: unsafe }").first?.contains("needs `paragraph-end: true`") == true)
        #expect(errors("{ remove: blank-lines-after, safety: unsafe }", paragraphEnd: true).isEmpty)
        #expect(errors("{ replace: 'y', remove: line, safety: safe }").first?.contains("not both") == true)
        #expect(errors("{ safety: safe }").first?.contains("needs `replace: TEMPLATE`") == true)
        #expect(errors("{ replace: y, safety: safe, sefety: x }").first?.contains("unknown key `sefety`") == true)
        #expect(errors("remove the line").first?.contains("`fix` must be a mapping") == true)
    }

    @Test func aKindWithoutFixesRejectsTheKey() {
        let errors = RuleHarness.errors("""
            rules:
              - id: test/r
                kind: require
                pattern: x
                fix: { replace: y, safety: safe }
            """)
        #expect(errors.first?.contains("unknown key `fix`") == true)
    }
}
