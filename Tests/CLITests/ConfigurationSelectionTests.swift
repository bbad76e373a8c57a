import Foundation
import Testing

/// Which configuration a run uses and what it does with it, through the binary: the nearest
/// `.corpuslint.yml` upwards, `--config FILE` instead, `--no-config` for none; `include` and
/// `exclude` choosing the files; its severities showing in `rules` and `explain`.
@Suite struct ConfigurationSelectionTests {
    /// A folder holding `files` (path → text).
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try LintCommandTests.temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// The paths a JSON run reported findings for, and the number of files it checked.
    static func lint(_ arguments: [String], in folder: URL) throws -> (status: Int32, files: Int, findings: [String]) {
        let result = try CLIRunner.run(["lint", "--format", "json", "--allow-empty"] + arguments, in: folder)
        #expect(result.status != 2, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        let files = (json["summary"] as? [String: Any])?["files"] as? Int ?? -1
        let findings = (json["diagnostics"] as? [[String: Any]] ?? []).map { "\($0["path"] as? String ?? ""):\($0["rule"] as? String ?? "")" }
        return (result.status, files, findings)
    }

    static let bare = "no front matter\n"

    @Test func includeGlobsChooseTheFilesOfAWalk() throws {
        let folder = try Self.folder([
            ".corpuslint.yml": "packs: [core]\ninclude: ['keep/**']\n",
            "keep/a.md": Self.bare, "b.md": Self.bare, "other/c.md": Self.bare, "other/keep/d.md": Self.bare,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.lint(["."], in: folder)
        #expect(run.files == 1)
        #expect(run.findings == ["keep/a.md:front-matter/missing"])
        // From inside a folder, the globs are still read from the configuration's: nothing there
        // is included, and a run that checks nothing is a usage mistake.
        let inside = try CLIRunner.run(["lint", "."], in: folder.appendingPathComponent("other"))
        #expect(inside.status == 2)
        #expect(inside.stdout.isEmpty)
    }

    @Test func bareNamesAndQuestionMarksInExcludeMatchAtAnyDepth() throws {
        let folder = try Self.folder([
            ".corpuslint.yml": "packs: [core]\nexclude: ['draft-?.md', notes.md]\n",
            "draft-1.md": Self.bare, "deep/er/draft-2.md": Self.bare, "deep/draft-10.md": Self.bare,
            "deep/notes.md": Self.bare, "kept.md": Self.bare,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.lint(["."], in: folder)
        #expect(run.findings == ["deep/draft-10.md:front-matter/missing", "kept.md:front-matter/missing"])
    }

    /// A configuration that silences what the bare file would report.
    static let silencing = "packs: [core]\nseverity: { front-matter/missing: off }\n"

    @Test func theNearestConfigurationWins() throws {
        let folder = try Self.folder([
            ".corpuslint.yml": Self.silencing, "sub/.corpuslint.yml": "packs: [core]\n", "sub/x.md": Self.bare, "x.md": Self.bare,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lint(["."], in: folder.appendingPathComponent("sub")).findings == ["x.md:front-matter/missing"])
        #expect(try Self.lint(["."], in: folder).findings.isEmpty, "from the root, the root's file: sub/x.md silenced too")
    }

    @Test func noConfigIgnoresTheFileFound() throws {
        let folder = try Self.folder([".corpuslint.yml": Self.silencing, "x.md": Self.bare])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lint(["."], in: folder).findings.isEmpty)
        let ignored = try Self.lint(["--no-config", "."], in: folder)
        #expect(ignored.findings.contains("x.md:front-matter/missing"))
        #expect(ignored.status == 1)
    }

    @Test func configNamesTheFileInsteadOfTheOneFound() throws {
        let folder = try Self.folder([
            ".corpuslint.yml": "packs: [core]\n",
            "settings/strict.yml": "packs: [local.yml]\n",
            "settings/local.yml": "rules:\n  - id: local/word\n    kind: forbid\n    pattern: 'front'\n    severity: warning\n",
            "x.md": "---\na: 1\n---\nThe front line.\n", "bare.md": Self.bare,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lint(["."], in: folder).findings == ["bare.md:front-matter/missing"])
        // Its pack path is read from its own folder, not the working directory.
        // Its pack asks for no front matter, so the bare file is text to it as well.
        let named = try Self.lint(["--config", "settings/strict.yml", "."], in: folder)
        #expect(named.findings == ["bare.md:local/word", "x.md:local/word"])
        #expect(named.status == 0, "a warning")
        #expect(try Self.lint(["--config", "settings/strict.yml", "--no-config", "."], in: folder).findings == ["bare.md:local/word", "x.md:local/word"],
                "`--config` given as well wins over `--no-config`")
        let missing = try CLIRunner.run(["--config", "settings/none.yml", "."], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("settings/none.yml"))
    }

    // MARK: rules and explain

    /// Lines of `rules` naming `id`, whatever the layout around it.
    static func rulesLines(_ result: CLIRunner.Result, naming id: String) -> [[String]] {
        result.stdout.split(separator: "\n").map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }.filter { $0.contains(id) }
    }

    @Test func rulesShowsEachRulesSeverity() throws {
        let shipped = try CLIRunner.run(["rules", "--no-config"])
        #expect(shipped.status == 0)
        let gap = Self.rulesLines(shipped, naming: "numbering/gap")
        #expect(gap.count == 1 && gap.first?.contains("error") == true, "\(gap)")
        let folder = try Self.folder([".corpuslint.yml": "severity: { numbering/gap: warning, numbering/duplicate: off }\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let configured = try CLIRunner.run(["rules"], in: folder)
        #expect(Self.rulesLines(configured, naming: "numbering/gap").first?.contains("warning") == true)
        let duplicate = Self.rulesLines(configured, naming: "numbering/duplicate").first ?? []
        #expect(duplicate.contains("off") && !duplicate.contains("error"), "\(duplicate)")
        let info = try CLIRunner.run(["rules", "--rules", "core"])
        #expect(Self.rulesLines(info, naming: "core/empty-file").first?.contains("error") == true)
    }

    /// Text with every run of white space made one space, so wrapping cannot hide a phrase.
    static func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test func explainPrintsTheRulesDescriptionKindAndSeverity() throws {
        let folder = try Self.folder(["pack.yml": """
            rules:
              - id: local/word
                kind: forbid
                pattern: 'front'
                severity: warning
                description: The word front is not wanted in these documents.
                examples:
                  - { document: "---\\na: 1\\n---\\nfront\\n", triggers: [4] }
            """])
        defer { try? FileManager.default.removeItem(at: folder) }
        let local = try CLIRunner.run(["explain", "--rules", "pack.yml", "local/word"], in: folder)
        #expect(local.status == 0, "\(local.stderr)")
        let text = Self.words(local.stdout)
        #expect(text.contains("local/word"))
        #expect(text.contains("The word front is not wanted in these documents."))
        #expect(text.contains("forbid") && text.contains("warning"))
        #expect(text.contains("front"), "the example")

        let shipped = try CLIRunner.run(["explain", "--no-config", "numbering/gap"])
        #expect(shipped.status == 0)
        let gap = Self.words(shipped.stdout)
        #expect(gap.contains("A paragraph or sub-paragraph number was skipped"))
        #expect(gap.contains("sequence") && gap.contains("error"))
        let unknown = try CLIRunner.run(["explain", "--no-config", "numbering/gpa"])
        #expect(unknown.status == 2 && unknown.stderr.contains("numbering/gap"))
    }
}
