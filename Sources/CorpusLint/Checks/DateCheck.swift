/// `kind: date` — dates that must exist: front-matter fields (ISO) and values extracted from the
/// body (written in the document's language, `3 décembre 2025`, `2025年12月3日`).
///
/// ```yaml
/// - id: date/invalid
///   kind: date
///   fields: [date]
///   values: [adoption-date, closing-date]
/// ```
/// `31 February 2025` is `impossible`; text that is not a date at all is `unrecognized`.
struct DateCheck: CheckKind {
    static let name = "date"
    static let outcomes = [
        (name: "impossible", message: "{value} is not a real date"),
        (name: "unrecognized", message: "`{value}` is not a date"),
    ]
    static let documentation = """
        Checks that dates exist. Options: `fields` — front-matter fields holding ISO dates or datetimes; `values` — \
        names of extracted values holding dates (ISO or written in the document's language); `format` — any (default), \
        iso, written; `language-field` — the field naming the language (default `language`).
        Outcomes: impossible (a date that does not exist, such as 31 February), unrecognized (not a date).
        Placeholders: {value}, {field}.
        """

    let fields: [String]
    let values: [String]
    let format: Transform.DateFormat
    let language: LanguageSource

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> DateCheck? {
        let fields = options.strings("fields") ?? []
        let values = options.strings("values") ?? []
        let format = options.choice("format", ["any", "iso", "written"]).flatMap(Transform.DateFormat.init) ?? .any
        let language = LanguageSource.read(&options)
        if fields.isEmpty && values.isEmpty {
            options.error(options.mark, "a date rule needs `fields` or `values` to check")
            return nil
        }
        return DateCheck(fields: fields, values: values, format: format, language: language)
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        let language = language.language(context)
        for field in fields {
            guard let node = context.field(field), let text = node.scalarValue, !text.isEmpty else { continue }
            judge(text, context: context, rule: rule, language: language, field: field, line: node.start.line, column: node.start.column,
                  endColumn: node.end.line == node.start.line ? node.end.column : nil)
        }
        for name in values {
            for value in context.values[name] ?? [] {
                judge(value.text, context: context, rule: rule, language: language, field: "$" + name, line: value.line, column: value.column, endColumn: value.endColumn)
            }
        }
    }

    private func judge(_ text: String, context: DocumentContext, rule: RuleInfo, language: DateLanguage, field: String, line: Int, column: Int, endColumn: Int?) {
        let trimmed = Substring(text.trimmingSpaces())
        var outcome = DateParseOutcome.unrecognized
        if format != .written {
            outcome = ISODate.parseDate(trimmed)
            if case .unrecognized = outcome {
                switch ISODate.parseDateTime(trimmed) {
                case let .valid(dateTime): outcome = .valid(dateTime.date)
                case let .impossibleDate(year, month, day): outcome = .impossible(year: year, month: month, day: day)
                case .impossibleTime: outcome = .impossible(year: 0, month: 0, day: 0)
                case .unrecognized: break
                }
            }
        }
        if case .unrecognized = outcome, format != .iso { outcome = WrittenDate.parse(trimmed, language: language) }
        switch outcome {
        case .valid: return
        case .impossible:
            context.emit(rule, "impossible", line: line, column: column, endColumn: endColumn, values: ["value": String(trimmed), "field": field], snippet: text)
        case .unrecognized:
            context.emit(rule, "unrecognized", line: line, column: column, endColumn: endColumn, values: ["value": String(trimmed), "field": field], snippet: text)
        }
    }
}
