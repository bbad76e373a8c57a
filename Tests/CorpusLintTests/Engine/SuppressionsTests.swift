import Foundation
import Testing
import TestSupport
@testable import CorpusLint

/// Suppressions run through the real engine: they silence findings, and unused ones are reported.
@Suite struct SuppressionsTests {
    static let pack = """
        rules:
          - id: style/no-todo
            kind: forbid
            pattern: 'TODO'
          - id: style/no-fixme
            kind: forbid
            pattern: 'FIXME'
        """

    @Test func disableNextLineSilencesOneRuleOnOneLine() throws {
        let doc = "---\na: 1\n---\n<!-- corpuslint-disable-next-line style/no-todo -->\nTODO FIXME\nTODO\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["style/no-fixme@5", "style/no-todo@6"])
    }

    @Test func disableLineWithoutRuleSilencesEveryRule() throws {
        let doc = "---\na: 1\n---\nTODO FIXME <!-- corpuslint-disable-line -->\nTODO\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["style/no-todo@5"])
    }

    @Test func disableEnableRange() throws {
        let doc = "---\na: 1\n---\n<!-- corpuslint-disable style/no-todo, style/no-fixme -->\nTODO\nFIXME\n<!-- corpuslint-enable style/no-todo -->\nTODO FIXME\n"
        #expect(try RuleHarness.findings(Self.pack, doc) == ["style/no-todo@8"])
    }

    @Test func unusedSuppressionIsReportedAtItsComment() throws {
        let doc = "---\na: 1\n---\nclean line <!-- corpuslint-disable-line style/no-todo -->\n"
        let diagnostics = try RuleHarness.lint(Self.pack, doc)
        #expect(diagnostics.map { "\($0.rule)@\($0.line):\($0.column) \($0.severity)" } == ["suppression/unused@4:12 warning"])
        #expect(diagnostics.first?.message == "this suppression of style/no-todo silences nothing; remove it")
    }

    @Test func openDisableRunsToTheEnd() throws {
        let doc = "---\na: 1\n---\n<!-- corpuslint-disable -->\nTODO\n\nFIXME\n"
        #expect(try RuleHarness.findings(Self.pack, doc).isEmpty)
    }
}

/// The comments of a file, looked up by line and by rule: what each form covers, the first
/// written when several do, and the cost of many comments and many findings.
@Suite struct SuppressionIndexTests {
    private func suppressions(_ text: String) -> Suppressions {
        Array(text.utf8).withUnsafeBufferPointer { Suppressions(text: $0, lines: LineIndex($0)) }
    }

    @Test func lineAndNextLine() {
        let found = suppressions("a\n<!-- corpuslint-disable-next-line r/x -->\nb\nc <!-- corpuslint-disable-line -->\n")
        #expect(found.comment(silencing: "r/x", at: 3) == 0)
        #expect(found.comment(silencing: "r/y", at: 3) == nil)
        #expect(found.comment(silencing: "r/x", at: 2) == nil)
        #expect(found.comment(silencing: "r/y", at: 4) == 1)
        #expect(found.unused(path: "t.md", used: [0, 1]).isEmpty)
    }

    @Test func blocksOpenAndCloseByRule() {
        let found = suppressions("""
            <!-- corpuslint-disable r/x -->
            a
            <!-- corpuslint-enable r/x -->
            b
            <!-- corpuslint-disable -->
            c
            """)
        #expect(found.comment(silencing: "r/x", at: 2) == 0)
        #expect(found.comment(silencing: "r/y", at: 2) == nil)
        #expect(found.comment(silencing: "r/x", at: 4) == nil)
        #expect(found.comment(silencing: "r/y", at: 6) == 1, "a block left open runs to the end")
    }

    @Test func aCommentThatSilencesNothingIsReported() {
        let found = suppressions("a\n<!-- corpuslint-disable-next-line r/x -->\nb\n")
        #expect(found.unused(path: "t.md", used: []).map { "\($0.rule)@\($0.line):\($0.column)" } == ["suppression/unused@2:1"])
    }

    /// The lookup by line and by rule finds what a scan of every comment in writing order finds:
    /// the first comment that covers the finding.
    @Test func agreesWithAScanOfEveryComment() {
        var random = SplitMix64(seed: 7)
        let comments = [
            "<!-- corpuslint-disable-next-line r/x -->", "<!-- corpuslint-disable-line r/y -->", "<!-- corpuslint-disable-line -->",
            "<!-- corpuslint-disable r/x -->", "<!-- corpuslint-enable r/x -->", "<!-- corpuslint-disable -->",
            "<!-- corpuslint-enable -->", "<!-- corpuslint-disable r/y --> <!-- corpuslint-enable r/y -->",
            "<!-- corpuslint-enable r/x --> <!-- corpuslint-disable r/x -->", "text", "text",
        ]
        for _ in 0..<300 {
            let lines = (0..<30).map { _ in comments[Int(random.next() % UInt64(comments.count))] }
            let found = suppressions(lines.joined(separator: "\n"))
            for line in 1...31 {
                for rule in ["r/x", "r/y", "r/z"] {
                    let scanned = found.entries.indices.first { index in
                        found.entries[index].lines.contains(line)
                            && (found.entries[index].rules.isEmpty || found.entries[index].rules.contains(rule))
                    }
                    #expect(found.comment(silencing: rule, at: line) == scanned, "\(lines) \(rule)@\(line)")
                }
            }
        }
    }

    /// A comment and a finding on each of 100,000 lines: a scan of every comment for each
    /// finding made this 10^10 steps.
    @Test func manyCommentsAndManyFindingsCostLittle() {
        func run(_ count: Int) {
            let text = String(repeating: "word <!-- corpuslint-disable-line r/x -->\n", count: count)
            let found = suppressions(text)
            var used = Set<Int>()
            for line in 1...count {
                if let comment = found.comment(silencing: "r/x", at: line) { used.insert(comment) }
            }
            #expect(used.count == count)
            #expect(found.unused(path: "t.md", used: used).isEmpty)
        }
        // 12,500 then 100,000 comments and findings: linear grows 8 times, a scan per finding 64.
        #expect(WorkCost.growth(from: 12_500, run) < WorkCost.linear)
    }
}

extension SuppressionIndexTests {
    /// Found by the hostile-input catalogue: each comment's column was counted from the start of
    /// its line, so a line of megabytes holding 100,000 comments cost 10^10 steps.
    @Test func manyCommentsOnOneLineCostLittle() {
        func run(_ count: Int) {
            let found = suppressions(String(repeating: "é <!-- corpuslint-disable-line r/x -->", count: count))
            let unused = found.unused(path: "t.md", used: [])
            #expect(unused.count == count)
            #expect(unused.prefix(2).map(\.column) == [3, 41])
            #expect(unused.last?.column == 3 + 38 * (count - 1))
        }
        // 12,500 then 100,000 comments on the line: columns counted from the line's start cost 64 times more.
        #expect(WorkCost.growth(from: 12_500, run) < WorkCost.linear)
    }
}

/// A small seeded generator, so that a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
