import Foundation
import Testing
@testable import CorpusLint

/// Runs a pack over files written to a fresh folder, as a configuration there would.
enum CorpusHarness {
    static func run(_ pack: String, _ files: [String: String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-cross-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        var linter = Linter(rules: try RuleHarness.load(pack))
        linter.root = ProjectRoot(folder.path)
        let (results, _) = linter.lint(paths: [folder.path])
        return results.flatMap { result in
            result.diagnostics.map {
                "\(result.path.dropFirst(folder.path.count + 1)):\($0.line) \($0.rule) "
                    + $0.message.replacingOccurrences(of: folder.path + "/", with: "")
            }
        }
    }
}

@Suite struct CrossReferenceCheckTests {
    @Test func linksAndImagesToFilesOfTheCorpus() throws {
        let pack = """
            rules:
              - id: link/target
                kind: extract
                name: link
                occurrence: all
                pattern: '\\]\\((?<value>[^)\\s]+)\\)'
              - id: link/missing
                kind: cross-reference
                from: $link
                target: file
                message: "the link to {value} leads nowhere"
            """
        let found = try CorpusHarness.run(pack, [
            "de/a.md": "---\nt: 1\n---\nSee [b](../en/b.md#top), ![logo](/assets/logo.png), [web](https://x.org/y).\n[gone](missing.md)\n",
            "en/b.md": "---\nt: 1\n---\n[home](/de/a.md?x=1) and [a%20b](a%20b.md)\n",
            "en/a b.md": "---\nt: 1\n---\n",
            "assets/logo.png": "PNG",
        ])
        #expect(found == ["de/a.md:5 link/missing the link to missing.md leads nowhere"])
    }

    /// Citations `resolution 79/34 of 2 December 2024` checked against the cited document's date.
    static let citationRules = """
          - id: cite/text
            kind: extract
            name: citation
            occurrence: all
            pattern: 'resolution (?<value>[0-9]+/[0-9]+) of (?<date>[0-9]{1,2} [A-Z][a-z]+ [0-9]{4})'
          - id: cite/resolution
            kind: cross-reference
            from: $citation
            transform: [{ replace: '^', with: 'A/RES/' }]
            target: { field: symbol }
            agree:
              - { capture: date, other: date, transform: [date] }
        """

