import YAML

/// A value a rule reads: a front-matter field, a value extracted from the body, or the file's
/// path, passed through transforms. Shared by `compare` and `date`.
///
/// ```yaml
/// left: date                                   # a field
/// right: $distribution-date                     # an extracted value
/// left: { field: symbol, transform: [{replace: '/', with: '_'}] }
/// left: { document: stem }                      # path | name | stem of the file
/// ```
struct Operand: Sendable {
    enum Source: Sendable {
        case field(String)
        case value(String)
        case document(String)
    }

    let source: Source
    let transforms: [Transform]

    /// What an operand gives for one document.
    struct Resolved {
        var text: String
        var date: CalendarDate?
        var line: Int
        var column: Int
        var endColumn: Int
        /// The text as the document writes it, before transforms (for messages people read).
        var written = ""
    }

    var label: String {
        switch source {
        case let .field(name): return name
        case let .value(name): return "$" + name
        case let .document(part): return "file " + part
        }
    }

    static func read(_ node: Node, key: String, reader: NodeReader) -> Operand? {
        if let text = node.scalarValue {
            return Operand(source: text.hasPrefix("$") ? .value(String(text.dropFirst())) : .field(text), transforms: [])
        }
        guard var inner = NodeReader(node, file: reader.file, sink: reader.sink, what: "`\(key)`") else { return nil }
        var source: Source?
        if let field = inner.string("field") { source = .field(field) }
        if let value = inner.string("value") { source = .value(value) }
        if let part = inner.choice("document", ["path", "name", "stem"]) { source = .document(part) }
        var transforms: [Transform] = []
        if let list = inner.value("transform") {
            let items: [Node]
            if case let .sequence(nodes) = list.content { items = nodes } else { items = [list] }
            for item in items {
                if let transform = Transform.read(item, reader: inner) { transforms.append(transform) }
            }
        }
        inner.finish()
        guard let source else {
            reader.error(node.start, "`\(key)` needs one of `field`, `value` or `document`")
            return nil
        }
        return Operand(source: source, transforms: transforms)
    }

    /// The operand's text and position in one document; nil when it is absent there.
    func resolve(_ context: DocumentContext, language: DateLanguage, rule: RuleInfo) -> Resolved? {
        var resolved: Resolved
        switch source {
        case let .field(name):
            guard let node = context.field(name), let text = node.scalarValue else { return nil }
            let width = node.start.line == node.end.line ? max(node.end.column - node.start.column, 1) : text.unicodeScalars.count
            resolved = Resolved(text: text, line: node.start.line, column: node.start.column, endColumn: node.start.column + width)
        case let .value(name):
            guard let value = context.value(name) else { return nil }
            resolved = Resolved(text: value.text, line: value.line, column: value.column, endColumn: value.endColumn)
        case let .document(part):
            let path = context.document.path
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let text: String
            switch part {
            case "path": text = path
            case "name": text = name
            default: text = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
            }
            resolved = Resolved(text: text, line: 1, column: 1, endColumn: 1)
        }
        resolved.written = resolved.text
        for transform in transforms {
            guard transform.apply(&resolved, language: language, context: context, rule: rule) else { return nil }
        }
        return resolved
    }
}

/// One step applied to an operand's text.
enum Transform: Sendable {
    case lowercase, uppercase, trim, collapseSpaces
    case replace(Pattern, String)
    case capture(Pattern)
    case stripSuffix(String), stripPrefix(String)
    case date(DateFormat)
    /// A lookup table (`Eightieth` → `80`); a text not in the table makes the operand absent.
    case map([String: String])
    /// Whole words replaced by others (`80th` → `eightieth`), the rest of the text kept.
    case words([String: String])

    enum DateFormat: String, Sendable { case iso, written, any }

    static let words = ["lowercase", "uppercase", "trim", "collapse-spaces", "date"]

