import Foundation
import Testing
@testable import CorpusLint

@Suite struct BaselineTests {
    /// `todo/marker` reports each `TODO:x` with the marker as its offending text; `record/duplicate`
    /// is a corpus-wide rule, reported after every file is read.
    static let pack = """
        rules:
          - id: todo/marker
            kind: forbid
            pattern: 'TODO:[a-z]+'
            message: "marker {match} left in"
          - id: record/duplicate
            kind: unique
            fields: [record_id]
        """

    static func document(_ id: Int, _ body: String) -> String {
        "---\nrecord_id: \"\(id)\"\n---\n\n\(body)\n"
    }

    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try write(files, to: url)
        return url
    }

    static func write(_ files: [String: String], to url: URL) throws {
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    static func finding(_ path: String, _ line: Int, _ rule: String = "todo/marker", snippet: String? = "TODO:a", message: String = "m") -> Diagnostic {
        Diagnostic(path: path, line: line, column: 1, rule: rule, severity: .error, message: message, snippet: snippet)
    }

    // MARK: The file

    @Test func fileIsSortedCountedAndStable() throws {
        let results = [
            FileResult(path: "./b.md", diagnostics: [Self.finding("./b.md", 3), Self.finding("./b.md", 9), Self.finding("./b.md", 12, snippet: "TODO:b")]),
            FileResult(path: "a.md", diagnostics: [Self.finding("a.md", 1, "z/last"), Self.finding("a.md", 2, "a/first", snippet: nil, message: "no text")]),
        ]
        let baseline = Baseline(results)
        let text = baseline.serialized()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == Baseline.header)
        let summaries: [String] = lines.dropFirst().map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return [fields[0], fields[1], fields[3]].joined(separator: " ")
        }
        #expect(summaries == [
            "a.md a/first 1", "a.md z/last 1", "b.md todo/marker 2", "b.md todo/marker 1",
        ], "sorted by path, rule, fingerprint; `./` dropped; two equal findings make one entry counted twice")
        #expect(lines[3].contains("\t\(Fingerprint.text(of: Self.finding("b.md", 3)))\t"))
        #expect(baseline.findings == 5)
        // Reading gives the same baseline, and writing it again the same bytes.
        let read = try Baseline.parse(text, file: "b.tsv")
        #expect(read.counts == baseline.counts)
        #expect(read.serialized() == text)
        #expect(Baseline(Array(results.reversed())).serialized() == text, "the order of results does not matter")
    }

    @Test func pathsWithTabsAndLineBreaksStayOneLine() throws {
        let path = "odd\tname\\with\nbreaks.md"
        let baseline = Baseline([FileResult(path: path, diagnostics: [Self.finding(path, 1)])])
        let text = baseline.serialized()
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.contains(#"odd\tname\\with\nbreaks.md"#))
        #expect(try Baseline.parse(text, file: "b").counts.keys.first?.path == path)
    }

    @Test func malformedFilesArePositionedErrors() {
        func errors(_ text: String) -> [String] {
            do {
                _ = try Baseline.parse(text, file: "base.tsv")
                return []
            } catch {
                return error.errors.map(\.description)
            }
        }
        let header = Baseline.header + "\n"
        #expect(errors("") == ["base.tsv:1:1: the baseline is empty: record one with `--write-baseline`"])
        #expect(errors("a.md\tx/y\t0123456789abcdef\t1\n").first?.hasPrefix("base.tsv:1:1: not a corpuslint baseline: the first line must be `# corpuslint baseline v1") == true)
        #expect(errors("# corpuslint baseline v2: newer\n") == ["base.tsv:1:24: baseline format v2 is not one this corpuslint reads (v1): record the baseline again"])
        #expect(errors(header + "a.md\tx/y\t0123456789abcdef\n") == [
            "base.tsv:2:26: expected 4 tab-separated fields (path, rule, fingerprint, count), found 3",
        ])
        #expect(errors(header + "a.md\tx/y\t0123456789abcdef\t1\textra\n") == [
            "base.tsv:2:28: expected 4 tab-separated fields (path, rule, fingerprint, count), found 5",
        ])
        // Every mistake of a line and of the file, each at its column, in one round.
        #expect(errors(header + "# a comment\n\nok.md\tx/y\t0123456789abcdef\t2\nä.md\tx y\t0123456789ABCDEF\tmany\n\ta/b\t0123456789abcdef\t0\nb\\q.md\tx/y\t0123456789abcdef\t1\n") == [
            "base.tsv:5:6: expected a rule id such as `numbering/gap`, found `x y`",
            "base.tsv:5:10: expected a fingerprint of 16 lowercase hexadecimal digits, found `0123456789ABCDEF`",
            "base.tsv:5:27: expected a count of 1 or more, found `many`",
            "base.tsv:6:1: the path is empty",
            "base.tsv:6:23: expected a count of 1 or more, found `0`",
            "base.tsv:7:2: unknown escape `\\q` in the path (known: \\\\, \\t, \\n, \\r)",
        ])
    }

    @Test func lenientWhereNothingIsLost() throws {
        // CRLF line ends (a checkout that converts them), duplicate entries (a merge), unsorted lines.
        let text = Baseline.header + "\r\nb.md\tx/y\t0123456789abcdef\t1\r\na.md\tx/y\t0123456789abcdef\t2\r\nb.md\tx/y\t0123456789abcdef\t3\r\n"
        let baseline = try Baseline.parse(text, file: "b")
        #expect(baseline.counts[Baseline.Key(path: "b.md", rule: "x/y", fingerprint: "0123456789abcdef")] == 4)
        #expect(baseline.entries.map(\.key.path) == ["a.md", "b.md"])
    }

    @Test func loadNamesAMissingFileAndReadsPathsFromItsFolder() throws {
        #expect(throws: BaselineErrors.self) { try Baseline.load("/nonexistent/base.tsv") }
        do {
            _ = try Baseline.load("/nonexistent/base.tsv")
        } catch {
            #expect(error.description == "/nonexistent/base.tsv:1:1: the baseline does not exist (record one with `--write-baseline /nonexistent/base.tsv`)")
        }
        let url = try Self.folder([:])
        defer { try? FileManager.default.removeItem(at: url) }
        let file = url.appendingPathComponent("sub/base.tsv")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let recorded = Baseline([FileResult(path: url.path + "/corpus/a.md", diagnostics: [Self.finding(url.path + "/corpus/a.md", 1)])],
                                root: file.deletingLastPathComponent().path)
        try recorded.write(to: file.path)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\n../corpus/a.md\ttodo/marker\t"), "paths are relative to the baseline's folder")
        let loaded = try Baseline.load(file.path)
        #expect(loaded.path(url.path + "/corpus/./a.md") == "../corpus/a.md")
        #expect(loaded.counts == recorded.counts)
    }

    // MARK: Matching

    @Test func matchingCountsEqualFindingsAndIgnoresLines() {
        let baseline = Baseline([FileResult(path: "a.md", diagnostics: [Self.finding("a.md", 3), Self.finding("a.md", 5), Self.finding("a.md", 8, snippet: "TODO:b")])])
        var matcher = baseline.matcher()
        // Lines moved down by an edit above; one more `TODO:a` than recorded; `TODO:b` fixed.
        let now = FileResult(path: "./a.md", diagnostics: [Self.finding("./a.md", 13), Self.finding("./a.md", 15), Self.finding("./a.md", 20)])
        let split = matcher.split(now)
        #expect(split.diagnostics.map(\.line) == [20], "the third equal finding is new")
        #expect(split.baselined.map(\.line) == [13, 15])
        #expect(matcher.matched == 2)
        #expect(matcher.gone(inFiles: ["a.md"]) == 1, "TODO:b is gone")
        #expect(matcher.gone(inFiles: ["other.md"]) == 0, "files the run did not read have nothing gone")
        var everything = Baseline.everything.matcher()
        #expect(everything.split(now).diagnostics.isEmpty)
        #expect(everything.matched == 3)
    }

    @Test func theLinterReportsOnlyNewFindingsAndCountsTheRest() throws {
        let rules = try RuleHarness.load(Self.pack)
        let url = try Self.folder([
            "a.md": Self.document(1, "TODO:a here.\nTODO:b there."),
            "b.md": Self.document(1, "Clean."),
            "c.md": Self.document(3, "TODO:c"),
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let baseline = Baseline(Linter(rules: rules).lint(paths: [url.path]).results)
        #expect(baseline.counts.keys.map(\.rule).sorted() == ["record/duplicate", "todo/marker", "todo/marker", "todo/marker"])

        // Lines added above every finding; TODO:b fixed; a new TODO:d; a new duplicate record in d.md.
        try Self.write([
            "a.md": Self.document(1, "New paragraph.\n\nTODO:a here.\nTODO:d too."),
            "d.md": Self.document(3, "Clean."),
        ], to: url)
        var linter = Linter(rules: rules)
        linter.baseline = baseline
        var streamed: [FileResult] = []
        let (results, summary) = linter.lint(paths: [url.path]) { streamed.append($0) }
        let new = results.flatMap(\.diagnostics).map { "\(($0.path as NSString).lastPathComponent):\($0.line) \($0.rule)" }
        #expect(new == ["a.md:8 todo/marker", "d.md:2 record/duplicate"])
        #expect(streamed.flatMap(\.diagnostics).count == 2, "streamed results are filtered too")
        #expect(results.flatMap(\.baselined).count == 3, "TODO:a, TODO:c and b.md's duplicate record are known")
        #expect(summary.errors == 2)
        #expect(summary.filesWithFindings == 2)
        #expect(summary.baseline == BaselineCounts(matched: 3, gone: 1))
        #expect(Baseline(results).counts.values.reduce(0, +) == 5, "a baseline of the run records known and new findings")

        // A run over one file says nothing of the others' baselined findings.
        let one = linter.lint(paths: [url.appendingPathComponent("c.md").path]).summary
        #expect(one.baseline == BaselineCounts(matched: 1, gone: 0))
    }

    @Test func theDocumentedExampleIsABaseline() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/ci.md"), encoding: .utf8)
        let start = try #require(doc.range(of: "```\n# corpuslint baseline v1"))
        let end = try #require(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
        let example = String(doc[doc.index(start.lowerBound, offsetBy: 4)..<end.lowerBound])
        #expect(example.hasPrefix(Baseline.header + "\n"), "docs/ci.md shows the header as written")
        let baseline = try Baseline.parse(example, file: "docs/ci.md")
        #expect(baseline.serialized() == example, "and entries as written: sorted, tab-separated")
    }
}

