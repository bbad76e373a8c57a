import Foundation
import Testing

/// `--shard K/N` + `merge` must be the single run, cut in N and put together again: for every
/// format, the merged output equals the single process's byte for byte (timings aside), on the
/// sample corpus plus documents whose duplicate keys fall in different shards.
@Suite(.serialized) struct ShardMergeTests {
    /// The sample corpus and `generated/`: 12 copies of one record (11 duplicates of it, spread over
    /// the shards), 6 copies of another, and documents with keys of their own.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-shards-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("generated"), withIntermediateDirectories: true)
        try manager.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("corpus"), to: folder.appendingPathComponent("corpus"))
        let template = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("corpus/A_RES_80_35-EN.md"), encoding: .utf8)
        let record = try #require(template.firstMatch(of: #/record_id: "?([0-9]+)"?/#)?.output.1)
        for index in 0..<30 {
            let copy: String
            switch index % 5 {
            case 0, 2: copy = template // the corpus's own record: every copy duplicates it
            case 1: copy = template.replacingOccurrences(of: String(record), with: "9100001")
            default: copy = template.replacingOccurrences(of: String(record), with: String(9_200_000 + index))
            }
            try copy.write(to: folder.appendingPathComponent("generated/doc-\(index).md"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Timings are the one thing that may differ.
    static func withoutTimings(_ text: String) -> String {
        text.replacing(#/"durationMs" ?: ?[0-9]+/#, with: "\"durationMs\":0")
            .replacing(#/\([0-9]+ ms\)/#, with: "(0 ms)")
            .replacing(#/time="[0-9.]+"/#, with: "time=\"0\"")
            .replacing(#/· [0-9]+ ms/#, with: "· 0 ms")
    }

    static let formats = ["text", "json", "jsonl", "sarif", "github", "junit", "checkstyle", "codeclimate", "html"]

    @Test(arguments: [1, 3, 8])
    func mergedShardsEqualOneRun(shards: Int) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = ["corpus", "generated"]
        var reports: [String] = []
        var sizes: [Int] = []
        for index in 1...shards {
            let report = "shard-\(index).jsonl"
            // Shards record the field the HTML report groups by, so that merge can chart it.
            let run = try CLIRunner.run(["lint", "--no-config", "--shard", "\(index)/\(shards)", "--shard-report", report, "--format", "json",
                                         "--html-group-by", "language"] + inputs, in: folder)
            #expect(run.status == 0, "a shard that wrote its report exits 0: \(run.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            sizes.append(try #require((json["summary"] as? [String: Any])?["files"] as? Int))
            reports.append(report)
        }
        #expect(sizes.reduce(0, +) == 38 + 30, "every file is in exactly one shard: \(sizes)")
        if shards == 8 { #expect(sizes.filter { $0 > 0 }.count >= 6, "the hash spreads files over the shards: \(sizes)") }

        for format in Self.formats {
            let grouping = format == "html" ? ["--html-group-by", "language"] : []
            let single = try CLIRunner.run(["lint", "--no-config", "--format", format] + grouping + inputs, in: folder)
            let merged = try CLIRunner.run(["merge", "--no-config", "--format", format] + grouping + reports, in: folder)
            #expect(merged.status == single.status, "\(format): exit code of merge \(merged.status), of one run \(single.status): \(merged.stderr)")
            #expect(Self.withoutTimings(merged.stdout) == Self.withoutTimings(single.stdout), "\(format) output differs after merging \(shards) shards")
        }
        let html = try CLIRunner.run(["merge", "--no-config", "--format", "html", "--html-group-by", "language"] + reports, in: folder).stdout
        #expect(html.contains("per language (files: "), "the merged report charts the field the shards recorded")
        let text = try CLIRunner.run(["merge", "--no-config"] + reports, in: folder).stdout
        let duplicates = text.split(separator: "\n").filter { $0.contains("[front-matter/duplicate-record]") }
        #expect(duplicates.count == 12 + 5, "11 + 1 copies of the corpus record (12 with its original), 5 of the other:\n\(text)")
    }

    @Test func mergeRefusesAMissingShardOrOtherRules() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 1...2 {
            _ = try CLIRunner.run(["lint", "--no-config", "--shard", "\(index)/2", "--shard-report", "s\(index).jsonl", "generated"], in: folder)
        }
        let missing = try CLIRunner.run(["merge", "--no-config", "s1.jsonl"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("shard 2/2 missing"), "\(missing.stderr)")
        let twice = try CLIRunner.run(["merge", "--no-config", "s1.jsonl", "s1.jsonl"], in: folder)
        #expect(twice.status == 2 && twice.stderr.contains("is also"), "\(twice.stderr)")
        let otherRules = try CLIRunner.run(["merge", "--no-config", "--rules", "core", "s1.jsonl", "s2.jsonl"], in: folder)
        #expect(otherRules.status == 2 && otherRules.stderr.contains("other rules"), "\(otherRules.stderr)")

        // A report cut short (a shard killed while copying it) is refused, not half-merged.
        let whole = try String(contentsOf: folder.appendingPathComponent("s2.jsonl"), encoding: .utf8)
        let lines = whole.split(separator: "\n")
        try (lines.dropLast().joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("s2.jsonl"), atomically: true, encoding: .utf8)
        let cut = try CLIRunner.run(["merge", "--no-config", "s1.jsonl", "s2.jsonl"], in: folder)
        #expect(cut.status == 2 && cut.stderr.contains("cut short"), "\(cut.stderr)")
    }

    @Test func aFileStaysInItsShardWhateverElseTheCorpusHoldsAndHowItIsNamed() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        func members(_ arguments: [String], in directory: URL) throws -> Set<String> {
            let run = try CLIRunner.run(["lint", "--no-config", "--shard", "2/5", "--format", "junit"] + arguments, in: directory)
            return Set(run.stdout.matches(of: #/<testcase name="([^"]+)"/#).map { String($0.output.1) }
                .map { $0.replacingOccurrences(of: folder.path + "/", with: "").replacingOccurrences(of: "./", with: "") })
        }
        let all = try members(["corpus", "generated"], in: folder)
        let alone = try members(["generated"], in: folder)
        #expect(!alone.isEmpty)
        #expect(alone == all.filter { $0.hasPrefix("generated/") }, "a file's shard does not depend on the other inputs")
        let named = try members(["./generated"], in: folder)
        #expect(named == alone, "nor on how its path is written")
    }
}
