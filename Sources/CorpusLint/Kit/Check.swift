/// A compiled rule: its options decoded and its patterns compiled once per run, then applied to
/// every document. Checks are values shared by all threads; per-document state lives in visitors.
public protocol Check: Sendable {
    /// Checks that produce values for others (extractors) run first.
    var producesValues: Bool { get }

    /// Whether the rule can report findings of its own; an extractor that only provides values
    /// cannot, so it needs no example that triggers.
    var reports: Bool { get }

    /// A visitor that sees every body line once, in order, during the single body pass; nil for
    /// a check that does not read the body line by line.
    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)?

    /// Runs after the body pass, when every extracted value is known.
    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?)

    /// This check as a corpus check; nil when it is none. Asked instead of `as? any CorpusCheck`:
    /// the first such cast of each check type scans every conformance record of the binary
    /// (about 30,000 instructions a cast, 6% of a one-file run), where this is a witness call.
    /// The extensions below answer it; a check never writes it.
    var asCorpusCheck: (any CorpusCheck)? { get }

    /// This check as a cross-document check; nil when it is none (see `asCorpusCheck`).
    var asCrossDocumentCheck: (any CrossDocumentCheck)? { get }
}

extension Check {
    public var producesValues: Bool { false }
    public var reports: Bool { true }
    public func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? { nil }
    public func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {}
    public var asCorpusCheck: (any CorpusCheck)? { nil }
    public var asCrossDocumentCheck: (any CrossDocumentCheck)? { nil }
}

/// Per-document state of a check that reads body lines.
public protocol LineVisitor: AnyObject {
    func visit(_ line: BodyLine, _ context: DocumentContext)
    /// Whether the visitor needs blank lines too; most do not, and are not called for them.
    var readsBlankLines: Bool { get }
    /// Whether the visitor needs no more lines (its value found, its region passed): it is then
    /// no longer called.
    var isFinished: Bool { get }
}

extension LineVisitor {
    public var readsBlankLines: Bool { false }
    public var isFinished: Bool { false }
}

/// A check over the whole corpus (uniqueness across files): it gathers a key per document, and
/// judges each document's key against those of the documents before it, as the run reads them.
public protocol CorpusCheck: Check {
    /// The key of a document, with where to report it; nil when the document has none.
    func key(_ context: DocumentContext, rule: RuleInfo) -> CorpusKey?

    /// The finding, if any, of one document's key, given in input order: `seen` is what the rule
    /// keeps of the documents before it (one entry a key, not every document), and `path` gives
    /// the path of an earlier file by its place in the run.
    func judge(_ entry: CorpusEntry, seen: inout FirstSeenKeys, path: (Int) -> String) -> CorpusFinding?
}

extension CorpusCheck {
    public var asCorpusCheck: (any CorpusCheck)? { self }
}

/// One document's key, as a corpus check judges it.
public struct CorpusEntry: Sendable {
    /// The document's place in the run's inputs.
    public var file: Int
    public var path: String
    public var key: CorpusKey
}

/// A finding of a corpus check in one document: the engine grades and words it from the rule's
/// report for `outcome`, as it does the findings of one document.
public struct CorpusFinding: Sendable {
    public var file: Int
    public var line: Int
    public var column: Int
    public var outcome: String
    /// Values for the report's message template.
    public var values: [String: String]

    public init(file: Int, line: Int, column: Int, outcome: String, values: [String: String]) {
        self.file = file
        self.line = line
        self.column = column
        self.outcome = outcome
        self.values = values
    }
}

/// What a corpus check keeps of one document.
public struct CorpusKey: Sendable {
    public var key: String
    public var line: Int
    public var column: Int

    public init(key: String, line: Int, column: Int) {
        self.key = key
        self.line = line
        self.column = column
    }
}
