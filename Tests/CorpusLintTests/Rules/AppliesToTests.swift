import Testing
@testable import CorpusLint

/// A pack's `applies-to`, a rule's `files:` and `exclude:`, and `when` on the document's path.
@Suite struct AppliesToTests {
    static let laws = """
        pack: laws
        applies-to:
          any:
            - jurabk: { present: true }
            - document.path: { matches: '^gesetze/' }
        rules:
          - id: law/title
            kind: fields
            fields: [title]
            required: true
        """

    static func load(_ files: [String: String], _ packs: [String]) throws -> RuleSet {
        try PackLoader.load(packs, store: PackStore(bundled: files))
    }

    @Test func aPackRunsOnlyOnTheDocumentsItAppliesTo() throws {
        let rules = try Self.load(["laws/pack.yml": Self.laws, "base/pack.yml": """
            rules:
              - id: base/body
                kind: require
                pattern: '\\S'
            """], ["base", "laws"])
        let linter = Linter(rules: rules)
        let ids = { (path: String, text: String) in linter.lint(path: path, bytes: Array(text.utf8)).map(\.rule) }
        // Recognised by a field: the pack's rule runs.
        #expect(ids("blog/a.md", "---\njurabk: GG\n---\ntext\n") == ["law/title"])
        // Recognised by the path.
        #expect(ids("gesetze/gg.md", "---\nx: 1\n---\ntext\n") == ["law/title"])
        // Neither: only the pack without `applies-to` runs.
        #expect(ids("blog/a.md", "---\nx: 1\n---\n\n") == ["base/body"])
        // `./` is not part of the path a condition sees.
        #expect(ids("./gesetze/gg.md", "---\nx: 1\n---\ntext\n") == ["law/title"])
    }

    @Test func pathsAreRelativeToTheConfigurationsFolder() throws {
        var linter = Linter(rules: try Self.load(["laws/pack.yml": Self.laws], ["laws"]))
        let text = Array("---\nx: 1\n---\ntext\n".utf8)
        linter.root = ProjectRoot("/project")
        #expect(linter.lint(path: "/project/gesetze/gg.md", bytes: text).map(\.rule) == ["law/title"])
        #expect(linter.lint(path: "/elsewhere/gesetze/gg.md", bytes: text).isEmpty)
        #expect(ProjectRoot("/project").relative("/project/a/../gesetze/gg.md") == "gesetze/gg.md")
        #expect(ProjectRoot(nil).relative("./a/b.md") == "a/b.md")
    }

    @Test func examplesRunWhateverThePackAppliesTo() throws {
        let pack = """
            applies-to: { kind: statute }
            rules:
              - id: law/title
                kind: fields
                fields: [title]
                required: true
                examples:
                  - triggers: [1]
                    document: "---\\nx: 1\\n---\\n"
                  - triggers: []
                    document: "---\\ntitle: T\\n---\\n"
            """
        let rules = try Self.load(["p/pack.yml": pack], ["p"])
        let outcomes = ExampleRunner.run(rules)
        #expect(outcomes.count == 2)
        #expect(outcomes.filter { !$0.passed }.isEmpty)
    }

    @Test func theUNPackAppliesToUNDocumentsOnly() throws {
        let linter = Linter(rules: try PackLoader.load(["un"]))
        let law = "---\ntitle: Grundgesetz\njurabk: GG\n---\n\n# Grundgesetz\n\n§ 1\n\n(1) Die Würde des Menschen ist unantastbar.\n"
        // A German law gets `core` only: nothing to say about this clean file.
        #expect(linter.lint(path: "gesetze/gg/index.md", bytes: Array(law.utf8)).isEmpty)
        // Core still finds what it finds everywhere.
        let broken = "---\ntitle: [unclosed\n---\ntext\n"
        #expect(linter.lint(path: "gesetze/x.md", bytes: Array(broken.utf8)).map(\.rule).allSatisfy { $0.hasPrefix("front-matter/") })
        // A UN document by its symbol alone gets the UN rules (here: the fields it lacks).
        let un = "---\nsymbol: A/RES/80/1\n---\n\ntext\n"
        #expect(linter.lint(path: "x.md", bytes: Array(un.utf8)).map(\.rule).contains("front-matter/required"))
        // And by its file name, when its front matter says nothing.
        #expect(linter.lint(path: "A_RES_80_1-EN.md", bytes: Array("---\nx: 1\n---\n\ntext\n".utf8)).map(\.rule).contains("front-matter/required"))
    }

    @Test func appliesToMistakesArePositioned() {
        #expect(RuleHarness.errors("applies-to: { document.size: 3 }\nrules: []\n") == [
            "rules/test/pack.yml:1:15: unknown document part `size`; one of document.path, document.name, document.stem, document.folder",
        ])
        #expect(RuleHarness.errors("applies-to: { any: x }\nrules: []\n") == [
            "rules/test/pack.yml:1:20: `any` must be a list of conditions, one of which must hold",
        ])
        #expect(RuleHarness.errors("applies-to: {a: 1}\nrules: []\n", extra: ["test/two.yml": "applies-to: {b: 2}\n"]).count == 1)
    }

    @Test func rulesScopedByPath() throws {
        let pack = """
            rules:
              - id: post/lang
                kind: fields
                fields: [lang]
                required: true
                files: ['_posts/**', '[a-z][a-z]/_posts/**']
                exclude: ['**/drafts/**', './_posts/index.md']
            """
        let doc = "---\ntitle: t\n---\n"
        #expect(try RuleHarness.findings(pack, doc, path: "_posts/2019-03-13-a.md") == ["post/lang@1"])
        #expect(try RuleHarness.findings(pack, doc, path: "de/_posts/2019-03-13-a.md") == ["post/lang@1"])
        #expect(try RuleHarness.findings(pack, doc, path: "deu/_posts/2019-03-13-a.md").isEmpty)
        #expect(try RuleHarness.findings(pack, doc, path: "_posts/drafts/a.md").isEmpty)
        #expect(try RuleHarness.findings(pack, doc, path: "_posts/index.md").isEmpty)
        #expect(try RuleHarness.findings(pack, doc, path: "about.md").isEmpty)
    }

    @Test func whenTestsThePathAndName() throws {
        let pack = """
            rules:
              - id: post/translation-key
                kind: fields
                fields: [ref]
                required: true
                when:
                  document.folder: { matches: '^[a-z]{2}/' }
                  document.name: { not-matches: '^index\\.' }
              - id: post/any
                kind: fields
                fields: [title]
                required: true
                when:
                  any:
                    - { layout: post }
                    - { document.stem: { matches: '^[0-9]{4}-' } }
            """
        let doc = "---\nx: 1\n---\n"
        #expect(try RuleHarness.findings(pack, doc, path: "de/_posts/a.md") == ["post/translation-key@1"])
        #expect(try RuleHarness.findings(pack, doc, path: "de/_posts/index.md").isEmpty)
        #expect(try RuleHarness.findings(pack, doc, path: "about.md").isEmpty)
        #expect(try RuleHarness.findings(pack, doc, path: "2019-03-13-a.md") == ["post/any@1"])
        #expect(try RuleHarness.findings(pack, "---\nlayout: post\n---\n", path: "a.md") == ["post/any@1"])
    }
}
