import Foundation
import Testing

/// `corpuslint init`: writes a configuration that loads, and never overwrites one unasked.
@Suite struct InitCommandTests {
    @Test func writesAConfigurationTheOtherCommandsLoad() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["init"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "wrote .corpuslint.yml: `corpuslint rules` lists the rules it puts in force\n"
                + "wrote .corpuslint.schema.json: its JSON Schema, for editors (docs/configuration.md#in-the-editor)\n")
        let text = try String(contentsOf: folder.appendingPathComponent(".corpuslint.yml"), encoding: .utf8)
        // The editor's modeline first, naming the schema written beside it: what `schema config` prints.
        #expect(text.hasPrefix("# yaml-language-server: $schema=./.corpuslint.schema.json\n# corpuslint configuration"))
        let schema = try String(contentsOf: folder.appendingPathComponent(".corpuslint.schema.json"), encoding: .utf8)
        #expect(schema == (try CLIRunner.run(["schema", "config"])).stdout)
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
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\n# corpuslint configuration"))
    }
}

/// `corpuslint init` looks at the corpus it is run in and proposes the packs that apply.
@Suite struct InitProposalTests {
    @Test func aCorpusNoBuiltInPackRecognisesGetsCore() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("gesetze/gg"), withIntermediateDirectories: true)
        try "---\nTitle: Grundgesetz\njurabk: GG\n---\n# Grundgesetz\n".write(to: folder.appendingPathComponent("gesetze/gg/index.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["init"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("packs: [core], from 1 document looked at\n"))
        let text = try String(contentsOf: folder.appendingPathComponent(".corpuslint.yml"), encoding: .utf8)
        #expect(text.contains("\npacks: [core]\n"))
        #expect(text.contains("docs/writing-a-pack.md"))
        // The configuration written is in force: a clean law has nothing to report.
        let lint = try CLIRunner.run(["."], in: folder)
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
    }

    @Test func aUNCorpusGetsTheUNPack() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["A_RES_80_35-EN.md", "S_RES_2719_2023-EN.md"] {
            try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("corpus/\(name)"), to: folder.appendingPathComponent(name))
        }
        try "# Notes\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["init"], in: folder)
        #expect(result.stdout.hasSuffix("packs: [un], from 3 documents looked at\n"))
        let text = try String(contentsOf: folder.appendingPathComponent(".corpuslint.yml"), encoding: .utf8)
        #expect(text.contains("# `un` applies to 2 of them (its `applies-to`); `core` checks every file.\npacks: [un]\n"))
    }
}
