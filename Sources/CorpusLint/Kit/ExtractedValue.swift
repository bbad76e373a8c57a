/// A value an `extract` rule captured from the body, with where it was found.
public struct ExtractedValue: Sendable, Equatable {
    public var text: String
    public var line: Int
    public var column: Int
    public var endColumn: Int
    /// Named captures of the match, for message templates.
    public var captures: [String: String]

    public init(text: String, line: Int, column: Int, endColumn: Int, captures: [String: String] = [:]) {
        self.text = text
        self.line = line
        self.column = column
        self.endColumn = endColumn
        self.captures = captures
    }
}
