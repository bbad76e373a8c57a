import YAML

/// `kind: fields` — front-matter fields: present and non-empty, of a type (and quoted where YAML
/// 1.1 loaders would otherwise read a date or a number), matching a pattern, one of a list, of a
/// length; and, opt-in, no fields beyond a known set.
///
/// ```yaml
/// - id: front-matter/type
///   kind: fields
///   fields:
///     record_id: { quoted: true, pattern: '^[0-9]+$' }
///     date: { type: date, quoted: true }
///     extracted_at: { type: datetime, utc: true }
///     language: { enum: [AR, ZH, EN, FR, RU, ES] }
/// ```
/// Constraints written next to `fields` apply to every field listed; a field's own mapping adds
/// to them. A document whose front matter is missing or broken is left to the structural rules.
struct FieldsCheck: CheckKind {
    static let name = "fields"
    static let outcomes = [
        (name: "missing", message: "required field `{field}` is missing"),
        (name: "empty", message: "field `{field}` is empty"),
        (name: "type", message: "field `{field}` must be {expected}, not `{value}`"),
        (name: "quoted", message: "field `{field}` must be {expected}"),
        (name: "pattern", message: "field `{field}` value `{value}` is not {expected}"),
        (name: "enum", message: "field `{field}` must be one of {expected}, not `{value}`"),
        (name: "length", message: "field `{field}` is {length} characters long; expected {expected}"),
        (name: "unknown", message: "unknown field `{field}`{hint}"),
    ]
    static let documentation = """
        Checks front-matter fields. Options: `fields` — a list of names (the constraints beside `fields` apply to each) \
        or a mapping of name to its own constraints. Constraints: `required` (true: the field must be present and not \
        empty), `type` (string, integer, number, boolean, date, datetime, url, list, mapping), `utc` (a datetime must \
        end in Z or +00:00), `quoted` (true: must be quoted; false: must be plain), `pattern`, `enum`, `min-length`, \
        `max-length`, `expected` (the valid form in words, used in messages instead of the raw pattern), `format` (the \
        date formats a `date` or `datetime` field is written in, instead of ISO 8601: `yyyy-MM-dd HH:mm:ss Z`, \
        `d.M.yyyy`, year-month…, as for the `date` kind). `allowed` — with `unknown: true`, every other field is reported.
        Outcomes: missing, empty, type, quoted, pattern, enum, length, unknown. Placeholders: {field}, {value}, \
        {expected}, {length}, {hint}.
        """

    struct Constraints: Sendable {
        var required = false
        var type: String?
        var utc = false
        var quoted: Bool?
        var pattern: Pattern?
        var allowedValues: [String]?
        var minLength: Int?
        var maxLength: Int?
        /// Declared date formats: with `type: date` or `datetime`, they replace ISO 8601.
        var formats: [DateFormat]?
        /// `expected:` what a valid value looks like, in words, for messages ("a dotted version such as 1.2.0").
        var expected: String?
    }

    static let types = ["string", "integer", "number", "boolean", "date", "datetime", "url", "list", "mapping"]

    let fields: [(name: String, constraints: Constraints)]
    let allowed: Set<String>?

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> FieldsCheck? {
        let shared = readConstraints(&options)
        var fields: [(String, Constraints)] = []
        if let node = options.value("fields") {
            switch node.content {
            case .mapping(let pairs):
                for pair in pairs {
                    guard let name = pair.key.scalarValue else { continue }
                    if pair.value.scalarValue == "" || pair.value.coreValue == .null {
                        fields.append((name, shared))
                    } else if var inner = NodeReader(pair.value, file: options.file, sink: options.sink, what: "field `\(name)`") {
                        fields.append((name, readConstraints(&inner, base: shared)))
                        inner.finish()
                    }
                }
            default:
                for name in NodeReader.strings(node, key: "fields", reader: options) ?? [] { fields.append((name, shared)) }
            }
        }
        var allowed: Set<String>?
        if options.bool("unknown") == true {
            allowed = Set(options.strings("allowed") ?? fields.map(\.0))
        } else if options.has("allowed") {
            options.error(options.value("allowed")!.start, "`allowed` is read only with `unknown: true`")
        }
        if fields.isEmpty && allowed == nil {
            options.error(options.mark, "missing required key `fields`")
            return nil
        }
        return FieldsCheck(fields: fields, allowed: allowed)
    }

