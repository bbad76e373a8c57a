import YAML

/// `when:` — conditions on front-matter fields or extracted values that decide whether a rule
/// applies to a document. Every entry must hold.
///
/// ```yaml
/// when:
///   symbol: { matches: '^S/RES/' }   # a field matching a pattern
///   language: FR                      # a field equal to a value
///   $adoption-date: { present: true } # an extracted value
/// ```
public struct Condition: Sendable {
    enum Test: Sendable {
        case equals(String)
        case oneOf([String])
        case matches(Pattern)
        case notMatches(Pattern)
        case present(Bool)
    }

    struct Clause: Sendable {
        var subject: String
        var isValue: Bool
        var tests: [Test]
    }

    let clauses: [Clause]

    /// Whether any clause reads extracted values (then it is decided after the body pass).
    public var readsValues: Bool { clauses.contains { $0.isValue } }

    static func read(_ node: Node, file: String, sink: ErrorSink) -> Condition? {
        guard let reader = NodeReader(node, file: file, sink: sink, what: "`when`") else { return nil }
        var clauses: [Clause] = []
        for pair in node.pairs ?? [] {
            guard let subject = pair.key.scalarValue else { continue }
            let isValue = subject.hasPrefix("$")
            let name = isValue ? String(subject.dropFirst()) : subject
            var tests: [Test] = []
            switch pair.value.content {
            case let .scalar(text, _):
                tests.append(.equals(text))
            case .sequence:
                tests.append(.oneOf(NodeReader.strings(pair.value, key: subject, reader: reader) ?? []))
            case .mapping:
                guard var inner = NodeReader(pair.value, file: file, sink: sink, what: "a condition") else { continue }
                if let text = inner.string("equals") { tests.append(.equals(text)) }
                if let list = inner.strings("in") { tests.append(.oneOf(list)) }
                if let pattern = inner.pattern("matches") { tests.append(.matches(pattern)) }
                if let pattern = inner.pattern("not-matches") { tests.append(.notMatches(pattern)) }
                if let flag = inner.bool("present") { tests.append(.present(flag)) }
                inner.finish()
            case .alias:
                reader.error(pair.value.start, "aliases are not supported in `when`")
            }
            clauses.append(Clause(subject: name, isValue: isValue, tests: tests))
        }
        return Condition(clauses: clauses)
    }

    /// Whether the condition holds, given how to look up a field or a value's text and how to match.
    func holds(field: (String) -> String?, value: (String) -> String?, matches: (Pattern, String) -> Bool) -> Bool {
        for clause in clauses {
            let text = clause.isValue ? value(clause.subject) : field(clause.subject)
            for test in clause.tests {
                switch test {
                case let .equals(expected): if text != expected { return false }
                case let .oneOf(list): if text.map({ list.contains($0) }) != true { return false }
                case let .matches(pattern): if text.map({ matches(pattern, $0) }) != true { return false }
                case let .notMatches(pattern): if let text, matches(pattern, text) { return false }
                case let .present(flag): if (text != nil) != flag { return false }
                }
            }
        }
        return true
    }
}
