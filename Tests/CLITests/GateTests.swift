import Foundation
import Testing

/// A CI gate must not pass by accident: nothing checked, a missing path, a misspelt command and
/// files that are not documents each get an answer a person can act on.
@Suite struct GateTests {
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let folder = try LintCommandTests.temporaryFolder()
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return folder
    }

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    @Test func aRunThatChecksNothingExitsTwoUnlessAllowed() throws {
        let folder = try Self.folder(["empty/.keep": [], "drafts/a.md": Self.text("---\na: 1\n---\nText.\n"),
                                      ".corpuslint.yml": Self.text("packs: [core]\nexclude: ['drafts/**']\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try CLIRunner.run(["empty"], in: folder)
        #expect(empty.status == 2)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr.hasPrefix("corpuslint: no file to check in empty:"), "\(empty.stderr)")
        #expect(empty.stderr.contains("--allow-empty"))
        let excluded = try CLIRunner.run(["drafts", "--fail-on", "never"], in: folder)
        #expect(excluded.status == 2, "every file excluded is nothing checked, whatever --fail-on says")
        let allowed = try CLIRunner.run(["empty", "--allow-empty"], in: folder)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.hasPrefix("0 files checked"))
    }

    @Test func aMissingPathIsAUsageError() throws {
        let folder = try Self.folder(["a.md": Self.text("---\na: 1\n---\nText.\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["--rules", "core", "--fail-on", "never", "a.md", "nope.md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty, "nothing is linted")
        #expect(result.stderr == "corpuslint: no such file or folder: nope.md\n")
    }

    @Test func aMisspeltCommandGetsADidYouMeanButAPathOfThatNameStillLints() throws {
        let folder = try Self.folder(["explain/a.md": Self.text("---\na: 1\n---\nText.\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let typo = try CLIRunner.run(["expalin", "numbering/gap"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr.contains("unknown command `expalin`: did you mean `explain`?"), "\(typo.stderr)")
        let path = try CLIRunner.run(["--rules", "core", "./explain"], in: folder)
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.hasPrefix("1 file checked, 0 with findings"))
        #expect(try CLIRunner.run(["expl", "numbering/gap"], in: folder).stderr.contains("did you mean `explain`?"))
    }

    /// A README in a corpus folder: one finding, not a body rule's on its numbered list.
    @Test func aFileWithoutFrontMatterGetsThatFindingAloneUnlessItIsOptional() throws {
        let readme = "How to use this corpus\n\n1. read\n3. lint <!-- corpuslint-disable-line numbering/gap -->\n\nText\u{07} with a bell.\n"
        let folder = try Self.folder(["README.md": Self.text(readme)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["--rules", "un", "--format", "json", "README.md"], in: folder)
        #expect(result.status == 1)
        #expect(Self.rules(result.stdout) == ["front-matter/missing"])
        try "packs: [un]\nfront-matter: optional\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let optional = try CLIRunner.run(["--format", "json", "README.md"], in: folder)
        #expect(Self.rules(optional.stdout) == ["core/control-character"], "front matter optional: the body is linted, the gap suppressed")
    }

    @Test func aBinaryFileGetsOneFindingAndIsSkipped() throws {
        var pdf = Self.text("%PDF-1.7\n")
        for i in 0..<4_000 { pdf.append(UInt8(truncatingIfNeeded: i * 37 + 128)) }
        pdf += [0, 0, 1, 2]
        let folder = try Self.folder(["scan.md": pdf, "stray-nul.md": Self.text("---\na: 1\n---\nText with a NUL\0 byte.\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["--rules", "core", "--format", "json", "."], in: folder)
        #expect(result.status == 1)
        let findings = Self.findings(result.stdout)
        #expect(findings.filter { $0.path == "scan.md" }.map(\.rule) == ["io/binary"])
        #expect(findings.filter { $0.path == "stray-nul.md" }.map(\.rule) == ["core/encoding"], "a text with a stray NUL is still a document")
    }

    @Test func invalidUTF8IsReportedOncePerPlace() throws {
        let bytes = Self.text("---\na: 1\n---\nbad ") + [0xFF, 0xFE] + Self.text(" here and ") + [0xC3] + Self.text(" there\n")
        let folder = try Self.folder(["a.md": bytes])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["--rules", "core", "--no-show-source", "a.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("a.md:4:5: error: invalid UTF-8 at byte 17 of the file [core/encoding]\n1 file checked"), "\(result.stdout)")
    }

    /// The pre-commit snippet names the version the tool reports, and the docs agree.
    @Test func documentedReleaseIsTheVersion() throws {
        let version = try CLIRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version == "0.2.0")
        for doc in ["README.md", "docs/ci.md"] {
            let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(doc), encoding: .utf8)
            let revisions = text.components(separatedBy: "\n").filter { $0.contains("rev: v") || $0.contains("CORPUSLINT_REF: v") }
            #expect(!revisions.isEmpty)
            for line in revisions { #expect(line.contains("v\(version)"), "\(doc): \(line)") }
        }
    }

    struct Finding: Equatable { var path, rule: String; var line, column, endLine, endColumn: Int }

    static func findings(_ json: String) -> [Finding] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let list = object["diagnostics"] as? [[String: Any]] else { return [] }
        return list.map {
            Finding(path: $0["path"] as? String ?? "", rule: $0["rule"] as? String ?? "", line: $0["line"] as? Int ?? 0,
                    column: $0["column"] as? Int ?? 0, endLine: $0["endLine"] as? Int ?? 0, endColumn: $0["endColumn"] as? Int ?? 0)
        }
    }

    static func rules(_ json: String) -> [String] { findings(json).map(\.rule) }
}
