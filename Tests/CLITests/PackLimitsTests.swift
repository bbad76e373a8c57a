import Foundation
import Testing

/// What packs may make a run load is bounded, and reaching a bound is a positioned error naming
/// it and how to raise it: a pack of 100,000 patterns took 100 documents past two minutes, and
/// a chain of 4,500 `extends` overflowed the stack (SIGSEGV).
@Suite struct PackLimitsTests {
    @Test func aLongExtendsChainIsBoundedAndWalkedWithoutRecursion() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 1...4_500 {
            try "pack: p\(index)\nextends: [p\(index + 1).yml]\n".write(to: folder.appendingPathComponent("p\(index).yml"), atomically: false, encoding: .utf8)
        }
        try "pack: last\nextends: [core]\nrules: []\n".write(to: folder.appendingPathComponent("p4501.yml"), atomically: false, encoding: .utf8)
        try "No front matter.\n".write(to: folder.appendingPathComponent("doc.md"), atomically: false, encoding: .utf8)
        let bounded = try CLIRunner.run(["--rules", "p1.yml", "doc.md"], in: folder)
        #expect(bounded.status == 2)
        #expect(bounded.stderr == "p64.yml:2:10: `extends` chains more than 64 packs (p1.yml -> p2.yml -> … -> p64.yml -> p65.yml), over the limit of 64 "
                + "packs in one chain; a trusted pack may raise it with `--pack-limit depth=N`\n", "\(bounded.stderr)")
        // Raised past the chain's length, the whole chain loads: no recursion, no crash.
        let raised = try CLIRunner.run(["--pack-limit", "depth=5000", "--pack-limit", "files=5000", "--rules", "p1.yml", "doc.md"], in: folder)
        #expect(raised.status == 1, "\(raised.stderr)")
        #expect(raised.stdout.contains("[front-matter/missing]"))
    }

    @Test func patternsRulesBytesAndFilesAreBounded() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "No front matter.\n".write(to: folder.appendingPathComponent("doc.md"), atomically: false, encoding: .utf8)
        let patterns = "pack: many\nrules:\n  - id: x/many\n    kind: forbid\n    message: found\n    patterns:\n"
            + (0..<2_001).map { "      - word\($0)q\n" }.joined()
        try patterns.write(to: folder.appendingPathComponent("patterns.yml"), atomically: false, encoding: .utf8)
        let tooMany = try CLIRunner.run(["--rules", "patterns.yml", "doc.md"], in: folder)
        #expect(tooMany.status == 2)
        #expect(tooMany.stderr == "patterns.yml:7:7: `patterns` lists 2001 items, over the limit of 2000 items in one list of a rule; "
                + "a trusted pack may raise it with `--pack-limit patterns=2001`\n", "\(tooMany.stderr)")
        #expect(try CLIRunner.run(["--pack-limit", "patterns=2001", "--rules", "patterns.yml", "doc.md"], in: folder).status == 0)

        let rules = "pack: rules\nrules:\n" + (0..<3).map { "  - id: x/r\($0)\n    kind: forbid\n    message: found\n    pattern: zzz\($0)\n" }.joined()
        try rules.write(to: folder.appendingPathComponent("rules.yml"), atomically: false, encoding: .utf8)
        let overRules = try CLIRunner.run(["--pack-limit", "rules=2", "--rules", "rules.yml", "doc.md"], in: folder)
        #expect(overRules.status == 2)
        #expect(overRules.stderr.hasPrefix("rules.yml:11:5: more than 2 rules in this run, over the limit of 2 rules a run; "), "\(overRules.stderr)")

        let overBytes = try CLIRunner.run(["--pack-limit", "bytes=100", "--rules", "rules.yml", "doc.md"], in: folder)
        #expect(overBytes.status == 2)
        #expect(overBytes.stderr.contains("rule packs of more than 100 bytes read in this run, over the limit of 100 bytes of packs a run; "
                                          + "a trusted pack may raise it with `--pack-limit bytes=N`"), "\(overBytes.stderr)")

        let badLimit = try CLIRunner.run(["--pack-limit", "speed=3", "doc.md"], in: folder)
        #expect(badLimit.status == 2)
        #expect(badLimit.stderr.contains("--pack-limit takes NAME=N, NAME one of patterns, rules, bytes, files, depth"), "\(badLimit.stderr)")
    }

    @Test func aFolderPackOfManyFilesIsBounded() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packs = try folder.appendingPathComponent("packs", isDirectory: true).creatingFolder()
        for index in 0..<5 { try "pack: p\(index)\nrules: []\n".write(to: packs.appendingPathComponent("p\(index).yml"), atomically: false, encoding: .utf8) }
        try "No front matter.\n".write(to: folder.appendingPathComponent("doc.md"), atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["--pack-limit", "files=3", "--rules", "packs", "doc.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("packs:1:1: more than 3 pack files read in this run (at `packs/p3.yml`), over the limit of 3 pack files a run"), "\(result.stderr)")
    }
}
