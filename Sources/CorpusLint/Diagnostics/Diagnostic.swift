/// One finding: where, which rule, how severe, and what to tell the user. A plain value.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// The path as the user named it (relative stays relative).
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The offending text (for baselines' fingerprints and reporters that show a snippet).
    public var snippet: String?
    /// How to repair the finding, when its check knows (see `Fixer`). Not part of the finding's
    /// identity: equality, hashing and the encoded form (shard reports, caches) leave it out, so
    /// reports, baselines and fingerprints are the same with or without it.
    public var fix: Fix?

    public init(path: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil,
                rule: String, severity: Severity, message: String, snippet: String? = nil, fix: Fix? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
        self.rule = rule
        self.severity = severity
        self.message = message
        self.snippet = snippet
        self.fix = fix
    }

    enum CodingKeys: String, CodingKey {
        case path, line, column, endLine, endColumn, rule, severity, message, snippet
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.endLine, a.endColumn) == (b.path, b.line, b.column, b.endLine, b.endColumn)
            && (a.rule, a.severity, a.message, a.snippet) == (b.rule, b.severity, b.message, b.snippet)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(endLine)
        hasher.combine(endColumn)
        hasher.combine(rule)
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(snippet)
    }

    /// The order every output uses: path, line, column, rule, then message for full determinism.
    public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}
