import Foundation
import Testing
@testable import CorpusLint

@Suite struct LintCacheTests {
    static func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-cache-\(UUID().uuidString)").path
    }

    static let awkward = FileResult(
        path: "dir/a\tb\\c.md",
        diagnostics: [Diagnostic(path: "dir/a\tb\\c.md", line: 2, column: 3, endLine: 2, endColumn: 9, rule: "x/y", severity: .info,
                                 message: "tab\there\nand a line\r\\n", snippet: "-"),
                      Diagnostic(path: "dir/a\tb\\c.md", line: 5, column: 1, rule: "x/z", severity: .error, message: "=", snippet: nil)],
        corpusKeys: [CorpusKeyRecord(rule: "r", key: "-", value: "=v", line: 1, column: 1), CorpusKeyRecord(rule: "r", key: "k\t", line: 2, column: 2)],
        fields: ["extract_version": "1.1\t0", "language": ""])

    @Test func segmentsKeepEveryFieldWhateverItHolds() throws {
        let text = CacheSegment.encode([CacheSegment.Entry(digest: "d1", result: Self.awkward)])
        let entries = try #require(CacheSegment.decode(Substring(text)))
        #expect(entries.count == 1)
        #expect(entries[0].digest == "d1")
        #expect(entries[0].result.path == Self.awkward.path)
        #expect(entries[0].result.diagnostics == Self.awkward.diagnostics)
        #expect(entries[0].result.corpusKeys == Self.awkward.corpusKeys)
        #expect(entries[0].result.fields == Self.awkward.fields)
    }

    @Test func aSegmentCutAnywhereIsNeverReadBack() {
        let text = CacheSegment.encode((0..<5).map { CacheSegment.Entry(digest: "d\($0)", result: Self.awkward) })
        let bytes = Array(text.utf8)
        for length in 0..<bytes.count {
            let cut = String(decoding: bytes[..<length], as: UTF8.self)
            #expect(CacheSegment.decode(Substring(cut)) == nil, "cut at \(length) of \(bytes.count) was read")
        }
        #expect(CacheSegment.decode(Substring(text)) != nil)
    }

    @Test func entriesComeBackOnlyForTheSameContent() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let rules = try PackLoader.load(["core"])
        let first = try LintCache(root: root, rules: rules)
        first.record(Self.awkward, digest: "aaa")
        try first.save()
        let second = try LintCache(root: root, rules: rules)
        #expect(second.entry(path: Self.awkward.path, digest: "aaa")?.diagnostics == Self.awkward.diagnostics)
        #expect(second.entry(path: Self.awkward.path, digest: "bbb") == nil, "changed content")
        #expect(second.entry(path: "other.md", digest: "aaa") == nil, "another path")
        let otherRules = try LintCache(root: root, rules: try PackLoader.load(["un"]))
        #expect(otherRules.entry(path: Self.awkward.path, digest: "aaa") == nil, "another rule set")
    }

    @Test func concurrentRunsAndLeftoversOfKilledRunsAreSafe() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let rules = try PackLoader.load(["core"])
        // Two runs open the same cache, each learns something, both save: what both learnt is kept.
        let one = try LintCache(root: root, rules: rules), two = try LintCache(root: root, rules: rules)
        one.record(FileResult(path: "one.md", diagnostics: []), digest: "1")
        two.record(FileResult(path: "two.md", diagnostics: []), digest: "2")
        try one.save()
        try two.save()
        // What a killed run leaves: a temporary file, and a segment cut short (as a full disk would).
        let folder = one.folder
        try "corpuslint-cache 2\nE\tthree.md\t3\t0\t0\t0\n".write(toFile: folder + "/.tmp-1-2", atomically: false, encoding: .utf8)
        try "corpuslint-cache 2\nE\tfour.md\t4\t0\t0\t0\n".write(toFile: folder + "/0-1-2.segment", atomically: false, encoding: .utf8)
        let after = try LintCache(root: root, rules: rules)
        #expect(after.entry(path: "one.md", digest: "1") != nil)
        #expect(after.entry(path: "two.md", digest: "2") != nil)
        #expect(after.entry(path: "three.md", digest: "3") == nil)
        #expect(after.entry(path: "four.md", digest: "4") == nil)
    }

    @Test func aWarmRunFindsWhatAColdRunFoundCorpusRulesIncluded() throws {
        // A UN symbol, so that the UN pack applies to them.
        let document = { (record: String) in "---\nsymbol: A/RES/80/1\nrecord_id: \"\(record)\"\nlanguage: EN\n---\n\nText.\n" }
        let corpus = try LinterTests.folder(["a.md": document("1"), "b.md": document("1"), "c.md": "no front matter\n"])
        let root = Self.folder()
        defer {
            try? FileManager.default.removeItem(at: corpus)
            try? FileManager.default.removeItem(atPath: root)
        }
        let rules = try PackLoader.load(["un"])
        func run() throws -> (results: [FileResult], cache: LintCache) {
            var linter = Linter(rules: rules)
            linter.cache = try LintCache(root: root, rules: rules)
            let results = linter.lint(paths: [corpus.path]).results
            try linter.cache!.save()
            return (results, linter.cache!)
        }
        var plain = Linter(rules: rules)
        plain.jobs = 1
        let expected = plain.lint(paths: [corpus.path]).results
        #expect(expected.flatMap(\.diagnostics).contains { $0.rule == "front-matter/duplicate-record" })
        let cold = try run()
        #expect(cold.cache.hits == 0 && cold.cache.misses == 3)
        let warm = try run()
        #expect(warm.cache.hits == 3 && warm.cache.misses == 0)
        #expect(warm.results.map(\.diagnostics) == expected.map(\.diagnostics))
        #expect(cold.results.map(\.diagnostics) == expected.map(\.diagnostics))
        // A changed file is linted again; the others still come from the cache.
        try document("2").write(to: corpus.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let changed = try run()
        #expect(changed.cache.hits == 2 && changed.cache.misses == 1)
        #expect(!changed.results.flatMap(\.diagnostics).contains { $0.rule == "front-matter/duplicate-record" })
    }
    /// Cross-document rules judge what each file gave them; the cache and shard reports keep it,
    /// so a warm run and a merge of shards judge what a cold whole run judged.
    @Test func crossDocumentRulesJudgeTheSameFromTheCacheAndFromShardReports() throws {
        let pack = "rules:\n" + CrossReferenceCheckTests.citationRules + "\n" + """
              - id: volume/numbering
                kind: series
                group: "{volume}"
                number: doc_num
                order-by: { field: date, format: iso-date }
            """
        func document(_ number: Int, _ date: String, _ body: String = "") -> String {
            "---\nsymbol: A/RES/80/\(number)\nvolume: 1\ndoc_num: \(number)\ndate: \"\(date)\"\n---\n\(body)"
        }
        let corpus = try LinterTests.folder([
            "1.md": document(1, "2025-12-04", "Recalling resolution 80/2 of 2 December 2025 and resolution 80/3 of 5 December 2025,\n"),
            "2.md": document(2, "2025-12-02"),
            "3.md": document(3, "2025-12-01"),
            "5.md": document(5, "2025-12-09", "Recalling resolution 79/9 of 1 January 2024,\n"),
        ])
        let root = Self.folder()
        defer {
            try? FileManager.default.removeItem(at: corpus)
            try? FileManager.default.removeItem(atPath: root)
        }
        let rules = try RuleHarness.load(pack)
        func render(_ results: [FileResult]) -> [String] {
            results.flatMap { result in
                result.diagnostics.map { "\(result.path.split(separator: "/").last!):\($0.line) \($0.rule) " + $0.message.replacingOccurrences(of: corpus.path + "/", with: "") }
            }
        }
        var plain = Linter(rules: rules)
        plain.root = ProjectRoot(corpus.path)
        let expected = render(plain.lint(paths: [corpus.path]).results)
        #expect(expected == [
            "1.md:7 cite/resolution date is 2025-12-05 here, but 2025-12-01 in 3.md",
            "2.md:4 volume/numbering 1: number 2 is dated 2025-12-02, before number 1 (2025-12-04)",
            "3.md:4 volume/numbering 1: number 3 is dated 2025-12-01, before number 2 (2025-12-02)",
            "5.md:4 volume/numbering 1: numbering jumps from 3 to 5 (missing: 4)",
            "5.md:7 cite/resolution `79/9` names no document with this `symbol`",
        ])

        var cached = plain
        for round in 0..<2 {
            cached.cache = try LintCache(root: root, rules: rules)
            let results = cached.lint(paths: [corpus.path]).results
            try cached.cache!.save()
            #expect(cached.cache!.hits == (round == 0 ? 0 : 4))
            #expect(render(results) == expected, "round \(round)")
        }

        // Two shards, each written to its report and read back, then judged together.
        var reports: [ShardReport] = []
        for index in 1...2 {
            var shard = plain
            shard.judgesCorpusRules = false
            let part = try #require(Shard(index: index, count: 2))
            let files = shard.lint(inputs: shard.discovery.inputs([corpus.path]).filter { part.contains($0.path, root: corpus.path) }).results
            let text = ShardReport(shard: part, rules: rules.fingerprint, durationMs: 0, files: files).encoded()
            reports.append(try ShardReport.decode(Data(text.utf8), name: "shard \(index)"))
        }
        let joined = try ShardReport.join(reports.enumerated().map { ("\($0.offset)", $0.element) }, rules: rules.fingerprint)
        #expect(render(plain.join(joined).results) == expected)
    }
}
