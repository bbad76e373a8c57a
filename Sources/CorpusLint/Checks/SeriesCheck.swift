import YAML

/// `kind: series` — the documents of a group (a volume, a folder) are numbered 1…N without
/// gaps or repeats, and, optionally, their dates follow their numbers.
///
/// ```yaml
/// - id: volume/numbering
///   kind: series
///   group: "{volume}"                # or "{document.folder}" (the default)
///   number: doc_num                  # a field, or a template with `number-pattern`
///   order-by: { field: date, format: iso-date }
/// ```
struct SeriesCheck: CrossDocumentCheck, CheckKind {
    static let name = "series"
    static let outcomes = [
        (name: "gap", message: "{group}: numbering jumps from {previous} to {found} (missing: {missing})"),
        (name: "duplicate", message: "{group}: number {found} is also {other}"),
        (name: "date-order", message: "{group}: number {found} is dated {date}, before number {previous} ({previous-date})"),
    ]
    static let documentation = """
        The documents of a group are numbered without gaps or repeats, and in date order. Options: `group` — a \
        field, or a template such as `{document.folder}` (the default) or `{volume}-{lang}`: documents with the same \
        text form one group; `number` (required) — a field, or a template (`{document.stem}`), read as a whole \
        number; `number-pattern` — a regex whose group `value` (else group 1) is the number (`^(?<value>[0-9]+)-`); \
        `start` — the first number (default 1; `none`: the series may start anywhere); `order-by` — \
        `{ field: NAME, format: FORMAT }`: each document's date must not be earlier than the date of the \
        document numbered before it.
        Outcomes: gap, duplicate, date-order. Placeholders: {group}, {found}, {previous}, {missing}, {other}, \
        {date}, {previous-date}.
        """

    let group: ValueTemplate
    let number: ValueTemplate
    let numberPattern: Pattern?
    let start: Int?
    let orderField: String?
    let orderFormats: [DateFormat]

    struct Gathered: Codable, Sendable {
        var group: String
        var number: Int
        var line: Int
        var column: Int
        var date: CalendarDate?
    }

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> SeriesCheck? {
        func template(_ key: String, default fallback: String?) -> ValueTemplate? {
            guard let text = options.string(key, required: fallback == nil) ?? fallback else { return nil }
            let source = text.contains("{") ? text : "{\(text)}"
            switch ValueTemplate.parse(source) {
            case let .success(template): return template
            case let .failure(error):
                options.error(options.value(key)?.start ?? options.mark, "`\(key)` `\(text)`: \(error.message)")
                return nil
            }
        }
        let group = template("group", default: "{document.folder}")
        let number = template("number", default: nil)
        let numberPattern = options.pattern("number-pattern")
        var start: Int? = 1
        if let node = options.value("start") {
            if node.scalarValue == "none" { start = nil } else { start = options.int("start") }
        }
        var orderField: String?
        var orderFormats: [DateFormat] = [.any]
        if var order = options.mapping("order-by") {
            orderField = order.string("field", required: true)
            if order.has("format") {
                guard let formats = DateFormat.readList(&order) else { return nil }
                orderFormats = formats
            }
            order.finish()
        }
        guard let group, let number else { return nil }
        return SeriesCheck(group: group, number: number, numberPattern: numberPattern, start: start,
                           orderField: orderField, orderFormats: orderFormats)
    }

    func gather(_ context: DocumentContext, rule: RuleInfo) -> Gathered? {
        guard let groupText = group.render(context), var numberText = number.render(context) else { return nil }
        if let numberPattern {
            guard let found = try? context.matcher(numberPattern).firstMatch(in: numberText) else { return nil }
            let index = numberPattern.captureNames["value"] ?? (numberPattern.captureCount >= 1 ? 1 : 0)
            guard let text = index == 0 ? found.match : found.captures[index] else { return nil }
            numberText = text
        }
        guard let value = Int(numberText.trimmingSpaces()) else { return nil }
        var line = 1, column = 1
        if case let .slot(.field(name), _)? = number.pieces.first, number.pieces.count == 1, let node = context.field(name) {
            (line, column) = (node.start.line, node.start.column)
        }
        var date: CalendarDate?
        if let orderField, let text = context.fieldText(orderField) {
            date = DateFormat.parse(Substring(text.trimmingSpaces()), formats: orderFormats, language: .english).date
        }
        return Gathered(group: groupText, number: value, line: line, column: column, date: date)
    }

    /// A group's numbers are judged together, and a group may gather from any file of the run.
    func judge(rule: RuleInfo) -> any CrossDocumentJudge<Gathered> {
        WholeRunJudge { judge($0, rule: rule) }
    }

    func judge(_ documents: [GatheredDocument<Gathered>], rule: RuleInfo) -> [Diagnostic] {
        var groups: [String: [(document: GatheredDocument<Gathered>, item: Gathered)]] = [:]
        var order: [String] = []
        for document in documents {
            let item = document.gathered
            if groups[item.group] == nil { order.append(item.group) }
            groups[item.group, default: []].append((document, item))
        }
        var findings: [Diagnostic] = []
        func report(_ outcome: String, _ entry: (document: GatheredDocument<Gathered>, item: Gathered), _ values: [String: String]) {
            if let finding = rule.crossDocumentFinding(outcome, path: entry.document.path, line: entry.item.line, column: entry.item.column,
                                                       values: values.merging(["group": entry.item.group.isEmpty ? "(top folder)" : entry.item.group,
                                                                               "found": String(entry.item.number)]) { a, _ in a }) {
                findings.append(finding)
            }
        }
        for name in order {
            // By number, then path: the first of a repeated number is the one others are reported against.
            let members = groups[name]!.sorted { ($0.item.number, $0.document.path) < ($1.item.number, $1.document.path) }
            var previous: (document: GatheredDocument<Gathered>, item: Gathered)?
            for entry in members {
                let expected = previous.map { $0.item.number + 1 } ?? start ?? entry.item.number
                if let previous, entry.item.number == previous.item.number {
                    report("duplicate", entry, ["other": previous.document.path])
                    continue
                }
                if entry.item.number > expected {
                    let missing = expected == entry.item.number - 1 ? String(expected) : "\(expected)–\(entry.item.number - 1)"
                    report("gap", entry, ["previous": previous.map { String($0.item.number) } ?? "the start", "missing": missing])
                }
                if let previous, let date = entry.item.date, let earlier = previous.item.date, date < earlier {
                    report("date-order", entry, ["previous": String(previous.item.number), "date": date.description,
                                                 "previous-date": earlier.description])
                }
                previous = entry
            }
        }
        return findings
    }
}
