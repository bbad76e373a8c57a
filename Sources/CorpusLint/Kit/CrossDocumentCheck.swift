import Foundation

/// A check that judges documents against each other (a link to another document of the run,
/// a volume numbered 1…N): it gathers what it needs of each document while that document is
/// linted, and judges everything gathered once every document is read.
///
/// What is gathered is kept for the whole run, and written to the cache and to shard reports
/// (as JSON) so that a warm or sharded run judges what a whole cold run judges: keep it small, a
/// few strings per document, never the text.
public protocol CrossDocumentCheck: Check {
    associatedtype Gathered: Codable & Sendable

    /// What the check keeps of one document; nil when the document has nothing for it.
    func gather(_ context: DocumentContext, rule: RuleInfo) -> Gathered?

    /// The findings over the whole run; `documents` holds what `gather` returned, in input order.
    func judge(_ documents: [GatheredDocument<Gathered>], rule: RuleInfo) -> [Diagnostic]
}

extension CrossDocumentCheck {
    public var asCrossDocumentCheck: (any CrossDocumentCheck)? { self }
}

/// One document's contribution to a cross-document check.
public struct GatheredDocument<Gathered: Sendable>: Sendable {
    /// The path as the run names it (findings carry it).
    public var path: String
    /// The path relative to the configuration's folder (what links and groups are resolved against).
    public var relativePath: String
    public var gathered: Gathered
}

/// What a cross-document rule gathered of one file, named by rule id (as corpus keys are), so that
/// what the cache or a shard report brings back is judged like what this run gathered.
public struct GatheredRecord: Sendable {
    public var rule: String
    var item: Item

    enum Item: Sendable {
        /// Gathered by this run: the check's own value, encoded only if it must be written.
        case value(any Codable & Sendable)
        /// Read back from the cache or a shard report.
        case encoded(String)
    }

    init(rule: String, value: any Codable & Sendable) {
        self.rule = rule
        item = .value(value)
    }

    public init(rule: String, encoded: String) {
        self.rule = rule
        item = .encoded(encoded)
    }

    /// The JSON the cache and shard reports keep.
    public var encoded: String {
        switch item {
        case let .encoded(text): return text
        case let .value(value):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        }
    }
}

extension CrossDocumentCheck {
    /// `gather` for the engine, which knows the check only as `any CrossDocumentCheck`.
    func gatherRecord(_ context: DocumentContext, rule: RuleInfo) -> GatheredRecord? {
        gather(context, rule: rule).map { GatheredRecord(rule: rule.id, value: $0) }
    }

    /// `judge` over records from this run, the cache or shard reports; a record this version
    /// cannot read (a damaged or foreign one) counts as a document with nothing for the check.
    /// The records come as a sequence, read once: the documents array is the only copy made.
    func judge(records: some Sequence<(path: String, relativePath: String, item: GatheredRecord.Item)>, rule: RuleInfo) -> [Diagnostic] {
        let decoder = JSONDecoder()
        var documents: [GatheredDocument<Gathered>] = []
        // Sized once: grown by doubling, the array of 100,000 documents held a third more and was
        // copied on the way, at the run's peak.
        documents.reserveCapacity(records.underestimatedCount)
        for entry in records {
            let value: Gathered?
            switch entry.item {
            case let .value(item): value = item as? Gathered
            case let .encoded(text): value = try? decoder.decode(Gathered.self, from: Data(text.utf8))
            }
            if let value { documents.append(GatheredDocument(path: entry.path, relativePath: entry.relativePath, gathered: value)) }
        }
        return judge(documents, rule: rule)
    }
}

extension RuleInfo {
    /// A finding of a cross-document check under `outcome`'s report; nil when it is switched off.
    public func crossDocumentFinding(_ outcome: String, path: String, line: Int, column: Int, values: [String: String]) -> Diagnostic? {
        let report = report(outcome)
        guard let severity = report.severity else { return nil }
        return Diagnostic(path: path, line: line, column: column, rule: report.id, severity: severity, message: report.message.render(values))
    }
}
