import Foundation
import Testing

/// The example packs of docs/writing-a-pack.md: their examples pass, and on the small sample
/// corpora beside the tests they find exactly the defects planted there.
@Suite struct ExamplePacksTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/example-packs")

    @Test(arguments: ["statute", "blog"])
    func examplesPass(pack: String) throws {
        let result = try CLIRunner.run(["test", "rules/examples/\(pack)"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(" passed, 0 failed"))
    }

    static func findings(_ pack: String) throws -> [String] {
        let folder = fixtures.appendingPathComponent(pack)
        let rules = CLIRunner.packageRoot.appendingPathComponent("rules/examples/\(pack)").path
        let result = try CLIRunner.run(["--no-config", "--rules", rules, "--format", "json", "."], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        // Sorted here: the order across files (cross-document findings come after the run) is the reporter's business.
        return diagnostics.map { "\($0["path"] ?? ""):\($0["line"] ?? "") \($0["rule"] ?? "")" }.sorted()
    }

    @Test func theStatutePackOnItsSampleCorpus() throws {
        #expect(try Self.findings("statute") == [
            "README.md:1 front-matter/missing",          // no statute: `core` only
            "gesetze/bgb/index.md:14 statute/headings",   // #### after ##
            "gesetze/bgb/index.md:16 statute/straight-quotes",
            "gesetze/bgb/index.md:16 statute/straight-quotes",
            "gesetze/stvo/index.md:1 statute/folder",     // slug stvo-2013 in folder stvo
            "gesetze/stvo/index.md:18 statute/numbering",  // (3) after (1) in § 2; (1a) in § 1 is inserted
            "gesetze/stvo/index.md:22 statute/numbering",  // § 6 after §§ 3 bis 4: § 5 is missing
            "gesetze/stvo/index.md:8 statute/issued-after-1871",
        ])
    }

    @Test func theBlogPackOnItsSampleCorpus() throws {
        #expect(try Self.findings("blog") == [
            "_posts/2019-04-02-changelog.md:7 post/link-target",      // a link to a post not written yet
            "_posts/2019-04-02-changelog.md:9 post/reference-links",  // a definition no link uses
            "fr/_posts/2019-04-02-changelog.md:3 post/file-date",     // dated a day after its file name
            "fr/_posts/2019-04-02-changelog.md:6 post/original",      // and after its original
        ])
    }
}
