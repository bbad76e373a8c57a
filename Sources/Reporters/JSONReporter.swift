import CorpusLint
import Foundation

/// One JSON object for the whole run: tool, summary, and every diagnostic in output order.
public struct JSONReporter: Reporter {
    public init() {}

    struct Output: Encodable {
        struct Tool: Encodable { var name: String; var version: String }
        struct Entry: Encodable {
            var path: String
            var line: Int
            var column: Int
            var endLine: Int
            var endColumn: Int
            var rule: String
            var severity: String
            var message: String
        }
        var version = 1
        var tool: Tool
        var summary: LintSummary
        var diagnostics: [Entry]
    }

    public mutating func runDone(_ run: LintRun) -> String {
        let output = Output(tool: .init(name: "corpuslint", version: CorpusLintVersion.current), summary: run.summary,
                            diagnostics: run.diagnostics.map {
                                .init(path: $0.path, line: $0.line, column: $0.column, endLine: $0.endLine, endColumn: $0.endColumn,
                                      rule: $0.rule, severity: $0.severity.rawValue, message: $0.message)
                            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
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
