import Foundation
import Testing

/// The lint command streams each file's findings to reporters that can take them (text, JSON,
/// JSON Lines, GitHub) and keeps no result for them, so its memory does not grow with the files;
/// formats that need every result (SARIF, JUnit…), `--write-baseline` and `--shard-report` keep
/// them, and report the same.
@Suite(.serialized) struct ReportingSinkTests {
    /// `count` documents of `lines` mojibake lines each: a finding a line, none shared between files.
    static func corpus(_ count: Int, lines: Int) throws -> URL {
        let folder = try LintCommandTests.temporaryFolder()
        let body = (0..<lines).map { "Line \($0) lost its accent: rÃ©solution." }.joined(separator: "\n")
        for index in 0..<count {
            let text = "---\nsymbol: A/RES/80/\(index)\n---\n\n\(body)\n"
            try text.write(to: folder.appendingPathComponent(String(format: "doc%04d.md", index)), atomically: false, encoding: .utf8)
        }
        return folder
    }

    @Test func peakMemoryDoesNotGrowWithTheFilesOfAStreamedReport() throws {
        // More files than the engine lints at once (2,048), four times over.
        let small = try Self.corpus(2_100, lines: 20)
        let large = try Self.corpus(8_400, lines: 20)
        defer { for folder in [small, large] { try? FileManager.default.removeItem(at: folder) } }
        for format in ["json", "text"] {
            let few = try CLIRunner.runMeasured(["--rules", "core", "--no-config", "--no-cache", "--format", format, "."], in: small)
            let many = try CLIRunner.runMeasured(["--rules", "core", "--no-config", "--no-cache", "--format", format, "."], in: large)
            print("streamed \(format): 2,100 files \(few.summary); 8,400 files \(many.summary)")
            #expect(few.result.status == 1 && many.result.status == 1, "\(many.result.stderr)")
            #expect(many.result.stdout.contains(format == "json" ? "\"errors\":168000" : "8400 files checked, 8400 with findings: 168000 errors"))
            // Kept until the end, the 126,000 more findings took 32 MiB more (measured on a release
            // build); streamed, the 6,300 more files cost their paths only (under 1 MiB).
            #expect(many.peakMemoryBytes - few.peakMemoryBytes < 8 << 20, "2,100 files: \(few.summary); 8,400 files: \(many.summary)")
        }
    }

    /// `count` documents each with a key of a `unique` rule and the key and value a
    /// `cross-reference` rule's targets are found by, as the UN pack's two corpus-wide rules read
    /// every resolution; no key is shared, so nothing is found.
    static func keyedCorpus(_ count: Int) throws -> URL {
        let folder = try LintCommandTests.temporaryFolder()
        for index in 0..<count {
            let text = "---\nsymbol: A/RES/80/\(index)\nrecord_id: \"\(100_000 + index)\"\nlanguage: EN\ndate: 2025-12-01\n---\n\nText.\n"
            try text.write(to: folder.appendingPathComponent(String(format: "doc%05d.md", index)), atomically: false, encoding: .utf8)
        }
        try """
            rules:
              - id: corpus/duplicate-record
                kind: unique
                fields: [record_id, language]
              - id: corpus/cited-date
                kind: cross-reference
                from: cites
                target: { field: symbol }
                agree:
                  - { field: date }
            """.write(to: folder.appendingPathComponent("pack.yml"), atomically: false, encoding: .utf8)
        return folder
    }

    @Test func peakMemoryBarelyGrowsWithTheFilesCorpusWideRulesJudge() throws {
        let small = try Self.keyedCorpus(2_500)
        let large = try Self.keyedCorpus(22_500)
        defer { for folder in [small, large] { try? FileManager.default.removeItem(at: folder) } }
        let options = ["--rules", "pack.yml", "--no-config", "--no-cache", "--format", "json", "."]
        let few = try CLIRunner.runMeasured(options, in: small)
        let many = try CLIRunner.runMeasured(options, in: large)
        print("corpus-wide rules: 2,500 files \(few.summary); 22,500 files \(many.summary)")
        #expect(few.result.status == 0 && many.result.status == 0, "\(many.result.stderr)")
        #expect(many.result.stdout.contains("\"files\":22500"))
        // Every key and record kept to the end, the 20,000 more files took 7.4 MiB more (release
        // build); judged as they stream, a table entry a key, 2.5 to 3.1 MiB (the paths included;
        // runs differ by about 0.5 MiB).
        #expect(many.peakMemoryBytes - few.peakMemoryBytes < 11 << 19, "under 5.5 MiB more; 2,500 files: \(few.summary); 22,500 files: \(many.summary)")
    }

    @Test func aRunThatKeepsItsResultsReportsWhatAStreamedRunReports() throws {
        let folder = try Self.corpus(30, lines: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Two files share a record: a corpus-wide finding, reported after the others.
        for name in ["a.md", "b.md"] {
            try "---\nsymbol: A/RES/80/7\nrecord_id: \"7\"\nlanguage: EN\n---\n\nText.\n".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        // Against a baseline that knows nothing, so that recording one reports the same findings.
        let baseline = folder.deletingLastPathComponent().appendingPathComponent("\(folder.lastPathComponent).baseline")
        let recorded = folder.deletingLastPathComponent().appendingPathComponent("\(folder.lastPathComponent).recorded")
        let sarif = folder.deletingLastPathComponent().appendingPathComponent("\(folder.lastPathComponent).sarif")
        defer { for file in [baseline, recorded, sarif] { try? FileManager.default.removeItem(at: file) } }
        try "# corpuslint baseline v1: path, rule, fingerprint of the offending text, count (tab-separated)\n".write(to: baseline, atomically: false, encoding: .utf8)
        func masked(_ text: String) -> String { text.replacingOccurrences(of: #"[0-9]+ ms|"durationMs":[0-9]+"#, with: "", options: .regularExpression) }
        for format in ["json", "text", "jsonl", "github"] {
            let options = ["--rules", "un", "--no-config", "--format", format, "--statistics", "--baseline", baseline.path, "."]
            let streamed = try CLIRunner.run(options, in: folder)
            // Recording a baseline needs every finding: this run keeps its results.
            let kept = try CLIRunner.run(options + ["--write-baseline", recorded.path], in: folder)
            #expect(streamed.stdout.contains("duplicate-record"), "\(format): \(streamed.stdout.prefix(400))")
            #expect(streamed.stdout.contains("core/mojibake"), "\(format)")
            #expect(masked(streamed.stdout) == masked(kept.stdout), "\(format)")
            #expect(streamed.status == kept.status)
        }
        // A SARIF report file needs every result; the terminal's text is the same as a streamed run's.
        let streamed = try CLIRunner.run(["--rules", "un", "--no-config", "."], in: folder)
        let beside = try CLIRunner.run(["--rules", "un", "--no-config", "--output", sarif.path, "."], in: folder)
        #expect(masked(streamed.stdout) == masked(beside.stdout))
        #expect(try String(contentsOf: sarif, encoding: .utf8).contains("front-matter/duplicate-record"))
    }
}
