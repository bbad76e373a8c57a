import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON Lines for huge corpora: a line per finding, written as soon as its file is done, so a
/// consumer can start before the run ends and never holds the whole report; then one summary line.
/// Every line is an object whose `type` says what it is (`diagnostic` or `summary`).
public struct JSONLinesReporter: Reporter {
    public var streams: Bool { true }
    public init() {}

    struct Summary: Encodable {
        var type = "summary"
        var tool = JSONReporter.Output.Tool()
        var summary: LintSummary
    }

    private let encoder = JSONReporter.encoder()

    public mutating func fileDone(_ result: FileResult) -> String? {
        guard !result.diagnostics.isEmpty else { return nil }
        return result.diagnostics.map { encode(DiagnosticJSON($0, type: "diagnostic")) }.joined()
    }

    public mutating func runDone(_ run: LintRun) -> String {
        encode(Summary(summary: run.summary))
    }

    private func encode(_ value: some Encodable) -> String {
        // JSONEncoder never writes a raw line break: strings escape theirs, and nothing is pretty-printed.
        String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
