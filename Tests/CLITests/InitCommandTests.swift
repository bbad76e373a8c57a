import Foundation
import Testing

/// `corpuslint init`: writes a configuration that loads, and never overwrites one unasked.
@Suite struct InitCommandTests {
    @Test func writesAConfigurationTheOtherCommandsLoad() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["init"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "wrote .corpuslint.yml: `corpuslint rules` lists the rules it puts in force\n")
        let text = try String(contentsOf: folder.appendingPathComponent(".corpuslint.yml"), encoding: .utf8)
        #expect(text.hasPrefix("# corpuslint configuration"))
        // The configuration is found and used: a mistake in it would exit 2.
        let rules = try CLIRunner.run(["rules"], in: folder)
        #expect(rules.status == 0, "\(rules.stderr)")
        #expect(rules.stdout.hasSuffix("rules from core, un\n"))
        try "No front matter\n".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let lint = try CLIRunner.run(["lint", "a.md"], in: folder)
        #expect(lint.status == 1)
        #expect(lint.stderr.isEmpty)
    }

    @Test func refusesToOverwriteWithoutForce() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(".corpuslint.yml")
        try "packs: [core]\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["init"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr == ".corpuslint.yml already exists: edit it, or overwrite it with `corpuslint init --force`\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "packs: [core]\n", "the file is untouched")
        let forced = try CLIRunner.run(["init", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# corpuslint configuration"))
    }
}
