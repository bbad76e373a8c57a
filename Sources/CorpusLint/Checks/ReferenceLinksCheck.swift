#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kind: reference-links` — Markdown reference links and their definitions: every
/// `[text][label]`, `[label][]` (and, optionally, `[label]`) has a definition `[label]: URL`,
/// and every definition is used. Labels match without regard to case or runs of spaces, as
/// Markdown renders them. Footnotes (`[^1]`), fenced code and code spans are left alone.
///
/// ```yaml
/// - id: links/reference
///   kind: reference-links
///   shortcut: false
/// ```
struct ReferenceLinksCheck: CheckKind {
    static let name = "reference-links"
    static let outcomes = [
        (name: "undefined", message: "reference link `[{label}]` has no definition"),
        (name: "unused", message: "link definition `[{label}]` is never used"),
        (name: "duplicate", message: "link definition `[{label}]` is already given on line {first}"),
    ]
    static let documentation = """
        Markdown reference links and their definitions. Options: `shortcut` — also count `[label]` alone as a use \
        (default true; it is then a use only when a definition exists, since a bracketed word is often plain text); \
        the line filters. Labels are compared case-insensitively, runs of spaces as one; `[^…]` footnotes, fenced \
        code and code spans are skipped.
        Outcomes: undefined (a full or collapsed reference without definition), unused (a definition no link \
        uses), duplicate (a label defined twice; the first wins, as in Markdown). Placeholders: {label}, {first}.
        """

    let shortcut: Bool
    let filter: LineFilter

    static let definition = try! Pattern(#"^ {0,3}\[(?!\^)(?<label>(?:[^\]\\]|\\.){1,999})\]:\s*\S"#)
    static let use = try! Pattern(#"(?<!\\)(?<!\])\[(?!\^)(?<text>(?:[^\]\\]|\\.)*)\](?:\[(?<label>(?:[^\]\\]|\\.)*)\]|(?![(:]))"#)

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> ReferenceLinksCheck? {
        let shortcut = options.bool("shortcut") ?? true
        return ReferenceLinksCheck(shortcut: shortcut, filter: LineFilter.read(&options, zones: environment.zones))
    }

    /// Case-folded, spaces collapsed: how Markdown matches labels.
    static func normalize(_ label: Substring) -> String {
        TextScalars.collapsingSpaces(String(label)).lowercased()
    }

    struct Use {
        var label: String
        var shown: String
        var line: Int
        var column: Int
        var isShortcut: Bool
    }

    final class Visitor: LineVisitor {
        let check: ReferenceLinksCheck
        let rule: RuleInfo
        var state = LineFilter.State()
        var fence = MarkdownFence()
        var definitions: [String: (line: Int, column: Int, shown: String)] = [:]
        var uses: [Use] = []

        init(_ check: ReferenceLinksCheck, _ rule: RuleInfo) {
            self.check = check
            self.rule = rule
        }

        func visit(_ line: BodyLine, _ context: DocumentContext) {
            guard !fence.step(context.buffer, line.range), check.filter.accepts(line, &state, context, rule) else { return }
            if let match = context.firstMatch(ReferenceLinksCheck.definition, in: line.range, for: rule),
               let range = match[capture: ReferenceLinksCheck.definition.captureNames["label"]!] {
                let shown = context.text(range)
                let label = ReferenceLinksCheck.normalize(shown[...])
                // At the opening bracket, just before the label.
                let column = context.column(ofByte: range.lowerBound, lineStart: line.range.lowerBound) - 1
                if let first = definitions[label] {
                    context.emit(rule, "duplicate", line: line.number, column: column, values: ["label": shown, "first": String(first.line)])
                } else {
                    definitions[label] = (line.number, column, shown)
                }
                return
            }
            let spans = MarkdownCodeSpans.ranges(context.buffer, line.range)
            let pattern = ReferenceLinksCheck.use
            let textGroup = pattern.captureNames["text"]!, labelGroup = pattern.captureNames["label"]!
            context.forEachMatch(pattern, in: line.range, for: rule) { match in
                if MarkdownCodeSpans.overlaps(match.range, spans) { return true }
                let text = match[capture: textGroup].map(context.text) ?? ""
                let explicit = match[capture: labelGroup].map(context.text)
                let shown = explicit.flatMap { $0.isEmpty ? nil : $0 } ?? text
                guard !shown.trimmingSpaces().isEmpty else { return true }
                uses.append(Use(label: ReferenceLinksCheck.normalize(shown[...]), shown: shown, line: line.number,
                                column: context.column(ofByte: match.range.lowerBound, lineStart: line.range.lowerBound),
                                isShortcut: explicit == nil))
                return true
            }
        }
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? { Visitor(self, rule) }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        guard let visitor = visitor as? Visitor else { return }
        var used = Set<String>()
        for use in visitor.uses {
            if visitor.definitions[use.label] != nil {
                if !use.isShortcut || shortcut { used.insert(use.label) }
            } else if !use.isShortcut {
                context.emit(rule, "undefined", line: use.line, column: use.column, values: ["label": use.shown])
            }
        }
        for (label, definition) in visitor.definitions.sorted(by: { $0.value.line < $1.value.line }) where !used.contains(label) {
            context.emit(rule, "unused", line: definition.line, column: max(1, definition.column), values: ["label": definition.shown])
        }
    }
}
