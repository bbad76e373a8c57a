import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A configuration's or pack's mistakes as findings in those files, so that an editor showing
/// `.corpuslint.yml` or a pack points at the line to mend.
enum MistakeDiagnostics {
    /// The protocol's diagnostics of each file (by `file:` URI) that has mistakes; files named by
    /// no absolute path (built-in packs) are left out.
    static func byFile(_ mistakes: [PackError], text: (String) -> [UInt8]?) -> [String: [JSON]] {
        var found: [String: [JSON]] = [:]
        for mistake in mistakes where mistake.file.hasPrefix("/") {
            let uri = URL(fileURLWithPath: mistake.file).absoluteString
            let lines = LineTable(text(mistake.file) ?? [])
            let start = lines.position(line: mistake.line, column: mistake.column)
            let end = lines.position(line: mistake.line, column: Int.max)
            found[uri, default: []].append([
                "range": TextRange(start: start, end: max(start, end)).json,
                "severity": 1, "source": "corpuslint",
                "message": .string(mistake.message),
            ])
        }
        return found
    }
}
