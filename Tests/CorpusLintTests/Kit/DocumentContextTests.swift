import Foundation
import Testing
import TestSupport
@testable import CorpusLint

/// The engine's defences inside one file: a catastrophic pattern gives up once, suppressions
/// apply before findings are counted against their bound, and a rule dropped by its `when`
/// leaves nothing behind.
@Suite struct DocumentContextTests {
    static let evilLine = String(repeating: "a", count: 40) + "!"

    /// Found by the hostile-input catalogue: each try of `(a+)+$` on such a line costs the whole
    /// PCRE2 match limit (~16 ms), so a pattern tried on every line of 200,000 ran for an hour.
    @Test func aPatternThatGivesUpIsNotTriedAgainInTheFile() throws {
        let pack = "rules:\n  - id: core/slow\n    kind: forbid\n    pattern: '^(a+)+$|^match'\n"
        #expect(try RuleHarness.findings(pack, "---\na: 1\n---\n\(Self.evilLine)\nmatch\n") == ["engine/regex-limit@4"])

        // 250 then 2,000 such lines cost about the same: only the first is tried (each try costs
        // the whole match limit, so trying every line would cost 8 times more).
        let growth = try WorkCost.growth(from: 250) { lines in
            let findings = try RuleHarness.findings(pack, "---\na: 1\n---\n" + String(repeating: Self.evilLine + "\n", count: lines))
            #expect(findings == ["engine/regex-limit@4"])
        }
        #expect(growth < WorkCost.flat)
    }

    @Test func givingUpIsPerFile() throws {
        let linter = Linter(rules: try RuleHarness.load("rules:\n  - id: core/slow\n    kind: forbid\n    pattern: '^(a+)+$|^match'\n"))
        #expect(linter.lint(path: "a.md", bytes: Array("---\na: 1\n---\n\(Self.evilLine)\n".utf8)).map(\.rule) == ["engine/regex-limit"])
        #expect(linter.lint(path: "b.md", bytes: Array("---\na: 1\n---\nmatch\n".utf8)).map(\.rule) == ["core/slow"])
    }

    static let xPack = "rules:\n  - id: core/x\n    kind: forbid\n    pattern: 'x'\n    max-per-document: 1000000\n"

    /// Silenced findings do not use up a rule's bound: the findings after them are still reported.
    @Test func silencedFindingsDoNotCountAgainstTheBound() throws {
        let silenced = String(repeating: "x <!-- corpuslint-disable-line core/x -->\n", count: 600)
        let diagnostics = try RuleHarness.lint(Self.xPack, "---\na: 1\n---\n" + silenced + String(repeating: "x\n", count: 10))
        #expect(diagnostics.map(\.rule) == Array(repeating: "core/x", count: 10))
    }

    /// Found by the hostile-input catalogue: with suppressions applied after the bound, each
    /// comment past it was reported as silencing nothing, 200,000 warnings for 200,000 lines.
    @Test func commentsPastTheBoundAreUsedAndUnusedOnesBounded() throws {
        let used = String(repeating: "x <!-- corpuslint-disable-line -->\n", count: 800)
        #expect(try RuleHarness.lint(Self.xPack, "---\na: 1\n---\n" + used).isEmpty)

        let unused = String(repeating: "y <!-- corpuslint-disable-line -->\n", count: 700)
        let diagnostics = try RuleHarness.lint(Self.xPack, "---\na: 1\n---\n" + unused)
        #expect(diagnostics.filter { $0.rule == "suppression/unused" }.count == DocumentContext.maxFindingsPerRule)
        #expect(diagnostics.filter { $0.rule == "engine/too-many-findings" }.map(\.message) == [
            "700 suppression comments in this file silence nothing; only the first 500 are reported",
        ])
    }

    /// A rule whose `when` turns out false once values are known drops its findings: a comment
    /// that silenced only those silenced nothing, and a bound it reached is forgotten.
    @Test func aRuleDroppedByItsConditionLeavesNothingBehind() throws {
        let pack = """
            rules:
              - id: v/extract
                kind: extract
                name: v
                pattern: '^Value: (.+)$'
              - id: core/x
                kind: forbid
                pattern: 'x'
                max-per-document: 1000000
                when: { $v: { present: true } }
            """
        let silenced = "x <!-- corpuslint-disable-line core/x -->\n"
        #expect(try RuleHarness.findings(pack, "---\na: 1\n---\n" + silenced) == ["suppression/unused@4"])
        #expect(try RuleHarness.findings(pack, "---\na: 1\n---\n" + String(repeating: "x\n", count: 600)).isEmpty,
                "no engine/too-many-findings for findings that were dropped")
        let kept = try RuleHarness.findings(pack, "---\na: 1\n---\nValue: 1\n" + silenced + "x\n")
        #expect(kept == ["core/x@6"])
    }

    /// Found by the hostile-input catalogue: a forbid rule gathered every match of a line before
    /// keeping its first `max-per-document`; 4 MB of control characters on one line cost 390 MB.
    @Test func aForbidRuleStopsSearchingAtItsLimit() throws {
        let pack = "rules:\n  - id: core/control\n    kind: forbid\n    pattern: '\\x{01}'\n    max-per-document: 3\n"
        let line = String(repeating: "\u{01}", count: 1 << 20)
        #expect(try RuleHarness.findings(pack, "---\na: 1\n---\n\(line)\n") == Array(repeating: "core/control@4", count: 3))
    }
}
