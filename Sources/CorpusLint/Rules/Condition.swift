import YAML

/// `when:` — conditions on front-matter fields, extracted values or the document's path that
/// decide whether a rule applies to a document. Every entry must hold; `any:` holds when one of
/// its conditions does. A pack's `applies-to:` is a condition of the same form.
///
/// ```yaml
/// when:
///   symbol: { matches: '^S/RES/' }   # a field matching a pattern
///   language: FR                      # a field equal to a value
///   $adoption-date: { present: true } # an extracted value
///   document.path: { matches: '^de/' }  # the path, relative to the configuration's folder
///   any:                              # one of these holds
///     - { lang: de }
///     - { document.name: { matches: '\.de\.md$' } }
/// ```
public struct Condition: Sendable {
    enum Test: Sendable {
        case equals(String)
        case oneOf([String])
        case matches(Pattern)
        case notMatches(Pattern)
        case present(Bool)
    }

    /// What a clause reads.
    public enum Subject: Sendable, Hashable {
        /// A front-matter field or a path into it (`refs[0].id`).
        case field(String)
        /// A value an `extract` rule read from the body.
        case value(String)
        /// The document's `path` (relative to the configuration's folder), `name`, `stem` or `folder`.
        case document(String)
    }

    enum Clause: Sendable {
        case test(Subject, [Test])
        case any([Condition])
    }

    let clauses: [Clause]

    static let documentParts = ["path", "name", "stem", "folder"]

    /// Whether any clause reads extracted values (then it is decided after the body pass).
    public var readsValues: Bool {
        clauses.contains { clause in
            switch clause {
            case let .test(subject, _): if case .value = subject { return true } else { return false }
            case let .any(options): return options.contains { $0.readsValues }
            }
        }
    }

    static func read(_ node: Node, file: String, sink: ErrorSink, what: String = "`when`") -> Condition? {
        guard let reader = NodeReader(node, file: file, sink: sink, what: what) else { return nil }
        var clauses: [Clause] = []
        for pair in node.pairs ?? [] {
            guard let key = pair.key.scalarValue else { continue }
            if key == "any" {
                guard case let .sequence(items) = pair.value.content, !items.isEmpty else {
                    reader.error(pair.value.start, "`any` must be a list of conditions, one of which must hold")
                    continue
                }
                clauses.append(.any(items.compactMap { read($0, file: file, sink: sink, what: "a condition of `any`") }))
                continue
            }
            let subject: Subject
            if key.hasPrefix("$") {
                subject = .value(String(key.dropFirst()))
            } else if key.hasPrefix("document.") {
                let part = String(key.dropFirst("document.".count))
                guard documentParts.contains(part) else {
                    reader.error(pair.key.start, "unknown document part `\(part)`" + Suggestion.hint(for: part, among: documentParts)
                                 + "; one of " + documentParts.map { "document.\($0)" }.joined(separator: ", "))
                    continue
                }
                subject = .document(part)
            } else {
                if FieldPath.isPath(key), FieldPath(key) == nil {
                    reader.error(pair.key.start, "`\(key)` is not a field path: write `list[0].key` or `list[].key`")
                }
                subject = .field(key)
            }
            var tests: [Test] = []
            switch pair.value.content {
            case let .scalar(text, _):
                tests.append(.equals(text))
            case .sequence:
                tests.append(.oneOf(NodeReader.strings(pair.value, key: key, reader: reader) ?? []))
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
            clauses.append(.test(subject, tests))
        }
        return Condition(clauses: clauses)
    }

    /// Whether the condition holds, given how to look up a subject's text and how to match.
    func holds(_ lookup: (Subject) -> String?, matches: (Pattern, String) -> Bool) -> Bool {
        for clause in clauses {
            switch clause {
            case let .any(options):
                if !options.contains(where: { $0.holds(lookup, matches: matches) }) { return false }
            case let .test(subject, tests):
                let text = lookup(subject)
                for test in tests {
                    switch test {
                    case let .equals(expected): if text != expected { return false }
                    case let .oneOf(list): if text.map({ list.contains($0) }) != true { return false }
                    case let .matches(pattern): if text.map({ matches(pattern, $0) }) != true { return false }
                    case let .notMatches(pattern): if let text, matches(pattern, text) { return false }
                    case let .present(flag): if (text != nil) != flag { return false }
                    }
                }
            }
        }
        return true
    }

    /// Whether the condition holds in a document; `withValues`: extracted values are known.
    func holds(in context: DocumentContext, withValues: Bool) -> Bool {
        holds({ subject in
            switch subject {
            case let .field(name): return context.fieldText(name)
            case let .value(name): return withValues ? context.value(name)?.text : nil
            case let .document(part): return context.documentPart(part)
            }
        }, matches: context.matches)
    }
}