    @Test func aCitedResolutionHasTheDateTheCitationGives() throws {
        let pack = "rules:\n" + Self.citationRules
        let found = try CorpusHarness.run(pack, [
            "A_RES_80_1.md": "---\nsymbol: A/RES/80/1\ndate: \"2025-12-04\"\n---\nRecalling resolution 79/34 of 2 December 2024 and resolution 79/35 of 3 December 2024,\nand resolution 12/1 of 1 January 1960,\n",
            "A_RES_79_34.md": "---\nsymbol: A/RES/79/34\ndate: \"2024-12-02\"\n---\n",
            "A_RES_79_35.md": "---\nsymbol: A/RES/79/35\ndate: \"2024-12-04\"\n---\n",
        ])
        // 79/34 agrees; 79/35, on the same line, does not; 12/1 is not in the run.
        #expect(found == [
            "A_RES_80_1.md:5 cite/resolution date is 2024-12-03 here, but 2024-12-04 in A_RES_79_35.md",
            "A_RES_80_1.md:6 cite/resolution `12/1` names no document with this `symbol`",
        ])
    }

    /// The UN pack's `citation/date`: a resolution's adoption date is in its body, not in its front
    /// matter (`date` there is the distribution date), so the agreement reads the target's extracted
    /// `$adoption-date`.
    @Test func theUNPackComparesACitedDateWithTheAdoptionLine() throws {
        func resolution(_ number: Int, adopted: String, distributed: String, body: String = "") -> String {
            "---\nsymbol: A/RES/80/\(number)\nlanguage: EN\ndate: \"\(distributed)\"\n---\n"
                + "General Assembly Distr.: General \(distributed)\n\nResolution adopted by the General Assembly on \(adopted)\n\n\(body)"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-citation-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "A_RES_80_2.md": resolution(2, adopted: "1 December 2025", distributed: "3 December 2025"),
            "A_RES_80_3.md": resolution(3, adopted: "1 December 2025", distributed: "5 December 2025"),
            "A_RES_80_9.md": resolution(9, adopted: "8 December 2025", distributed: "10 December 2025", body:
                "Recalling its resolutions 80/2 of 1 December 2025, 80/3 of 3 December 2025, 56/24 M of 29 November 2001 and 79/34 of 2 December 2024,\n"),
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        var linter = Linter(rules: try PackLoader.load(["un"]))
        linter.root = ProjectRoot(folder.path)
        let found = linter.lint(paths: [folder.path]).0.flatMap { result in
            result.diagnostics.filter { $0.rule.hasPrefix("citation/") }.map { "\($0.line) " + $0.message.replacingOccurrences(of: folder.path + "/", with: "") }
        }
        // 80/2 agrees (the distribution date would not); 80/3's date is mistyped; 56/24 M and 79/34
        // are not documents of the run.
        #expect(found == ["10 resolution 80/3 is cited as of 2025-12-03, but A_RES_80_3.md was adopted on 2025-12-01"])
    }

    @Test func aTranslationHasItsOriginalsDate() throws {
        let pack = """
            rules:
              - id: translation/original
                kind: cross-reference
                from: original
                target: document
                agree:
                  - { field: date, transform: [{ date: 'yyyy-MM-dd HH:mm:ss Z' }] }
                reports:
                  missing: { message: "the original {value} is not in the corpus" }
                  mismatch: { message: "dated {value}, but the original is dated {expected}" }
            """
        let found = try CorpusHarness.run(pack, [
            "_posts/2019-03-13-launch.md": "---\ndate: 2019-03-13 11:30:00 +0000\n---\n",
            "de/_posts/2019-03-13-launch.md": "---\ndate: 2019-03-13 12:30:00 +0100\noriginal: /_posts/2019-03-13-launch.md\n---\n",
            "fr/_posts/2019-03-13-launch.md": "---\ndate: 2019-03-14 09:00:00 +0000\noriginal: ../../_posts/2019-03-13-launch.md\n---\n",
            "es/_posts/2019-03-13-launch.md": "---\ndate: 2019-03-13 09:00:00 +0000\noriginal: /_posts/2019-03-13-lunch.md\n---\n",
        ])
        #expect(found == [
            "es/_posts/2019-03-13-launch.md:3 translation/original the original /_posts/2019-03-13-lunch.md is not in the corpus",
            "fr/_posts/2019-03-13-launch.md:3 translation/original dated 2019-03-14, but the original is dated 2019-03-13",
        ])
    }

    @Test func mistakesArePositioned() {
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: cross-reference\n    from: x\n    target: files\n") == [
            "rules/test/pack.yml:5:13: `target` is file, document or { field: NAME }, not `files` (did you mean `file`?)",
        ])
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: cross-reference\n    from: x\n    agree: [{ capture: date }]\n").count == 1)
    }

    /// What a document gives the check is kept lean in memory, and written to the cache and shard
    /// reports as before: agreement values as an object keyed by the agreement's index.
    @Test func gatheredValuesKeepTheirEncoding() throws {
        var gathered = CrossReferenceCheck.Gathered()
        gathered.keys = ["A/RES/80/35"]
        gathered.setOther(2, "2025-12-01")
        gathered.setOther(0, "EN")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(gathered), as: UTF8.self)
        #expect(text == #"{"keys":["A/RES/80/35"],"others":{"0":"EN","2":"2025-12-01"},"references":[]}"#)
        let decoded = try JSONDecoder().decode(CrossReferenceCheck.Gathered.self, from: Data(text.utf8))
        #expect(decoded.keys == ["A/RES/80/35"])
        #expect([0, 1, 2, 3].map(decoded.other) == ["EN", nil, "2025-12-01", nil])
        let damaged = #"{"keys":[],"others":{"x":"a","99999":"b","1":"c"},"references":[]}"#
        #expect(try JSONDecoder().decode(CrossReferenceCheck.Gathered.self, from: Data(damaged.utf8)).other(1) == "c")
    }
}

@Suite struct SeriesCheckTests {
    static let pack = """
        rules:
          - id: volume/numbering
            kind: series
            group: "{volume}"
            number: doc_num
            order-by: { field: date, format: iso-date }
        """

    static func doc(_ volume: Int, _ number: Int, _ date: String) -> String {
        "---\nvolume: \(volume)\ndoc_num: \(number)\ndate: \(date)\n---\n"
    }

    @Test func numberedWithoutGapsOrRepeatsAndInDateOrder() throws {
        let found = try CorpusHarness.run(Self.pack, [
            "v1/001.md": Self.doc(1, 1, "1945-01-01"),
            "v1/002.md": Self.doc(1, 2, "1945-02-01"),
            "v1/004.md": Self.doc(1, 4, "1945-01-15"),
            "v1/004b.md": Self.doc(1, 4, "1945-03-01"),
            "v2/002.md": Self.doc(2, 2, "1946-01-01"),
            "v2/003.md": Self.doc(2, 3, "1946-01-02"),
        ])
        #expect(found == [
            "v1/004.md:3 volume/numbering 1: number 4 is dated 1945-01-15, before number 2 (1945-02-01)",
            "v1/004.md:3 volume/numbering 1: numbering jumps from 2 to 4 (missing: 3)",
            "v1/004b.md:3 volume/numbering 1: number 4 is also v1/004.md",
            "v2/002.md:3 volume/numbering 2: numbering jumps from the start to 2 (missing: 1)",
        ])
    }

    @Test func numbersFromTheFileNameByFolder() throws {
        let pack = """
            rules:
              - id: law/order
                kind: series
                number: "{document.name}"
                number-pattern: '^(?<value>[0-9]+)-'
            """
        let found = try CorpusHarness.run(pack, [
            "a/1-x.md": "---\nt: 1\n---\n", "a/2-y.md": "---\nt: 1\n---\n", "a/3-z.md": "---\nt: 1\n---\n",
            "b/1-x.md": "---\nt: 1\n---\n", "b/3-z.md": "---\nt: 1\n---\n", "b/index.md": "---\nt: 1\n---\n",
        ])
        #expect(found == ["b/3-z.md:1 law/order b: numbering jumps from 1 to 3 (missing: 2)"])
    }
}
