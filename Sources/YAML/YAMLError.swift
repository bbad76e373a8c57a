/// Why a YAML text could not be read; every case carries the position it concerns.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// libyaml rejected the text: its problem, and the construct it was reading when it failed.
        case syntax(problem: String, context: String?, contextMark: Mark?)
        /// The text is not valid in its encoding (libyaml's reader error, `offset` in bytes).
        case encoding(problem: String, offset: Int)
        /// Collections nested deeper than the limit: refused rather than risk the stack.
        case tooDeep(limit: Int)
        /// More nodes than the limit: refused rather than risk the memory.
        case tooManyNodes(limit: Int)
        /// Input larger than the limit, refused before libyaml sees it.
        case tooLarge(bytes: Int, limit: Int)
    }

    public var kind: Kind
    public var mark: Mark

    public init(_ kind: Kind, at mark: Mark) {
        self.kind = kind
        self.mark = mark
    }

    /// The message alone, without the position.
    public var message: String {
        switch kind {
        case let .syntax(problem, context, contextMark):
            guard let context else { return problem }
            if let contextMark { return "\(problem) (\(context) at \(contextMark))" }
            return "\(problem) (\(context))"
        case let .encoding(problem, offset):
            return "\(problem) at byte \(offset)"
        case let .tooDeep(limit):
            return "collections nested deeper than \(limit) levels"
        case let .tooManyNodes(limit):
            return "more than \(limit) nodes"
        case let .tooLarge(bytes, limit):
            return "\(bytes) bytes of YAML, more than the limit of \(limit)"
        }
    }

    public var description: String { "\(mark): \(message)" }
}
