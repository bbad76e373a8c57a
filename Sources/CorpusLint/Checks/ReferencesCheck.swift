import YAML

/// `kind: references` — footnotes: every marker needs a definition of its label, and every
/// definition needs a marker. Dangling footnotes are a classic extraction defect: an indicator
/// glued to a word (`Destruction1`) whose footnote line was lost, or a wrapped footnote line that
/// became a definition of its own (`[^1994]:`).
///
/// Markers and definitions are collected in the body pass and resolved at the end, so a
/// definition may come pages after its use. Several patterns on each side are merged, so one rule
/// covers files that mix flattened and Markdown footnotes.
///
/// ```yaml
/// - id: footnote/references
///   kind: references
///   markers:
///     - pattern: '(?<=[a-z\)])([0-9]{1,2})(?=[\s,.;:]|$)'
///       outside-zone: footnotes
///     - pattern: '\[\^([0-9]+)\](?!:)'
///   definitions:
///     - pattern: '^([0-9]{1,3}) \S'
///       in-zone: footnotes
///     - pattern: '^\[\^([0-9]+)\]:'
///   numbered: true
/// ```
/// Outcomes: `undefined` (at the marker), `unreferenced` (at the definition), `numbering` (a
/// definition out of sequence with `numbered: true`, or a label defined twice).
struct ReferencesCheck: CheckKind {
    static let name = "references"
    static let outcomes = [
        (name: "undefined", message: "footnote {label} is referenced here but never defined"),
        (name: "unreferenced", message: "footnote {label} is defined here but never referenced"),
        (name: "numbering", message: "footnote {label} {problem}"),
    ]
    static let documentation = """
        Footnotes: every marker needs a definition of its label, and every definition needs a marker.
        Markers and definitions are gathered over the whole body, then matched, so a definition may
        come pages after its use; labels are compared as numbers (`[^3]` and a flattened `3` agree).
        Options:
          markers       required; a list of mappings, each with `pattern` (group 1, or the group named
                        `label`, is the label), optional line filters (in-zone, outside-zone, before, after)
                        and `weak: true` for a marker that only vouches for a definition and is never
                        reported as undefined (indicators that look like ordinary numbers: `Rights, 1 the`).
          definitions   required; a list in the same form; a `weak: true` definition (a line that may
                        be a footnote) satisfies markers but is never reported or numbered itself;
                        with `wraps: true`, a match right under a definition (a footnote wrapped
                        before `16 December 1966.`) opens one only with the label after that one.
          numbered      optional, default false; definitions must be numbered 1, 2, 3… in order.
          ordered       optional, default false; markers are numbered 1, 2, 3… in reading order. Markers
                        are then read against the label expected next, and an entry with
                        `candidate: true` (numbers that are only sometimes indicators: `203412`, the
                        year 2034 and indicator 12) counts only where it is that label, or one
                        after it when that one is defined.
        Outcomes: undefined (a marker without definition, at the marker), unreferenced (a definition
        no marker uses, at the definition), numbering (a definition out of sequence when `numbered`,
        or a label defined twice).
        Message placeholders: {label} (a number without leading zeros), {found} (the label as
        written), {expected} (numbering),
        {line} (numbering: the first definition of a duplicate, or the definition before one out of
        sequence), {problem} (numbering: what is wrong, in words).
        """

    /// One `markers` or `definitions` entry. A class, since the visitor reads every entry on
    /// every line: copying a value of three patterns took three retains and three releases.
    final class LabelPattern: Sendable {
        let pattern: Pattern
        let labelGroup: Int
        let filter: LineFilter
        /// A weak marker only vouches for a definition; it is never reported as undefined. For
        /// indicators that cannot be told from ordinary numbers (`Rights, 1 the`).
        let weak: Bool
        /// A candidate marker (with `ordered`): an indicator only where its label is the next
        /// one in reading order.
        let candidate: Bool
        /// A definition whose text may wrap onto the lines right under it: a match there whose
        /// label is not the next one (`16 December 1966.` under footnote 1) is that text.
        let wraps: Bool

        init(pattern: Pattern, labelGroup: Int, filter: LineFilter, weak: Bool, candidate: Bool, wraps: Bool = false) {
            self.pattern = pattern
            self.labelGroup = labelGroup
            self.filter = filter
            self.weak = weak
            self.candidate = candidate
            self.wraps = wraps
        }
    }

