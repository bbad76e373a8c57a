import Testing
@testable import CorpusLint

/// `compare`'s literal, template and pattern operands.
@Suite struct CompareOperandTests {
    @Test func aFileNameJoinedFromFields() throws {
        let pack = """
            rules:
              - id: archive/file-name
                kind: compare
                left: { document: name }
                right: { template: "{doc_num}-{slug(title)}.md" }
                message: "the file is named {left}, expected {right}"
            """
        let doc = "---\ndoc_num: 12\ntitle: \"Cablegram: Evatt to Chifley, 3 May\"\n---\n"
        #expect(try RuleHarness.findings(pack, doc, path: "vol1/12-cablegram-evatt-to-chifley-3-may.md").isEmpty)
        #expect(try RuleHarness.lint(pack, doc, path: "vol1/12-cablegram.md").map(\.message) == [
            "the file is named 12-cablegram.md, expected 12-cablegram-evatt-to-chifley-3-may.md",
        ])
        // A document without one of the fields: the rule is silent (`fields` reports it).
        #expect(try RuleHarness.findings(pack, "---\ntitle: x\n---\n", path: "a.md").isEmpty)
    }

    @Test func templateFunctionsAndPathParts() throws {
        let context = { (fields: String, path: String, body: (DocumentContext) -> Void) in
            let document = Document(path: path, bytes: Array("---\n\(fields)\n---\n".utf8))
            document.text.withUnsafeBufferPointer { buffer in
                body(DocumentContext(document: document, buffer: buffer, zones: [], matchers: MatcherCache()))
            }
        }
        context("title: Über  die Straße!\nlang: DE", "de/_posts/a.md") { c in
            #expect(try! ValueTemplate.parse("{slug(title)}").get().render(c) == "über-die-straße")
            #expect(try! ValueTemplate.parse("{ascii(lowercase(title))}").get().render(c) == "uber  die straße!")
            #expect(try! ValueTemplate.parse("{document.folder}/{{x}}-{lowercase(lang)}").get().render(c) == "de/_posts/{x}-de")
            #expect(try! ValueTemplate.parse("{missing}").get().render(c) == nil)
        }
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: compare\n    left: title\n    right: { template: '{slugg(title)}' }\n") == [
            "rules/test/pack.yml:5:24: template `{slugg(title)}`: unknown function `slugg` (did you mean `slug`?); functions: slug, lowercase, uppercase, ascii, trim",
        ])
    }

    @Test func aLiteralDateBound() throws {
        let pack = """
            rules:
              - id: post/not-before-launch
                kind: compare
                left: { field: date, transform: [{ date: 'yyyy-MM-dd HH:mm:ss Z' }] }
                right: { literal: "2010-01-01", transform: [date] }
                op: not-before
            """
        #expect(try RuleHarness.findings(pack, "---\ndate: 2019-03-13 11:30:00 +0000\n---\n").isEmpty)
        #expect(try RuleHarness.lint(pack, "---\ndate: 2009-03-13 11:30:00 +0000\n---\n").map(\.message) == [
            "date `2009-03-13` and `2010-01-01` `2010-01-01` fail `not-before`",
        ])
    }

    @Test func aPatternTestOnAnExtractedValue() throws {
        let pack = """
            rules:
              - id: law/abbreviation
                kind: extract
                name: abbreviation
                pattern: '^\\((?<value>[^)]+)\\)$'
                first-lines: 3
              - id: law/abbreviation-form
                kind: compare
                left: $abbreviation
                op: not-matches
                pattern: '\\s'
                message: "the abbreviation {left} holds a space"
            """
        #expect(try RuleHarness.findings(pack, "---\nx: 1\n---\n# Gesetz\n(GG)\n").isEmpty)
        #expect(try RuleHarness.findings(pack, "---\nx: 1\n---\n# Gesetz\n(G G)\n") == ["law/abbreviation-form@5"])
        // Past the first three body lines, nothing is extracted.
        #expect(try RuleHarness.findings(pack, "---\nx: 1\n---\n# Gesetz\n\n\n(G G)\n").isEmpty)
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: compare\n    left: title\n    op: matches\n") == [
            "rules/test/pack.yml:2:5: `op: matches` needs `pattern`, the regular expression the left side is tested with",
        ])
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: compare\n    left: title\n    right: x\n    pattern: y\n") == [
            "rules/test/pack.yml:6:14: `pattern` is read only with `op: matches` or `op: not-matches`",
        ])
    }
}
