import Foundation
import Testing
@testable import CorpusLint

@Suite struct ShardReportTests {
    static let files = [
        FileResult(path: "a.md", diagnostics: []),
        FileResult(path: "b\ttab\n.md", diagnostics: [Diagnostic(path: "b\ttab\n.md", line: 3, column: 2, rule: "x/y", severity: .warning,
                                                                  message: "line\nbreak \"quoted\"", snippet: "é")],
                   corpusKeys: [CorpusKeyRecord(rule: "front-matter/duplicate-record", key: "1 + EN", line: 4, column: 12)]),
    ]

    @Test func aReportReadsBackAsWritten() throws {
        let report = ShardReport(shard: Shard(index: 2, count: 3)!, rules: "abc", durationMs: 5, files: Self.files)
        let text = report.encoded()
        #expect(text.split(separator: "\n").count == 3, "a header and a line per file")
        let back = try ShardReport.decode(Data(text.utf8), name: "s.jsonl")
        #expect(back.shard == report.shard && back.rules == "abc" && back.durationMs == 5)
        #expect(back.files.map(\.path) == Self.files.map(\.path))
        #expect(back.files.map(\.diagnostics) == Self.files.map(\.diagnostics))
        #expect(back.files.map(\.corpusKeys) == Self.files.map(\.corpusKeys))
    }

    @Test func aDamagedReportIsRefusedWithItsLine() throws {
        let text = ShardReport(shard: Shard(index: 1, count: 1)!, rules: "abc", durationMs: 5, files: Self.files).encoded()
        #expect(throws: ShardReportError.self) { try ShardReport.decode(Data("{\"type\":\"file\"}\n".utf8), name: "x") }
        do {
            _ = try ShardReport.decode(Data((text + "not json\n").utf8), name: "x")
            Issue.record("a line of garbage was accepted")
        } catch {
            #expect(error.line == 4)
        }
        let cut = text.split(separator: "\n").dropLast().joined(separator: "\n")
        #expect(throws: ShardReportError.self) { try ShardReport.decode(Data(cut.utf8), name: "x") }
    }

    @Test func joiningSortsByPathAndChecksTheSet() throws {
        let one = ShardReport(shard: Shard(index: 1, count: 2)!, rules: "r", durationMs: 1, files: [FileResult(path: "z.md", diagnostics: [])])
        let two = ShardReport(shard: Shard(index: 2, count: 2)!, rules: "r", durationMs: 1, files: [FileResult(path: "m.md", diagnostics: [])])
        #expect(try ShardReport.join([("1", one), ("2", two)], rules: "r").map(\.path) == ["m.md", "z.md"])
        #expect(throws: ShardReportError.self) { try ShardReport.join([("1", one)], rules: "r") }
        #expect(throws: ShardReportError.self) { try ShardReport.join([("1", one), ("2", two)], rules: "other") }
        var three = two
        three.shard = Shard(index: 2, count: 3)!
        #expect(throws: ShardReportError.self) { try ShardReport.join([("1", one), ("3", three)], rules: "r") }
    }
}
