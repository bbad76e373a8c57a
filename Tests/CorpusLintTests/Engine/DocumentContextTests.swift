import Foundation
import Testing
@testable import CorpusLint

/// The engine's defences inside one file: a catastrophic pattern gives up once, and a rule
/// stops searching a line once it has all it may report.
@Suite struct DocumentContextTests {
    static let evilLine = String(repeating: "a", count: 40) + "!"

    /// Found by the hostile-input catalogue: each try of `(a+)+$` on such a line costs the whole
    /// PCRE2 match limit (~16 ms), so a pattern tried on every line of 200,000 ran for an hour.
    @Test func aPatternThatGivesUpIsNotTriedAgainInTheFile() throws {
        let pack = "rules:\n  - id: core/slow\n    kind: forbid\n    pattern: '^(a+)+$|^match'\n"
        #expect(try RuleHarness.findings(pack, "---\na: 1\n---\n\(Self.evilLine)\nmatch\n") == ["engine/regex-limit@4"])

        let lines = 2_000
        let clock = ContinuousClock()
        let start = clock.now
        let findings = try RuleHarness.findings(pack, "---\na: 1\n---\n" + String(repeating: Self.evilLine + "\n", count: lines))
        print("catastrophic pattern: \(lines) lines in \(clock.now - start)")
        #expect(findings == ["engine/regex-limit@4"])
    }

    @Test func givingUpIsPerFile() throws {
        let linter = Linter(rules: try RuleHarness.load("rules:\n  - id: core/slow\n    kind: forbid\n    pattern: '^(a+)+$|^match'\n"))
        #expect(linter.lint(path: "a.md", bytes: Array("---\na: 1\n---\n\(Self.evilLine)\n".utf8)).map(\.rule) == ["engine/regex-limit"])
        #expect(linter.lint(path: "b.md", bytes: Array("---\na: 1\n---\nmatch\n".utf8)).map(\.rule) == ["core/slow"])
    }

    /// Found by the hostile-input catalogue: a forbid rule gathered every match of a line before
    /// keeping its first `max-per-document`; 4 MB of control characters on one line cost 390 MB.
    @Test func aForbidRuleStopsSearchingAtItsLimit() throws {
        let pack = "rules:\n  - id: core/control\n    kind: forbid\n    pattern: '\\x{01}'\n    max-per-document: 3\n"
        let line = String(repeating: "\u{01}", count: 1 << 20)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try RuleHarness.findings(pack, "---\na: 1\n---\n\(line)\n") == Array(repeating: "core/control@4", count: 3))
        print("one line of a million matches, limit 3: \(clock.now - start)")
    }
}
