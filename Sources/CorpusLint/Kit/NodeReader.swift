import YAML

/// Collects the mistakes found while reading rule packs and configuration files.
final class ErrorSink {
    private(set) var errors: [PackError] = []

    func add(_ file: String, _ mark: Mark, _ message: String) {
        errors.append(PackError(file: file, line: mark.line, column: mark.column, message: message))
    }
}

/// Reads one YAML mapping of a pack or config with positions: each accessor records a mistake
/// (wrong type, bad regex) at the value's mark, and `finish` reports keys nobody asked for.
struct NodeReader {
    let node: Node
    let file: String
    let sink: ErrorSink
    /// The keys asked for, each once. A list, not a set: a reader is asked a handful of keys, and
    /// hashing them into a set of its own (allocated and grown for every mapping read) cost
    /// 2.4 M instructions a run with the shipped packs.
    private(set) var used: [String] = []

    /// nil (with an error recorded) when `node` is not a mapping.
    init?(_ node: Node, file: String, sink: ErrorSink, what: String) {
        guard case .mapping = node.content else {
            sink.add(file, node.start, "\(what) must be a mapping")
            return nil
        }
        self.node = node
        self.file = file
        self.sink = sink
    }

    var mark: Mark { node.start }
    var keys: [String] { node.pairs?.compactMap(\.key.scalarValue) ?? [] }

    func error(_ mark: Mark, _ message: String) { sink.add(file, mark, message) }

    mutating func value(_ key: String) -> Node? {
        if !used.contains(key) { used.append(key) }
        return node[key]
    }

    mutating func has(_ key: String) -> Bool { value(key) != nil }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key) else {
            if required { error(mark, "missing required key `\(key)`") }
            return nil
        }
        guard let text = value.scalarValue else {
            error(value.start, "`\(key)` must be a string")
            return nil
        }
        return text
    }

    mutating func int(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard case let .int(_, number?) = value.coreValue else {
            error(value.start, "`\(key)` must be an integer")
            return nil
        }
        return number
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case let .bool(flag) = value.coreValue else {
            error(value.start, "`\(key)` must be true or false")
            return nil
        }
        return flag
    }

    /// A string or a list of strings.
    mutating func strings(_ key: String) -> [String]? {
        guard let value = value(key) else { return nil }
        return Self.strings(value, key: key, reader: self)
    }

    static func strings(_ value: Node, key: String, reader: NodeReader) -> [String]? {
        switch value.content {
        case let .scalar(text, _):
            return [text]
        case let .sequence(items):
            var result: [String] = []
            for item in items {
                guard let text = item.scalarValue else {
                    reader.error(item.start, "`\(key)` must list strings")
                    return nil
                }
                result.append(text)
            }
            return result
        default:
            reader.error(value.start, "`\(key)` must be a string or a list of strings")
            return nil
        }
    }

    /// One of `choices`, with a did-you-mean for a near miss.
    mutating func choice(_ key: String, _ choices: [String]) -> String? {
        guard let text = string(key) else { return nil }
        guard choices.contains(text) else {
            error(value(key)!.start, "`\(key)` must be one of \(choices.joined(separator: ", ")), not `\(text)`" + Suggestion.hint(for: text, among: choices))
            return nil
        }
        return text
    }

    /// A regular expression, compiled once here; its error points into the pattern.
    mutating func pattern(_ key: String, required: Bool = false) -> Pattern? {
        guard let source = string(key, required: required), let node = value(key) else { return nil }
        return Self.compile(source, at: node, key: key, reader: self)
    }

    static func compile(_ source: String, at node: Node, key: String, reader: NodeReader) -> Pattern? {
        do {
            return try Pattern.reusable(source)
        } catch {
            switch error {
            case let .invalid(message, offset):
                // Quoted scalars start one column before their text; escapes make this approximate.
                let quote = node.scalarStyle == .singleQuoted || node.scalarStyle == .doubleQuoted ? 1 : 0
                let onOneLine = node.start.line == node.end.line
                let column = onOneLine ? node.start.column + quote + offset : node.start.column
                reader.error(Mark(line: node.start.line, column: column), "invalid regular expression in `\(key)`: \(message) (at offset \(offset) of the pattern)")
            default:
                reader.error(node.start, "regular expression in `\(key)`: \(error)")
            }
            return nil
        }
    }

    mutating func mapping(_ key: String) -> NodeReader? {
        guard let value = value(key) else { return nil }
        return NodeReader(value, file: file, sink: sink, what: "`\(key)`")
    }

    /// Reports every key that no accessor read, suggesting the closest known key.
    func finish(alsoKnown: [String] = []) {
        for pair in node.pairs ?? [] {
            guard let key = pair.key.scalarValue else {
                error(pair.key.start, "keys must be strings")
                continue
            }
            if !used.contains(key), !alsoKnown.contains(key) {
                let known = Set(used).union(alsoKnown)
                error(pair.key.start, "unknown key `\(key)`" + Suggestion.hint(for: key, among: known.sorted()))
            }
        }
    }
}
