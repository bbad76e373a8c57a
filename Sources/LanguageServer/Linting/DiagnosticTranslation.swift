import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A finding as published to the editor, with the finding it came from (hover and code actions
/// answer from it).
public struct PublishedFinding: Sendable {
    public var diagnostic: Diagnostic
    public var range: TextRange

    /// The protocol's `Diagnostic`.
    public func json(link: String?) -> JSON {
        var value: [String: JSON] = [
            "range": range.json,
            "severity": .int(Self.severity(diagnostic.severity)),
            "code": .string(diagnostic.rule),
            "source": "corpuslint",
            "message": .string(diagnostic.message),
        ]
        if let link, let url = URL(string: link), url.scheme != nil { value["codeDescription"] = ["href": .string(link)] }
        return .object(value)
    }

    /// The protocol's DiagnosticSeverity: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }
}

/// Moves the engine's findings onto the editor's text.
public enum DiagnosticTranslation {
    /// `diagnostic`'s range in `lines`. A finding that marks a point (its end is its start) covers
    /// the character there, if the line has one: an empty range is hard to see or hover on.
    public static func finding(_ diagnostic: Diagnostic, in lines: LineTable) -> PublishedFinding {
        let start = lines.position(line: diagnostic.line, column: diagnostic.column)
        var end = lines.position(line: diagnostic.endLine, column: diagnostic.endColumn)
        if end <= start {
            end = lines.position(line: diagnostic.line, column: diagnostic.column + 1)
            if end < start { end = start }
        }
        return PublishedFinding(diagnostic: diagnostic, range: TextRange(start: start, end: end))
    }
}
