import Foundation
import Testing
@testable import CorpusLint

/// A run hands each result to its sink as soon as the file (and every file before it) is done, in
/// input order, and keeps none: only counts and what corpus-wide rules judge at the end.
@Suite struct LintSinkTests {
    /// Records what a run hands over, and how far the run was when it did.
    final class Recorder: LintSink, @unchecked Sendable {
        let lock = NSLock()
        var linted = 0
        var files: [(index: Int, path: String, lintedBefore: Int)] = []
        var corpus: [(index: Int, result: FileResult, filesBefore: Int)] = []

        func progress(_ done: Int) {
            lock.lock()
            linted = max(linted, done)
            lock.unlock()
        }

        func fileDone(_ result: FileResult, at index: Int) {
            lock.lock()
            files.append((index, result.path, linted))
            lock.unlock()
        }

        func corpusFindingsDone(_ result: FileResult, at index: Int) {
            corpus.append((index, result, files.count))
        }
    }

    static let uniqueRecord = "rules:\n  - id: front-matter/duplicate-record\n    kind: unique\n    fields: [record_id]\n"

    @Test func resultsReachTheSinkInInputOrderWhileLaterFilesAreStillUnread() throws {
        var files: [String: String] = [:]
        for i in 0..<120 { files[String(format: "doc%03d.md", i)] = "---\nrecord_id: \"\(i)\"\n---\n\nText \(i).\n" }
        let url = try LinterTests.folder(files)
        defer { try? FileManager.default.removeItem(at: url) }
        var linter = Linter(rules: try RuleHarness.load(Self.uniqueRecord))
        linter.jobs = 2
        linter.window = 16
        let recorder = Recorder()
        linter.progress = { done, _ in recorder.progress(done) }
        var sink = recorder
        let summary = linter.lint(inputs: linter.discovery.inputs([url.path]), into: &sink)

        #expect(recorder.files.map(\.index) == Array(0..<120))
        #expect(recorder.files.map(\.path) == recorder.files.map(\.path).sorted())
        // The first window's results went out before the files of later windows were read.
        #expect(recorder.files.first?.lintedBefore ?? 120 <= 16, "the first result waited for \(recorder.files.first?.lintedBefore ?? -1) files")
        #expect(recorder.files.filter { $0.lintedBefore < 120 }.count >= 100)
        #expect(recorder.corpus.isEmpty)
        #expect(summary.files == 120)
        #expect(summary.filesWithFindings == 0)
    }

    /// Keeps each file's findings, and tells whether the run still holds a copy of them: an
    /// array whose storage is shared is copied when changed in place, so its address moves.
    final class Keeper: LintSink {
        let window: Int
        var kept: [[Diagnostic]] = []
        var addresses: [UnsafeRawPointer?] = []
        var checked = 0
        var heldByTheRun: [Int] = []

        init(window: Int) { self.window = window }

        func fileDone(_ result: FileResult, at index: Int) {
            kept.append(result.diagnostics)
            addresses.append(kept[index].withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) })
            // Files of earlier windows: the run is done with them and must keep none of their findings.
            while checked < index / window * window {
                let now = kept[checked].withUnsafeMutableBufferPointer { UnsafeRawPointer($0.baseAddress) }
                if now != addresses[checked] { heldByTheRun.append(checked) }
                checked += 1
            }
        }

        func corpusFindingsDone(_ result: FileResult, at index: Int) {}
    }

    @Test func theRunKeepsNoResultItHandedOver() throws {
        var files: [String: String] = [:]
        for i in 0..<100 { files[String(format: "doc%03d.md", i)] = "---\nrecord_id: \"\(i)\"\n---\n\nText \(i).\n" }
        let url = try LinterTests.folder(files)
        defer { try? FileManager.default.removeItem(at: url) }
        var linter = Linter(rules: try RuleHarness.load(Self.uniqueRecord + "  - id: x/text\n    kind: forbid\n    pattern: 'Text'\n"))
        linter.window = 10
        let keeper = Keeper(window: 10)
        var sink = keeper
        _ = linter.lint(inputs: linter.discovery.inputs([url.path]), into: &sink)
        #expect(keeper.kept.count == 100)
        #expect(keeper.kept.allSatisfy { $0.map(\.rule) == ["x/text"] })
        #expect(keeper.checked == 90)
        #expect(keeper.heldByTheRun.isEmpty, "the run still held the findings of files \(keeper.heldByTheRun.prefix(10))…")
    }

    @Test func corpusFindingsComeAfterEveryFileInInputOrderAndAreCounted() throws {
        // doc2 repeats doc0's key, doc4 repeats doc1's; doc3 has a finding of its own too.
        let url = try LinterTests.folder([
            "doc0.md": "---\nrecord_id: \"a\"\n---\n",
            "doc1.md": "---\nrecord_id: \"b\"\n---\n",
            "doc2.md": "---\nrecord_id: \"a\"\n---\n",
            "doc3.md": "---\nrecord_id: \"c\"\n---\n",
            "doc4.md": "---\nrecord_id: \"b\"\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let rules = try RuleHarness.load(Self.uniqueRecord + "  - id: x/forbidden\n    kind: forbid\n    pattern: '\"c\"'\n    scope: all\n    severity: warning\n")
        var linter = Linter(rules: rules)
        linter.jobs = 1
        let recorder = Recorder()
        var sink = recorder
        let summary = linter.lint(inputs: linter.discovery.inputs([url.path]), into: &sink)

        #expect(recorder.files.map(\.index) == [0, 1, 2, 3, 4])
        #expect(recorder.corpus.map(\.index) == [2, 4])
        #expect(recorder.corpus.allSatisfy { $0.filesBefore == 5 }, "judged once every file was handed over")
        #expect(recorder.corpus.map { ($0.result.path as NSString).lastPathComponent } == ["doc2.md", "doc4.md"])
        #expect(recorder.corpus.map { $0.result.diagnostics.map(\.rule) } == [["front-matter/duplicate-record"], ["front-matter/duplicate-record"]])
        #expect(summary.errors == 2)
        #expect(summary.warnings == 1)
        #expect(summary.filesWithFindings == 3)

        // The collecting entry point gives the same, merged into each file's result.
        let (results, collected) = linter.lint(paths: [url.path])
        #expect(collected.filesWithFindings == summary.filesWithFindings)
        #expect(results.map { $0.diagnostics.count } == [0, 0, 1, 1, 1])
    }

    @Test func aBaselineSeesOnlyTheFilesTheRunRead() throws {
        let url = try LinterTests.folder(["a.md": "---\nrecord_id: \"1\"\n---\n", "b.md": "---\nrecord_id: \"1\"\n---\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        var linter = Linter(rules: try RuleHarness.load(Self.uniqueRecord))
        // Recorded on both files; the run then reads only b.md, whose known finding is found again.
        linter.baseline = Baseline(linter.lint(paths: [url.path]).results, root: url.path)
        var sink = ResultCollector()
        let summary = linter.lint(inputs: linter.discovery.inputs([url.appendingPathComponent("b.md").path]), into: &sink)
        #expect(summary.baseline == BaselineCounts(matched: 0, gone: 1), "b.md alone has no duplicate: its known finding is gone")
        #expect(sink.results.map(\.diagnostics.count) == [0])
    }
}
