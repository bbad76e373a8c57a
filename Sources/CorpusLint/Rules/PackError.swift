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

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
