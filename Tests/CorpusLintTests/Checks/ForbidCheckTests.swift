import Testing
@testable import CorpusLint

@Suite struct ForbidCheckTests {
    static let pack = """
        zones:
          footnotes: { start: '^---$', lines: '^[0-9]{1,3} \\S' }
        rules:
          - id: core/mojibake
            kind: forbid
            patterns: ['â€[™œ“”]', 'Ã[©¨]']
            message: "mojibake `{match}`"
          - id: extraction/page-furniture
            kind: forbid
            pattern: '^(?<job>[0-9]{2}-[0-9]{5}) \\([A-Z]\\)$'
            message: "job number {job} left in the text"
            outside-zone: footnotes
        """

    @Test func eachMatchAtItsColumn() throws {
        let doc = "---\na: 1\n---\nThe State’s view and the Stateâ€™s view, cafÃ©.\n25-19346 (E)\n"
        let diagnostics = try RuleHarness.lint(Self.pack, doc)
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column)-\($0.endColumn) \($0.message)" } == [
            "core/mojibake@4:31-34 mojibake `â€™`",
            "core/mojibake@4:45-47 mojibake `Ã©`",
            "extraction/page-furniture@5:1-13 job number 25-19346 left in the text",
        ])
    }

    @Test func cleanTextIsClean() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\nThe State’s café.\n").isEmpty)
    }

    @Test func frontMatterScope() throws {
        let pack = "rules:\n  - id: core/tab\n    kind: forbid\n    pattern: '\\t'\n    scope: all\n"
        #expect(try RuleHarness.findings(pack, "---\na:\t1\n---\nx\ty\n") == ["core/tab@2", "core/tab@4"])
    }

    @Test func reportsAreCappedPerDocument() throws {
        let pack = "rules:\n  - id: core/x\n    kind: forbid\n    pattern: 'x'\n    max-per-document: 3\n"
        #expect(try RuleHarness.findings(pack, "---\na: 1\n---\nxxxxxxxx\n").count == 3)
    }

    /// A 56-page file once stopped reporting page furniture after page 50 with no notice.
    @Test func theCapIsAnnouncedWithWhatItHid() throws {
        let pack = "rules:\n  - id: core/x\n    kind: forbid\n    pattern: '^x$'\n    max-per-document: 2\n"
        let diagnostics = try RuleHarness.lint(pack, "---\na: 1\n---\nx\ny\nx\nx\ny\nx\nx\n")
        #expect(diagnostics.map { "\($0.rule)@\($0.line)" } == ["core/x@4", "core/x@6", "engine/too-many-findings@7"])
        #expect(diagnostics.last?.message.contains("3 more lines") == true)
        #expect(try RuleHarness.lint(pack, "---\na: 1\n---\nx\nx\n").map(\.rule) == ["core/x", "core/x"])
    }

    /// A `paragraph-end` rule matches a line only once the next line shows that it ends a
    /// paragraph: mid-paragraph matches are no findings and use none of the cap, a paragraph's
    /// last line at the end of the document counts, and past the cap the rest is announced.
    @Test func paragraphEndMatchesOnlyLastLinesAndCapsThose() throws {
        let pack = "rules:\n  - id: core/end\n    kind: forbid\n    pattern: 'x$'\n    paragraph-end: true\n    max-per-document: 2\n"
        let body = "ax\nbx\n\ncx\n\ndx\nex\n\nfy\n\ngx\n"
        let diagnostics = try RuleHarness.lint(pack, "---\na: 1\n---\n" + body)
        #expect(diagnostics.map { "\($0.rule)@\($0.line)" } == ["core/end@5", "core/end@7", "engine/too-many-findings@10"])
        // `ex` (line 10) and `gx` (line 14) end paragraphs past the cap; `dx` (line 9) ends none.
        #expect(diagnostics.last?.message.contains("2 more lines") == true)
        #expect(try RuleHarness.findings(pack, "---\na: 1\n---\nax\nbx\n\nay\nbx\n") == ["core/end@5", "core/end@8"])
    }

    /// Matches a suppression comment silences are no findings: they use none of the cap, are not
    /// counted past it, and the comment still counts as used.
    @Test func silencedMatchesUseNoneOfTheCap() throws {
        let pack = "rules:\n  - id: core/x\n    kind: forbid\n    pattern: 'x'\n    max-per-document: 2\n"
        let silenced = "x x <!-- corpuslint-disable-line core/x -->"
        let body = [silenced, silenced, "x", "x", silenced, "x"].joined(separator: "\n")
        let diagnostics = try RuleHarness.lint(pack, "---\na: 1\n---\n" + body + "\n")
        #expect(diagnostics.map { "\($0.rule)@\($0.line)" } == ["core/x@6", "core/x@7", "engine/too-many-findings@9"])
        #expect(diagnostics.last?.message.contains("1 more lines") == true)
    }

    @Test func catastrophicPatternCannotHangARun() throws {
        let pack = "rules:\n  - id: core/slow\n    kind: forbid\n    pattern: '(a+)+$'\n"
        let line = String(repeating: "a", count: 40) + "!"
        let diagnostics = try RuleHarness.lint(pack, "---\na: 1\n---\n\(line)\n")
        #expect(diagnostics.map(\.rule) == ["engine/regex-limit"])
    }

    @Test func patternRequired() {
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: forbid\n") == ["rules/test/pack.yml:2:5: missing required key `pattern` (or `patterns`)"])
    }
}

@Suite struct ForbidNextLineTests {
    static let pack = """
        rules:
          - id: extraction/missing-date
            kind: forbid
            pattern: 'plenary meeting$'
            unless-next-line: '^[0-9]{1,2} [A-Z][a-z]+ [0-9]{4}$'
        """

    @Test func aDateOnTheLineBelowForgivesTheMatch() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\n52nd plenary meeting\n\n1 December 2025\n").isEmpty)
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\n52nd plenary meeting\n\nAnnex\n") == ["extraction/missing-date@4"])
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\n52nd plenary meeting\n") == ["extraction/missing-date@4"])
    }
}

@Suite struct ForbidParagraphEndTests {
    static let pack = "rules:\n  - id: extraction/cut\n    kind: forbid\n    pattern: '[a-z]$'\n    paragraph-end: true\n    max-per-document: 1\n"

    /// Only a paragraph's last line counts; lines that go on in the same paragraph use none of the limit.
    @Test func onlyTheLastLineOfAParagraph() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\nfirst line\nsecond line\n\nthird.\n") == ["extraction/cut@5"])
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\nlast line at the end\n") == ["extraction/cut@4"])
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\nends well.\n\nnext.\n").isEmpty)
    }
}

@Suite struct ForbidPreviousLineTests {
    static let pack = "rules:\n  - id: extraction/unnumbered\n    kind: forbid\n    pattern: '^Decides'\n    unless-previous-line: '^[0-9]+\\.\\s*$'\n"

    /// A raw layout's number on the line above forgives; a blank line between does not hide it.
    @Test func aLabelOnTheLineAboveForgives() throws {
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\n2.\n\nDecides to act;\n").isEmpty)
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\n1. Recalls;\n\nDecides to act;\n") == ["extraction/unnumbered@6"])
        #expect(try RuleHarness.findings(Self.pack, "---\na: 1\n---\nDecides to act;\n") == ["extraction/unnumbered@4"])
    }
}