    static func read(_ node: Node, reader: NodeReader) -> Transform? {
        if let word = node.scalarValue {
            switch word {
            case "lowercase": return .lowercase
            case "uppercase": return .uppercase
            case "trim": return .trim
            case "collapse-spaces": return .collapseSpaces
            case "date": return .date(.any)
            default:
                reader.error(node.start, "unknown transform `\(word)`" + Suggestion.hint(for: word, among: words + ["replace", "capture", "strip-suffix", "strip-prefix", "map", "words"]))
                return nil
            }
        }
        guard var inner = NodeReader(node, file: reader.file, sink: reader.sink, what: "a transform") else { return nil }
        defer { inner.finish() }
        if inner.has("replace") {
            guard let pattern = inner.pattern("replace") else { return nil }
            return .replace(pattern, inner.string("with") ?? "")
        }
        if let pattern = inner.pattern("capture") { return .capture(pattern) }
        if let suffix = inner.string("strip-suffix") { return .stripSuffix(suffix) }
        if let prefix = inner.string("strip-prefix") { return .stripPrefix(prefix) }
        if let format = inner.choice("date", ["iso", "written", "any"]) { return .date(DateFormat(rawValue: format)!) }
        if let table = inner.value("words") {
            var entries: [String: String] = [:]
            for pair in table.pairs ?? [] {
                if let key = pair.key.scalarValue, let value = pair.value.scalarValue { entries[key] = value } else {
                    inner.error(pair.key.start, "`words` maps words to words")
                }
            }
            if table.pairs == nil { inner.error(table.start, "`words` must be a mapping of words to words") }
            return .words(entries)
        }
        if let table = inner.value("map") {
            var entries: [String: String] = [:]
            for pair in table.pairs ?? [] {
                guard let key = pair.key.scalarValue, let value = pair.value.scalarValue else {
                    inner.error(pair.key.start, "`map` maps texts to texts")
                    continue
                }
                entries[key] = value
            }
            if table.pairs == nil { inner.error(table.start, "`map` must be a mapping of texts to texts") }
            return .map(entries)
        }
        reader.error(node.start, "a transform is one of \(words.joined(separator: ", ")), or a mapping with replace (+ with), capture, strip-suffix, strip-prefix, date, map or words")
        return nil
    }

    /// Applies the step; false when the operand disappears (a capture that does not match, a date that does not parse).
    func apply(_ value: inout Operand.Resolved, language: DateLanguage, context: DocumentContext, rule: RuleInfo) -> Bool {
        switch self {
        case .lowercase: value.text = value.text.lowercased()
        case .uppercase: value.text = value.text.uppercased()
        case .trim: value.text = value.text.trimmingSpaces()
        case .collapseSpaces:
            value.text = TextScalars.collapsingSpaces(value.text)
        case let .stripSuffix(suffix): if value.text.hasSuffix(suffix) { value.text.removeLast(suffix.count) }
        case let .stripPrefix(prefix): if value.text.hasPrefix(prefix) { value.text.removeFirst(prefix.count) }
        case let .replace(pattern, replacement):
            let bytes = Array(value.text.utf8)
            let matcher = context.matcher(pattern)
            let matches = bytes.withUnsafeBufferPointer { (try? matcher.allMatches(in: $0, range: 0..<$0.count)) ?? [] }
            guard !matches.isEmpty else { return true }
            var out: [UInt8] = []
            var last = 0
            for match in matches {
                out += bytes[last..<match.range.lowerBound]
                out += Array(replacement.utf8)
                last = match.range.upperBound
            }
            out += bytes[last...]
            value.text = String(decoding: out, as: UTF8.self)
        case let .capture(pattern):
            guard let found = try? context.matcher(pattern).firstMatch(in: value.text) else { return false }
            let group = pattern.captureNames["value"] ?? (pattern.captureCount >= 1 ? 1 : 0)
            guard let text = group == 0 ? found.match : found.captures[group] else { return false }
            value.text = text
        case let .map(table):
            guard let mapped = table[value.text] else { return false }
            value.text = mapped
        case let .words(table):
            value.text = TextScalars.replacingWords(value.text, table)
        case let .date(format):
            let text = Substring(value.text.trimmingSpaces())
            var outcome = DateParseOutcome.unrecognized
            if format != .written {
                outcome = ISODate.parseDate(text)
                if case .unrecognized = outcome, case let .valid(dateTime) = ISODate.parseDateTime(text) { outcome = .valid(dateTime.date) }
            }
            if case .unrecognized = outcome, format != .iso { outcome = WrittenDate.parse(text, language: language) }
            guard case let .valid(date) = outcome else { return false }
            value.date = date
            value.text = date.description
        }
        return true
    }
}