    private static func readConstraints(_ reader: inout NodeReader, base: Constraints = Constraints()) -> Constraints {
        var c = base
        if let required = reader.bool("required") { c.required = required }
        if let type = reader.choice("type", types) { c.type = type }
        if let utc = reader.bool("utc") { c.utc = utc }
        if let quoted = reader.bool("quoted") { c.quoted = quoted }
        if let pattern = reader.pattern("pattern") { c.pattern = pattern }
        if let values = reader.strings("enum") { c.allowedValues = values }
        if let min = reader.int("min-length") { c.minLength = min }
        if let max = reader.int("max-length") { c.maxLength = max }
        if reader.has("format"), let formats = DateFormat.readList(&reader) { c.formats = formats }
        if let expected = reader.string("expected") { c.expected = expected }
        return c
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        guard let frontMatter = context.document.frontMatter else { return }
        for (name, constraints) in fields {
            let nodes = context.fields(name)
            if constraints.required { reportMissing(name, found: nodes, frontMatter, context, rule) }
            for node in nodes { check(name, node, constraints, context, rule) }
        }
        if let allowed {
            let known = allowed.sorted()
            for pair in frontMatter.pairs ?? [] {
                guard let key = pair.key.scalarValue, !allowed.contains(key) else { continue }
                context.emit(rule, "unknown", line: pair.key.start.line, column: pair.key.start.column,
                             values: ["field": key, "hint": Suggestion.hint(for: key, among: known)])
            }
        }
    }

    /// A required field that is absent; for a path into list elements (`refs[].id`), each
    /// element without it, reported where the element starts.
    private func reportMissing(_ name: String, found: [Node], _ frontMatter: Node, _ context: DocumentContext, _ rule: RuleInfo) {
        guard frontMatter[name] == nil, FieldPath.isPath(name), let path = FieldPath(name), let (parent, key) = path.parentAndKey else {
            if found.isEmpty { context.emit(rule, "missing", line: 1, values: ["field": name]) }
            return
        }
        let parents = parent.nodes(in: frontMatter)
        if parents.isEmpty, found.isEmpty { context.emit(rule, "missing", line: 1, values: ["field": name]) }
        for node in parents where node.pairs != nil && node[key] == nil {
            context.emit(rule, "missing", line: node.start.line, column: node.start.column, values: ["field": name])
        }
    }

    private func check(_ name: String, _ node: Node, _ c: Constraints, _ context: DocumentContext, _ rule: RuleInfo) {
        func emit(_ outcome: String, _ values: [String: String], fix: Fix? = nil) {
            context.emit(rule, outcome, line: node.start.line, column: node.start.column,
                         endColumn: node.end.line == node.start.line ? node.end.column : nil, values: values.merging(["field": name]) { a, _ in a }, snippet: node.scalarValue,
                         fix: fix)
        }
        let value = node.coreValue
        let isEmpty: Bool
        switch node.content {
        case let .scalar(text, _): isEmpty = text.isEmpty || value == .null
        case let .mapping(pairs): isEmpty = pairs.isEmpty
        case let .sequence(items): isEmpty = items.isEmpty
        case .alias: isEmpty = false
        }
        if isEmpty {
            if c.required { emit("empty", [:]) }
            return
        }
        let text = node.scalarValue ?? ""
        if let formats = c.formats, c.type == nil || c.type == "date" || c.type == "datetime" {
            if node.scalarValue != nil, case .unrecognized = DateFormat.parse(Substring(text), formats: formats, language: .english) {
                emit("type", ["value": text, "expected": "a date in the format " + formats.map { "`\($0.description)`" }.joined(separator: " or ")])
                return
            }
        } else if let type = c.type, let expected = typeMismatch(type, node, value, utc: c.utc) {
            emit("type", ["value": text, "expected": expected])
            return
        }
        if let quoted = c.quoted, let style = node.scalarStyle {
            let isQuoted = style == .singleQuoted || style == .doubleQuoted
            if isQuoted != quoted {
                emit("quoted", ["value": text, "expected": quoted ? "a quoted string" : "unquoted"], fix: quoted ? Self.quotingFix(node, context) : nil)
            }
        }
        guard node.scalarValue != nil else { return }
        if let pattern = c.pattern, !context.matches(pattern, text) {
            emit("pattern", ["value": text, "expected": c.expected ?? "a match of `\(pattern.source)`"])
        }
        if let list = c.allowedValues, !list.contains(text) {
            emit("enum", ["value": text, "expected": list.joined(separator: ", ") + Suggestion.hint(for: text, among: list)])
        }
        let length = text.count
        if let min = c.minLength, length < min { emit("length", ["value": text, "length": String(length), "expected": "at least \(min)"]) }
        if let max = c.maxLength, length > max { emit("length", ["value": text, "length": String(length), "expected": "at most \(max)"]) }
    }

