/// `kind: compare` — two values (front-matter fields, extracted values, the file name) through
/// transforms, then an operator. How "the front-matter date is the body's distribution date",
/// "adoption is not after distribution" or "the symbol matches the PDF file name" are written.
///
/// ```yaml
/// - id: date/distribution-mismatch
///   kind: compare
///   left: { field: date, transform: [date] }
///   right: { value: distribution-date, transform: [date] }
///   op: equal
///   report-at: right
///   message: "the body's distribution date {value} differs from the front-matter date {expected}"
/// ```
/// When either side is absent (no such field, nothing extracted, a capture that does not match, a
/// date that does not parse) the rule stays silent: other rules report missing or invalid values.
struct CompareCheck: CheckKind {
    static let name = "compare"
    static let outcomes = [(name: "mismatch", message: "{left-label} `{left}` and {right-label} `{right}` fail `{op}`")]
    static let documentation = """
        Compares two values after transforms. Options: `left`, `right` — an operand: a field name, `$name` of an \
        extracted value, or a mapping with `field`, `value` or `document` (path, name, stem) and `transform` (a list of: \
        lowercase, uppercase, trim, collapse-spaces, date, {replace: REGEX, with: TEXT}, {capture: REGEX}, \
        {strip-suffix: TEXT}, {strip-prefix: TEXT}, {date: iso|written|any}, {map: {TEXT: TEXT}} (the whole text \
        looked up; absent when not listed), {words: {WORD: WORD}} (whole words replaced)); `op` — equal, not-equal, before, after, \
        not-before, not-after, within-days (with `days: N`); `report-at` — left (default) or right; `language-field` — \
        the field naming the language written dates are in (default `language`). `comparisons` — instead of one \
        comparison, a list of them (each with left, right, op, days, report-at and its own `message`), all under the \
        rule's id.
        Placeholders: {left}, {right}, {left-written}, {right-written} (each side before its transforms), {value} (the reported side), {expected} (the other side), {left-label}, \
        {right-label}, {op}, {days}.
        """

    enum Operator: String, CaseIterable, Sendable {
        case equal, notEqual = "not-equal", before, after, notBefore = "not-before", notAfter = "not-after", withinDays = "within-days"
    }

    /// One comparison; a rule holds one, or several under `comparisons` (one id, several checks).
    struct Comparison: Sendable {
        let left: Operand
        let right: Operand
        let op: Operator
        let days: Int
        let reportAtRight: Bool
        let message: MessageTemplate?
    }

    let comparisons: [Comparison]
    let language: LanguageSource

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> CompareCheck? {
        let language = LanguageSource.read(&options)
        guard let list = options.value("comparisons") else {
            guard let single = readComparison(&options, withMessage: false) else { return nil }
            return CompareCheck(comparisons: [single], language: language)
        }
        guard case let .sequence(items) = list.content, !items.isEmpty else {
            options.error(list.start, "`comparisons` must be a list of {left, right, op, …}")
            return nil
        }
        var comparisons: [Comparison] = []
        for item in items {
            guard var reader = NodeReader(item, file: options.file, sink: options.sink, what: "a comparison") else { continue }
            if let comparison = readComparison(&reader, withMessage: true) { comparisons.append(comparison) }
            reader.finish()
        }
        return comparisons.count == items.count ? CompareCheck(comparisons: comparisons, language: language) : nil
    }

    private static func readComparison(_ options: inout NodeReader, withMessage: Bool) -> Comparison? {
        let reader = options
        let left = options.value("left").flatMap { Operand.read($0, key: "left", reader: reader) }
        let right = options.value("right").flatMap { Operand.read($0, key: "right", reader: reader) }
        if !options.has("left") { options.error(options.mark, "missing required key `left`") }
        if !options.has("right") { options.error(options.mark, "missing required key `right`") }
        let opWord = options.choice("op", Operator.allCases.map(\.rawValue)) ?? "equal"
        let days = options.int("days") ?? 0
        let reportAt = options.choice("report-at", ["left", "right"]) ?? "left"
        let message = withMessage ? options.string("message").map(MessageTemplate.init) : nil
        guard let left, let right, let op = Operator(rawValue: opWord) else { return nil }
        if op == .withinDays, !options.has("days") { options.error(options.mark, "`op: within-days` needs `days`") }
        return Comparison(left: left, right: right, op: op, days: days, reportAtRight: reportAt == "right", message: message)
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        let language = language.language(context)
        for comparison in comparisons {
            guard let a = comparison.left.resolve(context, language: language, rule: rule),
                  let b = comparison.right.resolve(context, language: language, rule: rule),
                  let holds = comparison.evaluate(a, b), !holds else { continue }
            let (reported, other) = comparison.reportAtRight ? (b, a) : (a, b)
            context.emit(rule, "mismatch", line: reported.line, column: reported.column, endColumn: reported.endColumn, values: [
                "left": a.text, "right": b.text, "value": reported.text, "expected": other.text,
                "left-written": a.written, "right-written": b.written,
                "left-label": comparison.left.label, "right-label": comparison.right.label,
                "op": comparison.op.rawValue, "days": String(comparison.days),
            ], snippet: reported.text, message: comparison.message)
        }
    }
}

extension CompareCheck.Comparison {
    /// Whether the comparison holds; nil when it cannot be decided (an order on values that are not dates).
    func evaluate(_ a: Operand.Resolved, _ b: Operand.Resolved) -> Bool? {
        switch op {
        case .equal: return a.text == b.text
        case .notEqual: return a.text != b.text
        default: break
        }
        guard let x = a.date, let y = b.date else { return nil }
        switch op {
        case .before: return x < y
        case .after: return x > y
        case .notBefore: return x >= y
        case .notAfter: return x <= y
        case .withinDays: return abs(x.days(to: y)) <= days
        case .equal, .notEqual: return nil
        }
    }
}
