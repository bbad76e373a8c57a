/// A mistake in a rule pack or a configuration file, at its position: `file:line:column: message`.
public struct PackError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// All the mistakes found while loading packs: loading goes on past the first, so a user fixes
/// every one in a single round.
public struct PackErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [PackError]

    public init(_ errors: [PackError]) { self.errors = errors }

    /// Errors file by file (in the order files were read), each file's by position.
    static func ordered(_ errors: [PackError]) -> [PackError] {
        var fileOrder: [String: Int] = [:]
        for error in errors where fileOrder[error.file] == nil { fileOrder[error.file] = fileOrder.count }
        return errors.enumerated().sorted { a, b in
            (fileOrder[a.element.file]!, a.element.line, a.element.column, a.offset) < (fileOrder[b.element.file]!, b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
