import Foundation
import Testing
@testable import CorpusLint

/// Mistakes a new user made, each now reported plainly or no longer a trap.
@Suite struct ConfigurationMistakesTests {
    @Test func everyColonInAPlainValueIsReportedAtOnce() {
        let pack = """
            rules:
              - id: a/b
                kind: forbid
                pattern: x
                description: Note: the first
              - id: a/c
                kind: forbid
                pattern: 'y: z'
                message: "fine: quoted"
                description: Also: the second # a comment: not a value
                link: https://example.org/a
                when: { a: 'b: c' }
              - { id: a/d, kind: forbid, pattern: z }
            """
        let errors = RuleHarness.errors(pack)
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("rules/test/pack.yml:5:22: YAML error: mapping values are not allowed in this context: a plain value cannot hold `: `") == true)
        #expect(errors.last?.hasPrefix("rules/test/pack.yml:10:22: YAML error: a plain value cannot hold `: `") == true)
    }

    @Test func otherYAMLErrorsAreReportedAsTheParserGivesThem() {
        #expect(RuleHarness.errors("rules: [\n") == ["rules/test/pack.yml:2:1: YAML error: did not find expected node content (while parsing a flow node at 2:1)"])
    }

    @Test func theSameInAConfiguration() {
        #expect(throws: PackErrors.self) { try Configuration.parse("packs: [un]\nexclude: drafts: old\n", file: "c.yml") }
        do {
            _ = try Configuration.parse("packs: [un]\nexclude: drafts: old\n", file: "c.yml")
        } catch {
            #expect(error.errors.map(\.description).first?.contains("quote the value") == true)
        }
    }

    @Test func aConfigurationInsideARulesFolderIsNotAPackFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        try "packs: [un]\nexclude: ['./404.md']\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        try "rules: [{ id: a/b, kind: forbid, pattern: x }]\n".write(to: folder.appendingPathComponent(".hidden/x.yml"), atomically: true, encoding: .utf8)
        try "rules:\n  - id: site/x\n    kind: forbid\n    pattern: x\n".write(to: folder.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        let rules = try PackLoader.load([folder.path])
        #expect(rules.rules.map(\.info.id) == ["site/x"])
        // And a `packs:` key in a real pack file gets the did-you-mean.
        #expect(RuleHarness.errors("packs: x\nrules: []\n") == ["rules/test/pack.yml:1:1: unknown key `packs` (did you mean `pack`?)"])
    }
}
