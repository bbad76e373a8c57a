import YAML

/// `kind: sequence` — checks that numbered items count 1, 2, 3… with nothing missing, repeated
/// or out of order, on one or more nested levels (paragraphs 1., 2.; subparagraphs (a), (b);
/// sub-subparagraphs (i), (ii)). A lost or doubled number is the most visible sign that an
/// extraction dropped or duplicated text.
///
/// ```yaml
/// - id: numbering/paragraphs
///   kind: sequence
///   levels:                        # outermost first; an item resets the counts below it
///     - pattern: '^([0-9]+)\.\s'    # group 1, or a group named `label`, is the label
///       labels: arabic             # arabic | alpha | roman
///     - pattern: '^\(([a-z]{1,2})\)\s'
///       labels: alpha
///     - pattern: '^\(([ivxlc]+)\)\s'
///       labels: roman
///   restart: '^Annex$'             # optional: every count starts again at such a line
///   outside-zone: footnotes
/// ```
/// Outcomes: `gap` (1, 2, 4), `duplicate` (1, 2, 2), `out-of-order` (1, 2, 4, 3: a gap at 4,
/// then 3 out of order). A line whose label fits several levels, like `(i)`, goes to the level
/// where it is the next label, preferring a count in progress; `(h)`, `(i)` stays alpha while
/// `(a)`, `(i)` opens a roman level.
struct SequenceCheck: CheckKind {
    static let name = "sequence"
    static let outcomes = [
        (name: "gap", message: "item {found} follows {previous}: missing {missing}"),
        (name: "duplicate", message: "item {found} is repeated: expected {expected}"),
        (name: "out-of-order", message: "item {found} is out of order after {previous}: expected {expected}"),
    ]
    static let documentation = """
        Checks that numbered items count 1, 2, 3… on one or more nested levels: nothing missing
        (gap), nothing repeated (duplicate), nothing out of order (out-of-order).
        Options:
          levels      the levels, outermost first; each a mapping with
                        pattern  a regular expression matching an item; group 1, or a group
                                 named `label`, captures its label
                        labels   arabic (1, 2…), alpha (a, b, … z, aa, bb…) or roman (i, ii…)
                        start    the first label's value (default: the rule's `start`)
                      An item resets the counts of every level below it.
          pattern, labels
                      instead of `levels`, for a single level
          restart     a regular expression: a line matching it lets every count start again; when the
                      next item does not start at the first label, the count before it goes on
                      (sections of a declaration that carry on the numbering)
          start       the first label's value, 1 unless set (a, i for alpha and roman)
          in-zone, outside-zone, before, after
                      which lines are read (see `corpuslint explain` for zones)
        A line matching several levels (`(i)` is alpha and roman) goes to the level where its
        label is the next one, preferring a count in progress over opening a new one; failing
        that, to the level whose expected label is nearest. Labels that are not well formed
        (`ab` as alpha, `iiii` as roman) are not items.
        After a gap counting goes on from the label found; after a duplicate or an item out of
        order it still expects the same label. An item other than `start` first is a gap.
        Message placeholders: {found} (the label as written), {expected}, {previous} (the item
        before, or "the start of the list"), {missing} (a gap's missing labels: "3", "3 and 4",
        "3 to 6"), {level} (1 for the outermost).
        """

    /// One level of numbering: how its items are found and labelled.
    struct Level: Sendable {
        let pattern: Pattern
        let labelGroup: Int
        let labels: SequenceLabels
        let start: Int
    }

    let levels: [Level]
    let restart: Pattern?
    let filter: LineFilter

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> SequenceCheck? {
        var start = 1
        if let value = options.int("start") {
            if value >= 0 { start = value } else { options.error(options.value("start")!.start, "`start` must be 0 or more") }
        }
        // nil entries stand for levels with mistakes, already recorded.
        var levels: [Level?] = []
        if let list = options.value("levels") {
            for key in ["pattern", "labels"] where options.has(key) {
                options.error(options.value(key)!.start, "`\(key)` is for a single level; with `levels`, give each level its own `\(key)`")
            }
            if case let .sequence(items) = list.content, !items.isEmpty {
                for item in items {
                    guard var reader = NodeReader(item, file: options.file, sink: options.sink, what: "a level of `levels`") else {
                        levels.append(nil)
                        continue
                    }
                    levels.append(readLevel(&reader, start: start, ownStart: true))
                    reader.finish()
                }
            } else {
                options.error(list.start, "`levels` must be a list of mappings, each with `pattern` and `labels`")
                levels.append(nil)
            }
        } else if options.has("pattern") || options.has("labels") {
            levels.append(readLevel(&options, start: start, ownStart: false))
        } else {
            options.error(options.mark, "missing required key `levels` (or `pattern` and `labels` for a single level)")
        }
        let restart = options.pattern("restart")
        let filter = LineFilter.read(&options, zones: environment.zones)
        guard !levels.isEmpty, levels.allSatisfy({ $0 != nil }) else { return nil }
        return SequenceCheck(levels: levels.compactMap { $0 }, restart: restart, filter: filter)
    }

