/// A key that a corpus-level rule needs from one document (a `unique` key today; a reference or
/// a definition for cross-document rules later), recorded so that the rule can be judged after
/// every document is read — in the same process, from a cache, or by `merge` from shard reports.
/// Names the rule by id, not by position, so a record outlives the process that made it.
public struct CorpusKeyRecord: Sendable, Hashable, Codable {
    /// The id of the rule that gathers the key.
    public var rule: String
    /// What the corpus rule compares across documents.
    public var key: String
    /// Anything more the rule keeps of the document (nil for `unique`).
    public var value: String?
    /// Where a finding about this document is reported.
    public var line: Int
    public var column: Int

    public init(rule: String, key: String, value: String? = nil, line: Int, column: Int) {
        self.rule = rule
        self.key = key
        self.value = value
        self.line = line
        self.column = column
    }
}
