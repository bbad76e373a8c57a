import Foundation
import Testing

@Suite struct LintCommandTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let clean = """
        ---
        symbol: A/RES/80/35
        ---

        Text.
        """

    @Test func shorthandAndTextFormat() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "No front matter\n".write(to: folder.appendingPathComponent("bad.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["--rules", "core", "bad.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == """
            bad.md:1:1: error: the file does not start with a `---` front-matter block [front-matter/missing]
            1 file checked, 1 with findings: 1 error, 0 warnings, 0 infos (\(Self.duration(result.stdout)) ms)

            """)
    }

    /// A lint run loads the built-in packs without their rules' examples, except when its report
    /// shows them: the HTML report explains each rule, examples included, however it is asked for.
    @Test func theHTMLReportStillShowsTheRulesExamples() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let byFormat = try CLIRunner.run(["lint", "--no-config", "--format", "html", "corpus"])
        _ = try CLIRunner.run(["lint", "--no-config", "--output", folder.appendingPathComponent("report.html").path, "corpus"])
        let byName = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(byFormat.stdout.contains("Example 1 ("), "the rules' examples are in the report")
        #expect(byName.contains("Example 1 ("), "the rules' examples are in the report")
    }

    @Test func cleanFileExitsZero() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.clean.write(to: folder.appendingPathComponent("ok.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["lint", "--rules", "core", "."], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1 file checked, 0 with findings"))
    }

    @Test func jsonShapeAndRelativePaths() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "\n".write(to: folder.appendingPathComponent("sub/a.md"), atomically: true, encoding: .utf8)
        try "---\na: 1\n---\n".write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["lint", "--rules", "core", "--format", "json", "sub", "b.md"], in: folder)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect((json["tool"] as? [String: Any])?["name"] as? String == "corpuslint")
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["files"] == 2)
        #expect(Set(summary.keys) == ["files", "filesWithFindings", "errors", "warnings", "infos", "durationMs"])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { "\($0["path"]!):\($0["line"]!):\($0["column"]!) \($0["rule"]!)" } == [
            "b.md:3:1 core/empty-body",
            "sub/a.md:1:1 front-matter/missing",
        ])
        #expect(Set(diagnostics[0].keys) == ["path", "line", "column", "endLine", "endColumn", "rule", "severity", "message"])
    }

    @Test func brokenPackStopsWithPositionedErrorAndExitTwo() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rules:\n  - id: core/x\n    kind: forbid\n    pattern: '(unclosed'\n    severity: eror\n".write(to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        try Self.clean.write(to: folder.appendingPathComponent("ok.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["--rules", "pack.yml", "ok.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty, "nothing is linted")
        #expect(result.stderr.split(separator: "\n").map(String.init) == [
            "pack.yml:4:24: invalid regular expression in `pattern`: missing closing parenthesis (at offset 9 of the pattern)",
            "pack.yml:5:15: `severity` must be one of error, warning, info, off, not `eror` (did you mean `error`?)",
        ])
    }

    @Test func configurationIsFoundByWalkingUp() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sub = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "packs: [core]\nseverity:\n  front-matter/missing: warning\noverrides:\n  - files: ['a/b/legacy/**']\n    severity: { front-matter/missing: off }\n"
            .write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: sub.appendingPathComponent("legacy"), withIntermediateDirectories: true)
        try "no front matter\n".write(to: sub.appendingPathComponent("x.md"), atomically: true, encoding: .utf8)
        try "no front matter\n".write(to: sub.appendingPathComponent("legacy/y.md"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["."], in: sub)
        #expect(result.status == 0, "a warning does not fail the run")
        #expect(result.stdout.hasPrefix("x.md:1:1: warning: the file does not start"))
        #expect(!result.stdout.contains("legacy"))
        let strict = try CLIRunner.run([".", "--fail-on", "warning"], in: sub)
        #expect(strict.status == 1)
    }

    @Test func configurationMistakeIsPositioned() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "packs: [core]\nexlude: ['x']\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["."], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix(".corpuslint.yml:2:1: unknown key `exlude` (did you mean `exclude`?)\n"))
    }

    @Test func runsFromAnyDirectoryWithTheBuiltInPack() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = CLIRunner.packageRoot.appendingPathComponent("corpus/A_RES_80_35-EN.md")
        try FileManager.default.copyItem(at: example, to: folder.appendingPathComponent("A_RES_80_35-EN.md"))
        let result = try CLIRunner.run(["A_RES_80_35-EN.md"], in: folder)
        #expect(result.stderr.isEmpty)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func corpusWideFindingsArePrintedToo() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let doc = "---\nrecord_id: \"7\"\nlanguage: EN\n---\nText.\n"
        try doc.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try doc.write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try "rules:\n  - id: corpus/duplicate\n    kind: unique\n    fields: [record_id, language]\n"
            .write(to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["--rules", "pack.yml", "a.md", "b.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("b.md:2:12: error: 7 + EN is also the key of a.md [corpus/duplicate]\n2 files checked, 1 with findings: 1 error"))
    }

    static func duration(_ output: String) -> String {
        guard let open = output.lastIndex(of: "("), let space = output[open...].firstIndex(of: " ") else { return "" }
        return String(output[output.index(after: open)..<space])
    }
}

@Suite struct UsageTests {
    @Test func usageMistakeExitsTwo() throws {
        let result = try CLIRunner.run(["--format", "xml", "corpus/"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("The value 'xml' is invalid for '--format <FORMAT>'"))
    }

    @Test func configurationPacksAreReportedWhereTheyAreNamed() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "packs:\n  - core\n  - uns\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["."], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix(".corpuslint.yml:3:5: rule pack `uns` not found (did you mean `un`?) (built-in packs: core, text, un; a path is read relative to the file that names it)\n"))
    }

    @Test func excludeGlobsAreRelativeToTheConfigurationFile() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus/drafts"), withIntermediateDirectories: true)
        try "x\n".write(to: folder.appendingPathComponent("corpus/drafts/a.md"), atomically: true, encoding: .utf8)
        try "x\n".write(to: folder.appendingPathComponent("corpus/b.md"), atomically: true, encoding: .utf8)
        try "packs: [core]\nexclude: ['corpus/drafts/**']\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let fromRoot = try CLIRunner.run(["corpus"], in: folder)
        #expect(fromRoot.stdout.hasPrefix("corpus/b.md:1:1:"))
        #expect(fromRoot.stdout.contains("1 file checked"))
        let fromInside = try CLIRunner.run(["."], in: folder.appendingPathComponent("corpus"))
        #expect(fromInside.stdout.hasPrefix("b.md:1:1:"))
        #expect(fromInside.stdout.contains("1 file checked"))
    }

    @Test func extendsCycleNamesFilesAsWritten() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "extends: b.yml\nrules: []\n".write(to: folder.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
        try "extends: a.yml\n".write(to: folder.appendingPathComponent("b.yml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["--rules", "a.yml", "."], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "b.yml:1:10: `extends` makes a cycle: a.yml -> b.yml -> a.yml\n")
    }
}