    private static func readLevel(_ reader: inout NodeReader, start: Int, ownStart: Bool) -> Level? {
        let pattern = reader.pattern("pattern", required: true)
        let labelsGiven = reader.has("labels")
        let labels = reader.choice("labels", SequenceLabels.allCases.map(\.rawValue)).flatMap(SequenceLabels.init(rawValue:))
        if !labelsGiven {
            reader.error(reader.mark, "missing required key `labels` (arabic, alpha or roman)")
        }
        var first = start
        if ownStart, let value = reader.int("start") {
            if value >= 0 { first = value } else { reader.error(reader.value("start")!.start, "`start` must be 0 or more") }
        }
        guard let pattern, let labels else { return nil }
        guard let group = pattern.captureNames["label"] ?? (pattern.captureCount >= 1 ? 1 : nil) else {
            reader.error(reader.value("pattern")!.start, "`pattern` must capture the item's label, as group 1 or as a group named `label`")
            return nil
        }
        if labels != .arabic, first < 1 {
            reader.error((reader.node["start"] ?? reader.value("pattern")!).start, "\(labels.rawValue) labels start at 1 or more, not \(first)")
            return nil
        }
        return Level(pattern: pattern, labelGroup: group, labels: labels, start: first)
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? {
        Visitor(self, rule: rule)
    }

    /// The counts of one document, one per level.
    final class Visitor: LineVisitor {
        private let check: SequenceCheck
        private let rule: RuleInfo
        private var filterState = LineFilter.State()
        private var counts: [Count]
        /// The counts as they were before the last restart line: a section heading may start
        /// its paragraphs again at 1 or carry on the count (declarations), and the first item
        /// after it tells which.
        private var beforeRestart: [Count]?

        struct Count {
            var expected: Int
            /// The item before, as its value and its case; nil at the start of a count.
            var previous: SequenceLabels.Label?
            var seen: Set<Int> = []
        }

        /// A level a line's label could belong to, and how well it fits there (lower is better).
        struct Candidate {
            var level: Int
            var label: SequenceLabels.Label
            var range: Range<Int>
            var rank: (Int, Int, Int, Int)
        }

        init(_ check: SequenceCheck, rule: RuleInfo) {
            self.check = check
            self.rule = rule
            counts = check.levels.map { Count(expected: $0.start) }
        }

        func visit(_ line: BodyLine, _ context: DocumentContext) {
            guard !line.isBlank, check.filter.accepts(line, &filterState, context, rule) else { return }
            if let restart = check.restart, context.matches(restart, in: line.range, for: rule) {
                beforeRestart = counts
                reset(below: -1)
            }
            var best: Candidate?
            for (index, level) in check.levels.enumerated() {
                guard let match = context.firstMatch(level.pattern, in: line.range, for: rule),
                      let range = match[capture: level.labelGroup],
                      let label = level.labels.parse(context.buffer, range)
                else { continue }
                let candidate = Candidate(level: index, label: label, range: range, rank: rank(label.value, at: index))
                if best == nil || candidate.rank < best!.rank { best = candidate }
            }
            if let best { count(best, line, context) }
        }

        /// Exact continuations first (the deepest, since a count in progress below another is
        /// the one being written), then exact starts of a new count (the shallowest), then the
        /// level whose expected label is nearest.
        private func rank(_ value: Int, at level: Int) -> (Int, Int, Int, Int) {
            let count = counts[level]
            let inProgress = count.previous != nil
            if value == count.expected { return inProgress ? (0, -level, 0, 0) : (1, level, 0, 0) }
            return (2, abs(value - count.expected), inProgress ? 0 : 1, level)
        }

        private func count(_ item: Candidate, _ line: BodyLine, _ context: DocumentContext) {
            let labels = check.levels[item.level].labels
            let value = item.label.value
            if let saved = beforeRestart {
                beforeRestart = nil
                if counts[item.level].previous == nil, value != counts[item.level].expected, saved[item.level].previous != nil {
                    counts = saved
                }
            }
            var count = counts[item.level]
            var outcome: String?
            if value > count.expected {
                outcome = "gap"
            } else if value < count.expected {
                outcome = count.seen.contains(value) ? "duplicate" : "out-of-order"
            }
            if let outcome {
                let upper = item.label.uppercase
                let column = context.column(ofByte: item.range.lowerBound, lineStart: line.range.lowerBound)
                let endColumn = column + context.column(ofByte: item.range.upperBound, lineStart: item.range.lowerBound) - 1
                var values = [
                    "found": context.text(item.range),
                    "expected": labels.render(count.expected, uppercase: upper),
                    "previous": count.previous.map { labels.render($0.value, uppercase: $0.uppercase) } ?? "the start of the list",
                    "level": String(item.level + 1),
                ]
                if outcome == "gap" { values["missing"] = labels.renderMissing(from: count.expected, to: value - 1, uppercase: upper) }
                context.emit(rule, outcome, line: line.number, column: column, endColumn: endColumn, values: values)
            }
            if value >= count.expected { count.expected = value + 1 }
            count.previous = item.label
            count.seen.insert(value)
            counts[item.level] = count
            reset(below: item.level)
        }

        /// Starts every count below `level` again (-1: every count).
        private func reset(below level: Int) {
            for index in (level + 1)..<counts.count where counts[index].previous != nil {
                counts[index].expected = check.levels[index].start
                counts[index].previous = nil
                counts[index].seen.removeAll(keepingCapacity: true)
            }
        }
    }
}
