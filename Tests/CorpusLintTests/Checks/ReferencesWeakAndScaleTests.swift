import Testing
import TestSupport
@testable import CorpusLint

/// Weak markers and definitions, and the scale of one huge line, through the real engine.
@Suite struct WeakMarkerTests {
    static let pack = """
        rules:
          - id: footnote/references
            kind: references
            markers:
              - pattern: '\\[\\^([0-9]+)\\](?!:)'
              - pattern: '(?<=[,;]) ?([0-9]{1,2})(?= )'
                weak: true
            definitions:
              - pattern: '^\\[\\^([0-9]+)\\]:'
        """

    @Test func weakMarkersVouchForDefinitionsButAreNeverUndefined() throws {
        let doc = "---\na: 1\n---\nCivil and Political Rights, 1 the Covenant[^2] and paragraphs 5, 6 and 7.\n\n[^1]: Resolution 2200 A (XXI).\n[^2]: Ibid.\n[^3]: Orphan.\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["footnote/references@8"])
    }
}

@Suite struct WeakDefinitionTests {
    static let pack = """
        zones:
          footnotes: { start: '^---$', lines: '^[0-9]{1,3} \\S' }
        rules:
          - id: footnote/references
            kind: references
            markers:
              - pattern: '(?<=[a-z])([0-9])(?=[\\s.,;]|$)'
            definitions:
              - pattern: '^([0-9]{1,3}) \\S'
                in-zone: footnotes
              - pattern: '^([0-9]{1,3}) \\S'
                outside-zone: footnotes
                weak: true
            numbered: true
        """

    @Test func weakDefinitionsSatisfyMarkersButAreNeverReported() throws {
        // A layout without page-break lines: footnote 2 sits between paragraphs.
        let doc = "---\na: 1\n---\nThe Treaty1 and the Protocol2 and the Agreement3.\n---\n\n1 Treaty Series.\n\n4. Urges;\n\n2 Ibid.\n\n166 States have ratified\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["footnote/references@4"])
    }
}

@Suite struct ReferencesScaleTests {
    @Test func aHugeLineOfMarkersIsLinearAndCapped() throws {
        let pack = """
            rules:
              - id: footnote/references
                kind: references
                markers:
                  - pattern: '(?<=[a-z])([0-9])(?=[\\s.,;]|$)'
                definitions:
                  - pattern: '^\\[\\^([0-9]+)\\]:'
            """
        let line = String(repeating: "the Convention1 and ", count: 100_000)
        let diagnostics = try RuleHarness.lint(pack, "---\na: 1\n---\n\(line)\n")
        // 12,500 then 100,000 markers on the line: linear grows 8 times, quadratic 64.
        let growth = try WorkCost.growth(from: 12_500) { count in
            _ = try RuleHarness.lint(pack, "---\na: 1\n---\n" + String(repeating: "the Convention1 and ", count: count) + "\n")
        }
        #expect(growth < WorkCost.linear)
        #expect(diagnostics.filter { $0.rule == "footnote/references" }.count == DocumentContext.maxFindingsPerRule)
        #expect(diagnostics.first { $0.rule == "engine/too-many-findings" }?.message ==
                "rule footnote/references found 100000 problems in this file; only the first 500 are reported")
        #expect(diagnostics.last { $0.rule == "footnote/references" }?.column == 499 * 20 + 15)
    }
}