    let markers: [LabelPattern]
    let definitions: [LabelPattern]
    let numbered: Bool
    /// Labels run 1, 2, 3… in reading order: candidates are aligned against that count.
    let ordered: Bool

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> ReferencesCheck? {
        let markers = readPatterns("markers", &options, environment)
        let definitions = readPatterns("definitions", &options, environment)
        let numbered = options.bool("numbered") ?? false
        let ordered = options.bool("ordered") ?? false
        guard let markers, let definitions else { return nil }
        if !ordered, let candidate = markers.firstIndex(where: \.candidate), case let .sequence(items)? = options.value("markers")?.content {
            options.error(items[candidate].start, "a `candidate: true` marker needs `ordered: true` on the rule: a candidate only counts where it is the next label in reading order")
            return nil
        }
        return ReferencesCheck(markers: markers, definitions: definitions, numbered: numbered, ordered: ordered)
    }

    /// A required, non-empty list of `{pattern, in-zone…}` mappings; nil when anything is wrong.
    private static func readPatterns(_ key: String, _ options: inout NodeReader, _ environment: KindEnvironment) -> [LabelPattern]? {
        guard let list = options.value(key) else {
            options.error(options.mark, "missing required key `\(key)` (a list of `- pattern: '…'` entries whose group 1 is the footnote label)")
            return nil
        }
        guard case let .sequence(items) = list.content, !items.isEmpty else {
            options.error(list.start, "`\(key)` must be a non-empty list of entries like `- pattern: '…'`")
            return nil
        }
        var result: [LabelPattern] = []
        var valid = true
        for item in items {
            guard case .mapping = item.content,
                  var entry = NodeReader(item, file: options.file, sink: options.sink, what: "an entry of `\(key)`") else {
                options.error(item.start, "each entry of `\(key)` must be a mapping; write `- pattern: '…'`")
                valid = false
                continue
            }
            let pattern = entry.pattern("pattern", required: true)
            let filter = LineFilter.read(&entry, zones: environment.zones)
            let weak = entry.bool("weak") ?? false
            let candidate = key == "markers" ? entry.bool("candidate") ?? false : false
            let wraps = key == "definitions" ? entry.bool("wraps") ?? false : false
            if candidate, weak {
                entry.error(entry.value("candidate")!.start, "a marker is either `weak` or a `candidate`, not both")
                valid = false
            }
            entry.finish()
            guard let pattern else { valid = false; continue }
            guard let group = pattern.captureNames["label"] ?? (pattern.captureCount > 0 ? 1 : nil) else {
                entry.error(entry.value("pattern")!.start,
                            "the `pattern` of a `\(key)` entry needs a capture group for the label: `(…)` or `(?<label>…)`")
                valid = false
                continue
            }
            result.append(LabelPattern(pattern: pattern, labelGroup: group, filter: filter, weak: weak, candidate: candidate, wraps: wraps))
        }
        return valid ? result : nil
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? {
        Visitor(check: self, rule: rule)
    }

    /// Gathers the document's markers and definitions.
    /// `@exclusivity(unchecked)`: the gathering it lends `inout` never reaches the visitor.
    final class Visitor: LineVisitor {
        @exclusivity(unchecked) private var gathering: Gathering

        init(check: ReferencesCheck, rule: RuleInfo) {
            gathering = Gathering(check: check, rule: rule)
        }

        var index: FootnoteIndex { gathering.index }

        func visit(_ line: BodyLine, _ context: DocumentContext) { gathering.visit(line, context) }
    }

    /// The visitor's state as a value: each use of a class's stored property in the loops of a
    /// line (and in the closures PCRE2's matches are given) cost a dynamic exclusivity check,
    /// 5% of a run's instructions over all rules; a mutating method's accesses are checked when
    /// compiling, so the class pays one check a line.
    private struct Gathering {
        let check: ReferencesCheck
        let rule: RuleInfo
        var markerStates: [LineFilter.State]
        var definitionStates: [LineFilter.State]
        var index = FootnoteIndex()
        /// The last line of the definition being read (its first line and the lines right under
        /// it, up to a blank line), and the number it defines: for `wraps`.
        var definitionThrough: Int?
        var lastDefined = 0

        init(check: ReferencesCheck, rule: RuleInfo) {
            self.check = check
            self.rule = rule
            markerStates = Array(repeating: LineFilter.State(), count: check.markers.count)
            definitionStates = Array(repeating: LineFilter.State(), count: check.definitions.count)
        }

        mutating func visit(_ line: BodyLine, _ context: DocumentContext) {
            guard !line.isBlank, !index.isFull else { return }
            let underDefinition = definitionThrough == line.number - 1
            var defines = false
            // Definitions first: a marker pattern that also matches a definition's own label
            // (`[^1]` inside `[^1]:`) does not make the footnote referenced.
            for (slot, entry) in check.definitions.enumerated() where entry.filter.accepts(line, &definitionStates[slot], context, rule) {
                context.forEachMatch(entry.pattern, in: line.range, for: rule) { match in
                    guard let occurrence = Self.occurrence(match, entry, line, context) else { return true }
                    // A footnote wrapped before a number (`…adopted on` / `16 December 1966.`):
                    // right under a definition, only the next label opens one.
                    if entry.wraps, underDefinition, occurrence.label.number != lastDefined + 1 { return true }
                    guard index.claim(occurrence.labelRange, line: line.number) else { return true }
                    if entry.weak { index.addWeakDefinition(occurrence.label, line: line.number) } else { index.addDefinition(occurrence) }
                    defines = true
                    if let number = occurrence.label.number { lastDefined = number }
                    return !index.isFull
                }
            }
            definitionThrough = defines || underDefinition ? line.number : nil
            for (slot, entry) in check.markers.enumerated() where entry.filter.accepts(line, &markerStates[slot], context, rule) {
                if entry.weak || entry.candidate {
                    // A weak marker only vouches for its label, a candidate only holds its place
                    // in reading order: no match value.
                    context.forEachMatch(entry.pattern, in: line.range, group: entry.labelGroup, for: rule) { label in
                        guard let label else { return }
                        let value = FootnoteLabel(context.buffer[label])
                        if entry.weak {
                            index.addWeakLabel(value, line: line.number)
                            if check.ordered { index.addInOrder(value, offset: label.lowerBound, line: line.number, .weak) }
                        } else if index.claim(label, line: line.number) {
                            index.addInOrder(value, offset: label.lowerBound, line: line.number, .candidate)
                        }
                    }
                    continue
                }
                context.forEachMatch(entry.pattern, in: line.range, for: rule) { match in
                    guard let occurrence = Self.occurrence(match, entry, line, context),
                          index.claim(occurrence.labelRange, line: line.number) else { return true }
                    index.addMarker(occurrence)
                    if check.ordered { index.addInOrder(occurrence.label, offset: occurrence.labelRange.lowerBound, line: line.number, .strong) }
                    return !index.isFull
                }
            }
        }

        private static func occurrence(_ match: RegexMatch, _ entry: LabelPattern, _ line: BodyLine, _ context: DocumentContext) -> FootnoteOccurrence? {
            guard let range = match[capture: entry.labelGroup] else { return nil }
            return FootnoteOccurrence(label: FootnoteLabel(context.buffer[range]), line: line.number,
                                      lineStart: line.range.lowerBound, labelRange: range, match: match.range)
        }
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        guard let index = (visitor as? Visitor)?.index else { return }
        if let line = index.fullAt {
            context.reportLimit(rule, line: line, message: "rule \(rule.id) stopped reading footnotes here, after \(FootnoteIndex.maxOccurrences) "
                                + "markers and definitions; the rest of the file is not checked for footnotes")
        }
        for finding in index.findings(numbered: numbered) {
            switch finding {
            // With the index full, a marker's definition or a definition's marker may be in the
            // part not read: only what the definitions read show among themselves is certain.
            case let .undefined(marker):
                if !index.isFull { emit(context, rule, "undefined", index.markers[marker], [:]) }
            case let .unreferenced(definition):
                if !index.isFull { emit(context, rule, "unreferenced", index.definitions[definition], [:]) }
            case let .duplicate(definition, first):
                let line = String(index.definitions[first].line)
                emit(context, rule, "numbering", index.definitions[definition],
                     ["line": line, "problem": "is defined again (first defined at line \(line))"])
            case let .outOfSequence(definition, expected, previous):
                var values = ["expected": String(expected), "problem": "is out of sequence: expected \(expected)"]
                if let previous { values["line"] = String(index.definitions[previous].line) }
                emit(context, rule, "numbering", index.definitions[definition], values)
            }
        }
    }

    private func emit(_ context: DocumentContext, _ rule: RuleInfo, _ outcome: String, _ occurrence: FootnoteOccurrence,
                      _ extra: [String: String]) {
        let found = context.text(occurrence.labelRange)
        var values = extra
        values["label"] = occurrence.label.number.map(String.init) ?? found
        values["found"] = found
        context.emit(rule, outcome, line: occurrence.line,
                     column: context.column(ofByte: occurrence.labelRange.lowerBound, lineStart: occurrence.lineStart),
                     endColumn: context.column(ofByte: occurrence.labelRange.upperBound, lineStart: occurrence.lineStart),
                     values: values, snippet: context.text(occurrence.match))
    }
}
