/// `kind: forbid` — a pattern that must not appear: mojibake, control characters, page
/// furniture an extractor left in the body. Each match is a finding at its line and column.
///
/// ```yaml
/// - id: core/mojibake
///   kind: forbid
///   pattern: 'â€[™œ\x{9D}“”]|Ã[©¨ ]'
///   message: "mojibake `{match}`: UTF-8 text decoded as Windows-1252"
/// ```
struct ForbidCheck: CheckKind {
    static let name = "forbid"
    static let outcomes = [(name: "found", message: "`{match}` must not appear here")]
    static let documentation = """
        Reports every match of a pattern. Options: `pattern` (or `patterns`, a list); `scope` — body (default), \
        front-matter or all; `max-per-document` — report at most this many matches per document (default 100); the \
        line filters `in-zone`, `outside-zone`, `before`, `after` (body lines). Placeholders: {match}, {code} (the first\n        character's code point, hex), and each named \
        capture group by name.
        """

    let patterns: [Pattern]
    let scope: String
    let limit: Int
    let filter: LineFilter

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> ForbidCheck? {
        guard let patterns = PatternList.read(&options) else { return nil }
        let scope = options.choice("scope", ["body", "front-matter", "all"]) ?? "body"
        let limit = options.int("max-per-document") ?? 100
        let filter = LineFilter.read(&options, zones: environment.zones)
        return ForbidCheck(patterns: patterns, scope: scope, limit: limit, filter: filter)
    }

    final class Visitor: LineVisitor {
        let check: ForbidCheck
        let rule: RuleInfo
        var state = LineFilter.State()
        var reported = 0

        init(_ check: ForbidCheck, _ rule: RuleInfo) {
            self.check = check
            self.rule = rule
        }

        func visit(_ line: BodyLine, _ context: DocumentContext) {
            guard reported < check.limit, !line.isBlank, check.filter.accepts(line, &state, context, rule) else { return }
            check.report(line.number, line.range, context, rule, &reported)
        }
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? {
        scope == "front-matter" ? nil : Visitor(self, rule)
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        guard scope != "body" else { return }
        let document = context.document
        var reported = (visitor as? Visitor)?.reported ?? 0
        for number in 1..<min(document.bodyStartLine, document.lines.count + 1) {
            report(number, document.lines.range(ofLine: number), context, rule, &reported)
        }
    }

    private func report(_ number: Int, _ range: Range<Int>, _ context: DocumentContext, _ rule: RuleInfo, _ reported: inout Int) {
        for pattern in patterns {
            for match in context.allMatches(pattern, in: range, for: rule) where reported < limit {
                reported += 1
                let text = context.text(match.range)
                let code = String(text.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
                var values = ["match": text, "code": String(repeating: "0", count: max(0, 4 - code.count)) + code]
                for (name, index) in pattern.captureNames { values[name] = match.captures[index].map(context.text) ?? "" }
                context.emit(rule, "found", line: number, column: context.column(ofByte: match.range.lowerBound, lineStart: range.lowerBound),
                             endColumn: context.column(ofByte: match.range.upperBound, lineStart: range.lowerBound),
                             values: values, snippet: values["match"])
            }
        }
    }
}

/// `pattern: X` or `patterns: [X, Y]`.
enum PatternList {
    static func read(_ options: inout NodeReader) -> [Pattern]? {
        var patterns: [Pattern] = []
        if let single = options.pattern("pattern") { patterns.append(single) }
        if let list = options.value("patterns") {
            let reader = options
            if case let .sequence(items) = list.content {
                for item in items {
                    guard let source = item.scalarValue else { reader.error(item.start, "`patterns` lists regular expressions"); continue }
                    if let pattern = NodeReader.compile(source, at: item, key: "patterns", reader: reader) { patterns.append(pattern) }
                }
            } else {
                reader.error(list.start, "`patterns` must be a list of regular expressions")
            }
        }
        if patterns.isEmpty, !options.has("pattern"), !options.has("patterns") {
            options.error(options.mark, "missing required key `pattern` (or `patterns`)")
        }
        return patterns.isEmpty ? nil : patterns
    }
}
