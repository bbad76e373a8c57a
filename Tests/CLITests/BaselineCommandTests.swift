import Foundation
import Testing

/// `--write-baseline` and `--baseline` from the command line: what is reported, what is said on
/// standard error, the exit codes, and the file written.
@Suite struct BaselineCommandTests {
    static let mojibake = "---\nsymbol: A/RES/80/35\n---\n\nThe cafÃ© here.\n"

    /// ReportGatesTests' corpus (an error, two warnings, an info) and a file with mojibake (a warning with a snippet).
    static func corpus() throws -> URL {
        let folder = try ReportGatesTests.corpus()
        try Self.mojibake.write(to: folder.appendingPathComponent("moji.md"), atomically: true, encoding: .utf8)
        return folder
    }

    static func lint(_ arguments: [String], in folder: URL) throws -> CLIRunner.Result {
        try CLIRunner.run(["lint", "--rules", "core"] + arguments, in: folder)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func writingABaselineRecordsEveryFindingAndReportsNone() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try Self.lint(["--write-baseline", "base.tsv", "."], in: folder)
        #expect(written.status == 0, "everything found is now known")
        #expect(Self.lines(written.stdout).count == 1)
        #expect(written.stdout.hasPrefix("5 files checked, 0 with findings: 0 errors, 0 warnings, 0 infos ("))
        #expect(written.stdout.hasSuffix("; baseline: 5 known findings not shown, 0 gone\n"))
        #expect(written.stderr == "corpuslint: recorded 5 findings in 5 files to base.tsv\n")
        let file = try String(contentsOf: folder.appendingPathComponent("base.tsv"), encoding: .utf8)
        let entries = Self.lines(file).dropFirst().map { $0.split(separator: "\t").prefix(2).joined(separator: " ") }
        #expect(Self.lines(file).first?.hasPrefix("# corpuslint baseline v1") == true)
        #expect(entries == ["bad.md front-matter/missing", "bom.md core/byte-order-mark", "cr.md core/line-endings",
                            "crlf.md core/crlf-line-endings", "moji.md core/mojibake"])
        let again = try Self.lint(["--write-baseline", "base.tsv", "."], in: folder)
        #expect(again.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("base.tsv"), encoding: .utf8) == file, "the same findings, the same bytes")
    }

    @Test func aBaselineHidesKnownFindingsWhereverTheyMove() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lint(["--write-baseline", "base.tsv", "."], in: folder).status == 0)
        // Lines added above the mojibake; a new file with an error.
        try "---\nsymbol: A/RES/80/35\n---\n\nA new first paragraph.\n\nAnd a second.\n\nThe cafÃ© here.\n"
            .write(to: folder.appendingPathComponent("moji.md"), atomically: true, encoding: .utf8)
        try "Still no front matter\n".write(to: folder.appendingPathComponent("new.md"), atomically: true, encoding: .utf8)
        let result = try Self.lint(["--baseline", "base.tsv", "."], in: folder)
        #expect(result.status == 1, "the new error fails the run")
        #expect(Self.lines(result.stdout).first == "new.md:1:1: error: the file does not start with a `---` front-matter block [front-matter/missing]")
        #expect(Self.lines(result.stdout).count == 2)
        #expect(result.stdout.contains("6 files checked, 1 with findings: 1 error, 0 warnings, 0 infos ("))
        #expect(result.stdout.hasSuffix("; baseline: 5 known findings not shown, 0 gone\n"))
        #expect(result.stderr.isEmpty, "nothing gone, nothing to say")

        // Machine formats carry only the new findings too.
        let jsonl = try Self.lint(["--baseline", "base.tsv", "--format", "jsonl", "."], in: folder)
        #expect(Self.lines(jsonl.stdout).count == 2)
        #expect(Self.lines(jsonl.stdout).last?.contains(#""baseline":{"gone":0,"matched":5}"#) == true)
    }

    @Test func goneFindingsAreCountedAndToldOnStandardError() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lint(["--write-baseline", "base.tsv", "."], in: folder).status == 0)
        try "---\nsymbol: A/RES/80/35\n---\n\nThe café here.\n".write(to: folder.appendingPathComponent("moji.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bad.md"))
        let result = try Self.lint(["--baseline", "base.tsv", "."], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("; baseline: 3 known findings not shown, 1 gone\n"), "a file no longer read is not counted as gone")
        #expect(result.stderr == "corpuslint: 1 finding of base.tsv is gone (fixed, or their text changed); `--write-baseline base.tsv` records the smaller baseline\n")
        // Only the files read count: a run over one file says nothing of the others.
        let one = try Self.lint(["--baseline", "base.tsv", "cr.md"], in: folder)
        #expect(one.stdout.hasSuffix("; baseline: 1 known finding not shown, 0 gone\n"))
    }

    @Test func pathsAreReadFromTheBaselinesFolder() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lint(["--write-baseline", "base.tsv", "."], in: folder).status == 0)
        // From the parent, naming the folder: the same files, named otherwise.
        let parent = folder.deletingLastPathComponent()
        let name = folder.lastPathComponent
        let result = try Self.lint(["--baseline", "\(name)/base.tsv", name], in: parent)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("5 files checked, 0 with findings"))
        #expect(result.stdout.hasSuffix("; baseline: 5 known findings not shown, 0 gone\n"))
    }

    @Test func updatingABaselineReportsAgainstTheOldOne() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lint(["--write-baseline", "old.tsv", "."], in: folder).status == 0)
        try "No front matter either\n".write(to: folder.appendingPathComponent("new.md"), atomically: true, encoding: .utf8)
        let result = try Self.lint(["--baseline", "old.tsv", "--write-baseline", "new.tsv", "."], in: folder)
        #expect(result.status == 1, "the new finding is reported against the old baseline")
        #expect(result.stdout.hasPrefix("new.md:1:1: error:"))
        #expect(result.stderr == "corpuslint: recorded 6 findings in 6 files to new.tsv\n")
        #expect(try Self.lint(["--baseline", "new.tsv", "."], in: folder).status == 0)
    }

    @Test func baselineMistakesExitTwoBeforeLinting() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# corpuslint baseline v1: path, rule, fingerprint of the offending text, count (tab-separated)\nbad.md\tfront-matter/missing\tnot-hex\t1\n"
            .write(to: folder.appendingPathComponent("base.tsv"), atomically: true, encoding: .utf8)
        let malformed = try Self.lint(["--baseline", "base.tsv", "."], in: folder)
        #expect(malformed.status == 2)
        #expect(malformed.stdout.isEmpty)
        #expect(malformed.stderr == "base.tsv:2:29: expected a fingerprint of 16 lowercase hexadecimal digits, found `not-hex`\n")
        let missing = try Self.lint(["--baseline", "none.tsv", "."], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr == "none.tsv:1:1: the baseline does not exist (record one with `--write-baseline none.tsv`)\n")
        let nowhere = try Self.lint(["--write-baseline", "no/such/folder/base.tsv", "."], in: folder)
        #expect(nowhere.status == 2)
        #expect(nowhere.stdout.isEmpty, "nothing is linted")
        #expect(nowhere.stderr.hasPrefix("no/such/folder/base.tsv: cannot write the baseline there"))
    }
}
