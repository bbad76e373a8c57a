import Foundation
import Testing

/// `--fix`, `--unsafe-fixes` and `--diff`, run as a user runs them.
@Suite struct FixOptionsTests {
    /// Trailing spaces and an unquoted record_id (safe), page furniture (unsafe).
    static let damaged = "---\nsymbol: A/RES/80/35\nrecord_id: 4095491\n---\n\n1. Decides to act;  \t\n25-19346 (E)\n\n2. Requests a report.\n"

    static func folderWithDamagedFile(mode: Int = 0o644) throws -> (folder: URL, file: URL) {
        let folder = try LintCommandTests.temporaryFolder()
        let file = folder.appendingPathComponent("A_RES_80_35-EN.md")
        try Data(damaged.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        return (folder, file)
    }

    static let rules = ["--rules", "un", "--rules", "text", "--select", "text/,front-matter/type,extraction/page-furniture"]

    @Test func diffPrintsTheFixesAndChangesNothing() throws {
        let (folder, file) = try Self.folderWithDamagedFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: file)
        let result = try CLIRunner.run(["--diff"] + Self.rules + ["."], in: folder)
        #expect(result.status == 1, "something to fix")
        #expect(result.stdout == """
            --- A_RES_80_35-EN.md
            +++ A_RES_80_35-EN.md
            @@ -1,9 +1,9 @@
             ---
             symbol: A/RES/80/35
            -record_id: 4095491
            +record_id: "4095491"
             ---
             
            -1. Decides to act;  \t
            +1. Decides to act;
             25-19346 (E)
             
             2. Requests a report.

            """)
        #expect(result.stderr.contains("2 fixes would change 1 file (--fix applies them); 1 finding has an unsafe fix (--unsafe-fixes applies them)"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func diffWithUnsafeFixesShowsThemTooAndNothingLeftExitsZero() throws {
        let (folder, file) = try Self.folderWithDamagedFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["--diff", "--unsafe-fixes"] + Self.rules + ["."], in: folder)
        #expect(result.stdout.contains("\n-25-19346 (E)\n"))
        try Data("---\nsymbol: A/RES/80/35\nrecord_id: \"4095491\"\n---\n\nText.\n".utf8).write(to: file)
        let clean = try CLIRunner.run(["--diff", "--unsafe-fixes"] + Self.rules + ["."], in: folder)
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)
        #expect(clean.stderr.contains("no fix to apply"))
    }

    @Test func fixWritesTheSafeFixesKeepsTheModeAndReportsWhatRemains() throws {
        let (folder, file) = try Self.folderWithDamagedFile(mode: 0o640)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["--fix"] + Self.rules + ["."], in: folder)
        #expect(try String(contentsOf: file, encoding: .utf8)
                == "---\nsymbol: A/RES/80/35\nrecord_id: \"4095491\"\n---\n\n1. Decides to act;\n25-19346 (E)\n\n2. Requests a report.\n")
        #expect(try FixedFileWriterPermissions.of(file) == 0o640)
        #expect(result.stdout.contains("A_RES_80_35-EN.md:7:1: warning: page furniture `25-19346 (E)` left in the text [extraction/page-furniture]"),
                "the unsafe fix was not applied: its finding remains")
        #expect(!result.stdout.contains("trailing-space"))
        #expect(result.stderr.contains("fixed 2 findings in 1 file; 1 finding remains; 1 finding has an unsafe fix (--unsafe-fixes applies them)"))
        #expect(result.status == 0, "a warning does not fail the run")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["A_RES_80_35-EN.md"], "no temporary file left")

        let unsafe = try CLIRunner.run(["--fix", "--unsafe-fixes"] + Self.rules + ["."], in: folder)
        #expect(unsafe.stderr.contains("fixed 1 finding in 1 file; 0 findings remain"))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("1. Decides to act;\n\n2. Requests"))
    }

    /// The same file named twice (a link and its target): the second write finds bytes that are no
    /// longer those it fixed, so it leaves the file alone and says so.
    @Test func aFileChangedOnDiskSinceItWasReadIsLeftAloneWithAFinding() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.md")
        try Data("---\na: 1\n---\ntext \n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: "target.md")
        let result = try CLIRunner.run(["--fix", "--rules", "text", "."], in: folder)
        #expect(result.stdout.contains("target.md:1:1: warning: the file changed on disk while its fixes were made: it was left as it is; run --fix again [fix/changed-on-disk]"),
                Comment(rawValue: result.stdout))
        #expect(result.stdout.contains("2 files checked, 1 with findings: 0 errors, 1 warning, 0 infos"), "the finding counts in the summary")
        #expect(result.stderr.contains("fixed 1 finding in 1 file"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "---\na: 1\n---\ntext\n", "fixed once, through the link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.md").path) == "target.md")
    }

    @Test func withoutFixNothingIsWritten() throws {
        let (folder, file) = try Self.folderWithDamagedFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: file)
        _ = try CLIRunner.run(Self.rules + ["."], in: folder)
        let unsafeAlone = try CLIRunner.run(["--unsafe-fixes"] + Self.rules + ["."], in: folder)
        #expect(unsafeAlone.status == 2)
        #expect(unsafeAlone.stderr.contains("--unsafe-fixes chooses which fixes --fix or --diff applies"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func standardInputIsNeverWrittenBack() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.md")
        try Data(Self.damaged.utf8).write(to: input)
        let result = try CLIRunner.run(["-c", "\"$0\" --fix --rules text - < in.md", CLIRunner.binary.path], in: folder,
                                       executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 2)
        #expect(result.stderr.contains("--fix cannot write standard input back; use --diff"))
    }

    @Test func explainKnowsTheFindingsOfFix() throws {
        for id in ["fix/changed-on-disk", "fix/not-written"] {
            let result = try CLIRunner.run(["explain", id])
            #expect(result.status == 0)
            #expect(result.stdout.contains("made by: corpuslint itself"))
        }
    }
}

enum FixedFileWriterPermissions {
    static func of(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
