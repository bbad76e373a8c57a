#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAML

/// `kind: headings` — Markdown headings as the document's structure: one level-1 heading, no
/// level skipped on the way down (`##` then `####`), and each level's text in the form the
/// corpus uses (`## § 1 …` in a statute). ATX headings (`#` … `######`) are read; lines in
/// fenced code blocks are not headings.
///
/// ```yaml
/// - id: law/headings
///   kind: headings
///   one-h1: true
///   levels:
///     2: '^(?:§|Art)\.? [0-9]+[a-z]?\b|^(?:Eingangsformel|Schlussformel|Anlage)'
/// ```
struct HeadingsCheck: CheckKind {
    static let name = "headings"
    static let outcomes = [
        (name: "h1", message: "{problem}"),
        (name: "skipped-level", message: "heading level {found} after level {previous}: level {expected} is skipped"),
        (name: "pattern", message: "level-{level} heading `{text}` does not match `{pattern}`"),
    ]
    static let documentation = """
        Markdown headings as structure. Options: `one-h1` — exactly one level-1 heading (default true; the \
        finding is at the second one, or at the front matter's end when there is none); `no-skipped-levels` — a \
        heading is at most one level below the one before it (default true); `levels` — a mapping of level (1–6) to \
        a regex the heading's text must match; the line filters (`in-zone`, `outside-zone`, `before`, `after`, \
        `first-lines`). ATX headings only (`## Title`, closing `#`s dropped); fenced code is skipped.
        Outcomes: h1, skipped-level, pattern. Placeholders: {problem}, {found}, {previous}, {expected}, {level}, \
        {text}, {pattern}.
        """

    let oneH1: Bool
    let noSkippedLevels: Bool
    let patterns: [Int: Pattern]
    let filter: LineFilter

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> HeadingsCheck? {
        let oneH1 = options.bool("one-h1") ?? true
        let noSkipped = options.bool("no-skipped-levels") ?? true
        var patterns: [Int: Pattern] = [:]
        if let levels = options.value("levels") {
            guard let pairs = levels.pairs else {
                options.error(levels.start, "`levels` must map heading levels (1–6) to patterns")
                return nil
            }
            for pair in pairs {
                guard let text = pair.key.scalarValue, let level = Int(text), (1...6).contains(level) else {
                    options.error(pair.key.start, "a heading level is 1 to 6, not `\(pair.key.scalarValue ?? "")`")
                    continue
                }
                if let source = pair.value.scalarValue, let pattern = NodeReader.compile(source, at: pair.value, key: "levels", reader: options) {
                    patterns[level] = pattern
                }
            }
        }
        let filter = LineFilter.read(&options, zones: environment.zones)
        return HeadingsCheck(oneH1: oneH1, noSkippedLevels: noSkipped, patterns: patterns, filter: filter)
    }

    final class Visitor: LineVisitor {
        let check: HeadingsCheck
        let rule: RuleInfo
        var state = LineFilter.State()
        var fence = MarkdownFence()
        var previousLevel: Int?
        var h1Count = 0

        init(_ check: HeadingsCheck, _ rule: RuleInfo) {
            self.check = check
            self.rule = rule
        }

        var isFinished: Bool { check.filter.isExhausted(state) }

        func visit(_ line: BodyLine, _ context: DocumentContext) {
            guard !fence.step(context.buffer, line.range), check.filter.accepts(line, &state, context, rule),
                  let (level, text) = HeadingsCheck.heading(context.text(of: line)) else { return }
            if level == 1 {
                h1Count += 1
                if check.oneH1, h1Count == 2 {
                    context.emit(rule, "h1", line: line.number, values: ["problem": "a second level-1 heading: a document has one title"])
                }
            }
            if check.noSkippedLevels, let previous = previousLevel, level > previous + 1 {
                context.emit(rule, "skipped-level", line: line.number, values: [
                    "found": String(level), "previous": String(previous), "expected": String(previous + 1),
                ])
            }
            if let pattern = check.patterns[level], !context.matches(pattern, text) {
                context.emit(rule, "pattern", line: line.number, values: ["level": String(level), "text": text, "pattern": pattern.source])
            }
            previousLevel = level
        }
    }

    /// The level and text of an ATX heading: up to three spaces, 1–6 `#`, a space (or nothing), the text.
    static func heading(_ line: String) -> (Int, String)? {
        var rest = line[...]
        var indent = 0
        while rest.first == " ", indent < 3 { rest = rest.dropFirst(); indent += 1 }
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        rest = rest.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpaces()
        // A closing sequence of `#`s after a space is not part of the text.
        if let last = text.lastIndex(where: { $0 != "#" }), text[last] == " " || text[last] == "\t" {
            text = text[...last].trimmingSpaces()
        } else if text.allSatisfy({ $0 == "#" }) {
            text = ""
        }
        return (hashes, text)
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? { Visitor(self, rule) }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        guard oneH1, let visitor = visitor as? Visitor, visitor.h1Count == 0, context.document.frontMatter != nil || context.document.lines.count > 0 else { return }
        context.emit(rule, "h1", line: context.document.frontMatterClosingLine ?? 1,
                     values: ["problem": "no level-1 heading: the document has no title"])
    }
}
