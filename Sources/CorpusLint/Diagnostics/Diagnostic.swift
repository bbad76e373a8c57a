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

    public init(path: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil,
                rule: String, severity: Severity, message: String, snippet: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
        self.rule = rule
        self.severity = severity
        self.message = message
        self.snippet = snippet
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
