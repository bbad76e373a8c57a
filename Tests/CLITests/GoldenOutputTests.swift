import Foundation
import Testing

/// The output of `rules`, `explain`, `init` and `test`, pinned to golden files in
/// Fixtures/golden: a change to what users read shows up as a diff to review. After a deliberate
/// change, `CORPUSLINT_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` rewrites them.
@Suite struct GoldenOutputTests {
    static let folder = CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/golden")

    static func compare(_ actual: String, golden name: String) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CORPUSLINT_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            print("rewrote \(name)")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file")
    }

    @Test func rulesOfTheCorePack() throws {
        let result = try CLIRunner.run(["rules", "--no-config", "--rules", "core"])
        #expect(result.status == 0)
        try Self.compare(result.stdout, golden: "rules-core.txt")
        let json = try CLIRunner.run(["rules", "--no-config", "--rules", "core", "--format", "json"])
        try Self.compare(json.stdout, golden: "rules-core.json")
    }

    /// Every column as wide as its widest entry: `references` and long ids are not cut.
    @Test func rulesColumnsFitAndOneRuleIsSingular() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            rules:
              - id: a-rather-long-family-name/and-a-long-rule-name-past-forty
                kind: references
                markers:
                  - pattern: '\\[\\^([0-9]+)\\](?!:)'
                definitions:
                  - pattern: '^\\[\\^([0-9]+)\\]:'
                description: Footnotes.

            """.write(to: folder.appendingPathComponent("one.yml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["rules", "--no-config", "--rules", "one.yml"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("1 rule from one.yml\n"), "\(result.stdout)")
        #expect(result.stdout.contains("a-rather-long-family-name/and-a-long-rule-name-past-forty  "))
        #expect(result.stdout.contains("  references  "), "\(result.stdout)")
    }

    @Test func explainOfARuleAndOfAToolFinding() throws {
        let rule = try CLIRunner.run(["explain", "--no-config", "--rules", "core", "front-matter/missing"])
        #expect(rule.status == 0)
        try Self.compare(rule.stdout, golden: "explain-front-matter-missing.txt")
        let tool = try CLIRunner.run(["explain", "suppression/unused"])
        #expect(tool.status == 0)
        try Self.compare(tool.stdout, golden: "explain-suppression-unused.txt")
    }

    @Test func initWritesTheTemplate() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["init"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("wrote .corpuslint.yml: `corpuslint rules` lists the rules it puts in force\n"))
        try Self.compare(try String(contentsOf: folder.appendingPathComponent(".corpuslint.yml"), encoding: .utf8), golden: "init.corpuslint.yml")
    }

    @Test func testOfTheCorePack() throws {
        let result = try CLIRunner.run(["test", "--no-config", "core"])
        #expect(result.status == 0)
        try Self.compare(result.stdout, golden: "test-core.txt")
    }
}
