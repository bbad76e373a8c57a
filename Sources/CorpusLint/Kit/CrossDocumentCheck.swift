#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A check that judges documents against each other (a link to another document of the run,
/// a volume numbered 1…N): it gathers what it needs of each document while that document is
/// linted, hands it to its judge as the run streams past, and the judge gives its findings once
/// every document is read.
///
/// What is gathered is written to the cache and to shard reports (as JSON) so that a warm or
/// sharded run judges what a whole cold run judges: keep it small, a few strings per document,
/// never the text. What the judge keeps of it stays for the whole run: keep that smaller still.
public protocol CrossDocumentCheck: Check {
    associatedtype Gathered: Codable & Sendable

    /// What the check keeps of one document; nil when the document has nothing for it.
    func gather(_ context: DocumentContext, rule: RuleInfo) -> Gathered?

    /// A judge for one run: it sees what `gather` returned for each document, in input order.
    func judge(rule: RuleInfo) -> any CrossDocumentJudge<Gathered>
}

extension CrossDocumentCheck {
    public var asCrossDocumentCheck: (any CrossDocumentCheck)? { self }
}

/// Judges a cross-document rule over a run: documents come one at a time, in input order, and
/// the findings once every one has come. What it keeps of each document is what a run's memory
/// grows by.
public protocol CrossDocumentJudge<Gathered> {
    associatedtype Gathered

    /// The next document, and its place in the run.
    mutating func add(_ document: GatheredDocument<Gathered>, file: Int)

    /// The findings over the whole run; `path` gives the path of the file at a place in the run.
    mutating func finish(path: (Int) -> String) -> [Diagnostic]
}

/// A judge that needs every document at once (numbering within groups): it keeps them all, and
/// `judge` sees them in input order.
public struct WholeRunJudge<Gathered: Sendable>: CrossDocumentJudge {
    private var documents: [GatheredDocument<Gathered>] = []
    private let judge: ([GatheredDocument<Gathered>]) -> [Diagnostic]

    public init(_ judge: @escaping ([GatheredDocument<Gathered>]) -> [Diagnostic]) { self.judge = judge }

    public mutating func add(_ document: GatheredDocument<Gathered>, file: Int) { documents.append(document) }

    public mutating func finish(path: (Int) -> String) -> [Diagnostic] { judge(documents) }
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

    /// The judge for the engine, which hands it records from this run, the cache or shard reports.
    func recordJudge(rule: RuleInfo) -> any RecordJudge {
        DecodingJudge<Gathered>(judge: judge(rule: rule))
    }
}

/// A cross-document rule's judge as the engine holds it: fed records, whatever their origin.
protocol RecordJudge {
    mutating func add(path: String, relativePath: String, item: GatheredRecord.Item, file: Int)
    mutating func finish(path: (Int) -> String) -> [Diagnostic]
}

/// Decodes what the cache or a shard report brought back before the check's judge sees it; a
/// record this version cannot read (a damaged or foreign one) counts as a document with nothing
/// for the check.
private struct DecodingJudge<Gathered: Codable & Sendable>: RecordJudge {
    var judge: any CrossDocumentJudge<Gathered>
    let decoder = JSONDecoder()

    mutating func add(path: String, relativePath: String, item: GatheredRecord.Item, file: Int) {
        let value: Gathered?
        switch item {
        case let .value(item): value = item as? Gathered
        case let .encoded(text): value = try? decoder.decode(Gathered.self, from: Data(text.utf8))
        }
        if let value { judge.add(GatheredDocument(path: path, relativePath: relativePath, gathered: value), file: file) }
    }

    mutating func finish(path: (Int) -> String) -> [Diagnostic] { judge.finish(path: path) }
}

extension RuleInfo {
    /// A finding of a cross-document check under `outcome`'s report; nil when it is switched off.
    public func crossDocumentFinding(_ outcome: String, path: String, line: Int, column: Int, values: [String: String]) -> Diagnostic? {
        let report = report(outcome)
        guard let severity = report.severity else { return nil }
        return Diagnostic(path: path, line: line, column: column, rule: report.id, severity: severity, message: report.message.render(values))
    }
}
