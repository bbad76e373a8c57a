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
///   restart: ['^Annex$', '^Article [0-9]+$']  # optional: headings that open a new count
///   nested-after: ':\s*$'         # optional: `7. … are:` may hold a nested list 1.–5.
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
        (name: "unlabelled", message: "{count} items of the list opened at line {line} have no label: the labels were lost"),
    ]
    static let documentation = """
        Checks that numbered items count 1, 2, 3… on one or more nested levels: nothing missing
        (gap), nothing repeated (duplicate), nothing out of order (out-of-order).
        Options:
          levels      the levels, outermost first; each a mapping with
                        pattern  a regular expression matching an item; group 1, or a group
                                 named `label`, captures its label; a group named `last`
                                 ends a range (`§§ 21 bis 23` covers 21 to 23)
                        labels   arabic (1, 2…), alpha (a, b, … z, aa, bb…; also Cyrillic а, б,
                                 в… and Arabic أ, ب, ج… in their alphabet's order) or roman
                        start    the first label's value (default: the rule's `start`)
                        inserted arabic only: `9a`, `9 bis` are items inserted after 9
                        inline   a regular expression finding this level's labels inside a
                                 line: a gap made only of labels seen so is no gap
                      An item resets the counts of every level below it.
          pattern, labels
                      instead of `levels`, for a single level
          restart     a regular expression, or a list of them: headings that open a new count;
                      when the next item does not start at the first label, the count before it
                      goes on (sections of a declaration that carry on the numbering), and when
                      it is a deeper item the outer counts go on
          nested-after
                      a regular expression, or a list: after a matching line (`…:`), the next
                      item, when at its level's first label, opens a list nested in the item
                      before (lines that are no item may come between); the outer count resumes
                      at its next label
          start       the first label's value, 1 unless set (a, i for alpha and roman)
          unlabelled  (in a level) how an item of the level reads without its label: two or
                      more such lines after a `nested-after` line, before any item, are reported
                      once as a list that lost its labels (outcome unlabelled)
          in-zone, outside-zone, before, after
                      which lines are read (see `corpuslint explain` for zones)
        A line matching several levels (`(i)` is alpha and roman) goes to the level where its
        label is the next one, preferring a count in progress over opening a new one; failing
        that, to the level whose expected label is nearest. Labels that are not well formed
        (`ab` as alpha, `iiii` as roman) are not items.
        After a gap counting goes on from the label found; after a duplicate or an item out of
        order it still expects the same label. An item other than `start` first is a gap.
        Message placeholders (unlabelled: {count} item lines, {line} the line opening the list): {found} (the label as written), {expected}, {previous} (the item
        before, or "the start of the list"), {missing} (a gap's missing labels: "3", "3 and 4",
        "3 to 6"), {level} (1 for the outermost).
        """

    /// One level of numbering: how its items are found and labelled. A class, since the counter
    /// reads the levels on every line: copying a value of three patterns took three retains and
    /// three releases each time.
    final class Level: Sendable {
        let pattern: Pattern
        let labelGroup: Int
        /// The group named `last`: the end of a range of items (`§§ 21 bis 23`).
        let lastGroup: Int?
        let labels: SequenceLabels
        let start: Int
        /// Labels may carry an inserted item's suffix (`9a`, `9 bis`).
        let inserted: Bool
        /// Labels written inside a line (`… to (a) convene and (b) report`): a gap made only of
        /// labels seen that way is a list wrapped mid-line, not a lost item.
        let inline: Pattern?
        /// How an item of this level reads once its label is lost (`^\p{Lu}.*;$`): such lines
        /// right after a line that opens a list, with no labelled item, are a list that lost
        /// its labels.
        let unlabelled: Pattern?

        init(pattern: Pattern, labelGroup: Int, lastGroup: Int?, labels: SequenceLabels, start: Int, inserted: Bool, inline: Pattern?,
             unlabelled: Pattern?) {
            self.pattern = pattern
            self.labelGroup = labelGroup
            self.lastGroup = lastGroup
            self.labels = labels
            self.start = start
            self.inserted = inserted
            self.inline = inline
            self.unlabelled = unlabelled
        }
    }

    let levels: [Level]
    let restart: Pattern?
    /// A line after which a level may open a list nested in the item before (`7. … are:` then
    /// `1.`–`5.`), the outer count resuming afterwards.
    let nestedAfter: Pattern?
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
        let restart = alternation("restart", &options)
        let nestedAfter = alternation("nested-after", &options)
        let filter = LineFilter.read(&options, zones: environment.zones)
        guard !levels.isEmpty, levels.allSatisfy({ $0 != nil }) else { return nil }
        return SequenceCheck(levels: levels.compactMap { $0 }, restart: restart, nestedAfter: nestedAfter, filter: filter)
    }

    /// A regular expression, or a list of them (one per language, say) joined into one.
    private static func alternation(_ key: String, _ options: inout NodeReader) -> Pattern? {
        guard let node = options.value(key) else { return nil }
        guard case let .sequence(items) = node.content else { return options.pattern(key) }
        var sources: [String] = []
        for item in items {
            guard let source = item.scalarValue else {
                options.error(item.start, "`\(key)` must be a regular expression or a list of them")
                return nil
            }
            guard NodeReader.compile(source, at: item, key: key, reader: options) != nil else { return nil }
            sources.append("(?:" + source + ")")
        }
        guard !sources.isEmpty else {
            options.error(node.start, "`\(key)` must not be an empty list")
            return nil
        }
        return NodeReader.compile(sources.joined(separator: "|"), at: node, key: key, reader: options)
    }

    private static func readLevel(_ reader: inout NodeReader, start: Int, ownStart: Bool) -> Level? {
        let pattern = reader.pattern("pattern", required: true)
        let labelsGiven = reader.has("labels")
        let labels = reader.choice("labels", SequenceLabels.allCases.map(\.rawValue)).flatMap(SequenceLabels.init(rawValue:))
        if !labelsGiven {
            reader.error(reader.mark, "missing required key `labels` (arabic, alpha or roman)")
        }
        let inserted = reader.bool("inserted") ?? false
        let inline = reader.pattern("inline")
        let unlabelled = reader.pattern("unlabelled")
        var first = start
        if ownStart, let value = reader.int("start") {
            if value >= 0 { first = value } else { reader.error(reader.value("start")!.start, "`start` must be 0 or more") }
        }
        guard let pattern, let labels else { return nil }
        guard let group = pattern.captureNames["label"] ?? (pattern.captureCount >= 1 ? 1 : nil) else {
            reader.error(reader.value("pattern")!.start, "`pattern` must capture the item's label, as group 1 or as a group named `label`")
            return nil
        }
        if inserted, labels != .arabic {
            reader.error(reader.value("inserted")!.start, "`inserted` is for arabic labels (`9a` after `9`), not \(labels.rawValue)")
            return nil
        }
        if let inline, inline.captureCount < 1 {
            reader.error(reader.value("inline")!.start, "`inline` must capture the label, as group 1")
            return nil
        }
        if labels != .arabic, first < 1 {
            reader.error((reader.node["start"] ?? reader.value("pattern")!).start, "\(labels.rawValue) labels start at 1 or more, not \(first)")
            return nil
        }
        return Level(pattern: pattern, labelGroup: group, lastGroup: pattern.captureNames["last"], labels: labels, start: first,
                     inserted: inserted, inline: inline, unlabelled: unlabelled)
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? {
        SequenceVisitor(SequenceCounter(self, rule: rule))
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        (visitor as? SequenceVisitor)?.counter.finish(context)
    }
}
