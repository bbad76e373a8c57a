import CorpusLint
import Foundation

/// JSON Lines for huge corpora: a line per finding, written as soon as its file is done, so a
/// consumer can start before the run ends and never holds the whole report; then one summary line.
/// Every line is an object whose `type` says what it is (`diagnostic` or `summary`).
public struct JSONLinesReporter: Reporter {
    public init() {}

    struct Line: Encodable {
        var type = "diagnostic"
        var path: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var rule: String
        var severity: String
        var message: String
    }
    struct Summary: Encodable {
        var type = "summary"
        var tool: JSONReporter.Output.Tool
        var summary: LintSummary
    }

    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public mutating func fileDone(_ result: FileResult) -> String? {
        guard !result.diagnostics.isEmpty else { return nil }
        return result.diagnostics.map { d in
            encode(Line(path: d.path, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
                        rule: d.rule, severity: d.severity.rawValue, message: d.message))
        }.joined()
    }

    public mutating func runDone(_ run: LintRun) -> String {
        encode(Summary(tool: .init(name: "corpuslint", version: CorpusLintVersion.current), summary: run.summary))
    }

    private func encode(_ value: some Encodable) -> String {
        // JSONEncoder never writes a raw line break: strings escape theirs, and nothing is pretty-printed.
        String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
