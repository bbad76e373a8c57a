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
        try "corpuslint-cache 1\nE\tthree.md\t3\t0\t0\n".write(toFile: folder + "/.tmp-1-2", atomically: false, encoding: .utf8)
        try "corpuslint-cache 1\nE\tfour.md\t4\t0\t0\n".write(toFile: folder + "/0-1-2.segment", atomically: false, encoding: .utf8)
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
}