    /// nil when `node` is of `type`; otherwise what was expected, for the message.
    private func typeMismatch(_ type: String, _ node: Node, _ value: CoreValue?, utc: Bool) -> String? {
        switch type {
        case "list": if case .sequence = node.content { return nil }; return "a list"
        case "mapping": if case .mapping = node.content { return nil }; return "a mapping"
        default: break
        }
        guard let value, let text = node.scalarValue else { return (type == "integer" ? "an " : "a ") + type }
        switch type {
        case "string": return value.isString ? nil : "a string (quote it)"
        case "integer": if case .int = value { return nil }; return "an integer"
        case "number":
            switch value { case .int, .float: return nil; default: return "a number" }
        case "boolean": if case .bool = value { return nil }; return "true or false"
        case "date":
            if case .unrecognized = ISODate.parseDate(Substring(text)) { return "an ISO date (YYYY-MM-DD)" }
            return nil
        case "datetime":
            switch ISODate.parseDateTime(Substring(text)) {
            case let .valid(dateTime): return utc && !dateTime.isUTC ? "an ISO 8601 UTC datetime (ending in Z)" : nil
            case .impossibleDate, .impossibleTime: return nil
            case .unrecognized: return utc ? "an ISO 8601 UTC datetime (YYYY-MM-DDThh:mm:ssZ)" : "an ISO 8601 datetime"
            }
        case "url":
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return Self.isASCIIURL(text) ? nil : "a URL" }
            let lower = text.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !text.contains(where: { $0.isWhitespace }),
                  text.split(separator: "/", omittingEmptySubsequences: false).count >= 3,
                  !text.split(separator: "/", omittingEmptySubsequences: false)[2].isEmpty else { return "a URL" }
            return nil
        default: return nil
        }
    }

    /// The `url` test on the bytes of an ASCII value, where characters are bytes (a CRLF aside,
    /// which is whitespace either way): splitting it into `Character`s twice cost 50,000
    /// instructions a value.
    private static func isASCIIURL(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func starts(with prefix: String) -> Bool {
            bytes.count >= prefix.utf8.count && zip(bytes, prefix.utf8).allSatisfy { lowered($0) == $1 }
        }
        guard starts(with: "https://") || starts(with: "http://"),
              !bytes.contains(where: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) else { return false }
        // The part after the second slash (the host) must not be empty: `http:///x` is no URL.
        let slashes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "/") }
        return slashes.count >= 2 && (slashes.count == 2 ? slashes[1] + 1 < bytes.count : slashes[2] > slashes[1] + 1)
    }

    /// Double quotes around a plain scalar on one line keep its text as it is (the value read
    /// stays the same string, only no longer a number or a date to YAML 1.1 loaders). A value
    /// holding a quote or a backslash would need escapes: left to a person.
    static func quotingFix(_ node: Node, _ context: DocumentContext) -> Fix? {
        guard node.scalarStyle == .plain, node.start.line == node.end.line, let text = node.scalarValue,
              !text.contains("\""), !text.contains("\\"),
              let start = context.byteOffset(line: node.start.line, column: node.start.column),
              let end = context.byteOffset(line: node.end.line, column: node.end.column),
              context.text(start..<end) == text else { return nil }
        return Fix("put the value in double quotes", safety: .safe,
                   edits: [context.edit(start..<start, "\""), context.edit(end..<end, "\"")])
    }
}
