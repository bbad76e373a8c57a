/// A check that judges documents against each other (a link to another document of the run,
/// a volume numbered 1…N): it gathers what it needs of each document while that document is
/// linted, and judges everything gathered once every document is read.
///
/// What is gathered is kept for the whole run, so keep it small: a few strings per document,
/// never the text.
public protocol CrossDocumentCheck: Check {
    /// What the check keeps of one document; nil when the document has nothing for it.
    func gather(_ context: DocumentContext, rule: RuleInfo) -> (any Sendable)?

    /// The findings over the whole run; `documents` holds what `gather` returned, in input order.
    func judge(_ documents: [GatheredDocument], rule: RuleInfo) -> [Diagnostic]
}

/// One document's contribution to a cross-document check.
public struct GatheredDocument: Sendable {
    /// The path as the run names it (findings carry it).
    public var path: String
    /// The path relative to the configuration's folder (what links and groups are resolved against).
    public var relativePath: String
    public var gathered: any Sendable
}

extension RuleInfo {
    /// A finding of a cross-document check under `outcome`'s report; nil when it is switched off.
    public func crossDocumentFinding(_ outcome: String, path: String, line: Int, column: Int, values: [String: String]) -> Diagnostic? {
        let report = report(outcome)
        guard let severity = report.severity else { return nil }
        return Diagnostic(path: path, line: line, column: column, rule: report.id, severity: severity, message: report.message.render(values))
    }
}
