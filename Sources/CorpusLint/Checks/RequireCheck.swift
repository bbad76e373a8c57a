/// `kind: require` — a pattern that must appear at least once in the body (or in a part of it):
/// a masthead line, any text at all after the front matter.
///
/// ```yaml
/// - id: core/empty-body
///   kind: require
///   pattern: '\S'
///   message: the document has no text after its front matter
/// ```
struct RequireCheck: CheckKind {
    static let name = "require"
    static let outcomes = [(name: "missing", message: "no line matches `{pattern}`")]
    static let documentation = """
        Reports a document in which a pattern never matches. Options: `pattern` (or `patterns`: every one must \
        appear); `report-at` — front-matter-end (default: the closing `---`, or line 1), body-start, or first-line; \
        the line filters `in-zone`, `outside-zone`, `before`, `after`. Placeholders: {pattern}.
        """

    let patterns: [Pattern]
    let reportAt: String
    let filter: LineFilter

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> RequireCheck? {
        let patterns = PatternSet.read(&options)?.patterns
        let reportAt = options.choice("report-at", ["front-matter-end", "body-start", "first-line"]) ?? "front-matter-end"
        let filter = LineFilter.read(&options, zones: environment.zones)
        guard let patterns else { return nil }
        return RequireCheck(patterns: patterns, reportAt: reportAt, filter: filter)
    }

    final class Visitor: LineVisitor {
        let check: RequireCheck
        let rule: RuleInfo
        var state = LineFilter.State()
        var seen: [Bool]

        /// A required pattern may match a blank line (`^$`).
        var readsBlankLines: Bool { true }

        var isFinished: Bool { !seen.contains(false) || check.filter.isExhausted(state) }

        init(_ check: RequireCheck, _ rule: RuleInfo) {
            self.check = check
            self.rule = rule
            seen = Array(repeating: false, count: check.patterns.count)
        }

        func visit(_ line: BodyLine, _ context: DocumentContext) {
            guard check.filter.accepts(line, &state, context, rule) else { return }
            for (index, pattern) in check.patterns.enumerated() where !seen[index] {
                if context.matches(pattern, in: line.range, for: rule) { seen[index] = true }
            }
        }
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? { Visitor(self, rule) }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        let seen = (visitor as? Visitor)?.seen ?? Array(repeating: false, count: patterns.count)
        let document = context.document
        let line: Int
        switch reportAt {
        case "body-start": line = min(document.bodyStartLine, max(document.lines.count, 1))
        case "first-line": line = 1
        default: line = document.frontMatterClosingLine ?? 1
        }
        for (index, pattern) in patterns.enumerated() where !seen[index] {
            context.emit(rule, "missing", line: line, values: ["pattern": pattern.source])
        }
    }
}
