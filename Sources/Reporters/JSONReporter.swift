import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One JSON object for the whole run: tool, summary, and every diagnostic in output order.
public struct JSONReporter: Reporter {
    public var streams: Bool { true }
    public init() {}

    struct Output: Encodable {
        struct Tool: Encodable {
            var name = "corpuslint"
            var version = CorpusLintVersion.current
        }
        var version = 1
        var tool = Tool()
        var summary: LintSummary
        var diagnostics: [DiagnosticJSON]
    }

    /// Whether `fileDone` has begun the `diagnostics` array, and whether it holds one yet.
    private var streaming = false
    private var written = 0
    private let encoder = JSONReporter.encoder()

    /// The findings of a file as soon as it is done, so a run never holds the report whole (a
    /// million findings encoded as one value peaked at 2.8 GB). The bytes are those of encoding
    /// `Output` whole (keys sorted: diagnostics, summary, tool, version); findings come in the
    /// order files are done, and corpus-wide ones (duplicates across files) after them.
    public mutating func fileDone(_ result: FileResult) -> String? {
        var text = streaming ? "" : "{\"diagnostics\":["
        streaming = true
        for diagnostic in result.diagnostics {
            if written > 0 { text += "," }
            written += 1
            text += encoded(DiagnosticJSON(diagnostic))
        }
        return text.isEmpty ? nil : text
    }

    public mutating func runDone(_ run: LintRun) -> String {
        // Not streamed (a reporter given only the finished run): every finding now.
        var text = streaming ? "" : "{\"diagnostics\":["
        if !streaming {
            for result in run.results {
                for diagnostic in result.diagnostics {
                    if written > 0 { text += "," }
                    written += 1
                    text += encoded(DiagnosticJSON(diagnostic))
                }
            }
        }
        return text + "],\"summary\":" + encoded(run.summary) + ",\"tool\":" + encoded(Output.Tool()) + ",\"version\":1}\n"
    }

    private func encoded(_ value: some Encodable) -> String {
        String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Keys sorted and slashes unescaped: stable, readable output for `json` and `jsonl` alike.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// A diagnostic as the JSON formats write it; `type` is set only by `jsonl`, whose lines mix kinds.
struct DiagnosticJSON: Encodable {
    var type: String?
    var path: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var rule: String
    var severity: String
    var message: String

    init(_ d: Diagnostic, type: String? = nil) {
        self.type = type
        path = d.path
        line = d.line
        column = d.column
        endLine = d.endLine
        endColumn = d.endColumn
        rule = d.rule
        severity = d.severity.rawValue
        message = d.message
    }
}

extension LintSummary: Encodable {
    enum CodingKeys: String, CodingKey { case files, filesWithFindings, errors, warnings, infos, durationMs, baseline }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(files, forKey: .files)
        try container.encode(filesWithFindings, forKey: .filesWithFindings)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(infos, forKey: .infos)
        try container.encode(durationMs, forKey: .durationMs)
        // Only runs against a baseline say what it matched, so other runs keep their shape.
        try container.encodeIfPresent(baseline, forKey: .baseline)
    }
}
