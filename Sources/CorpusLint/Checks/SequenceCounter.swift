/// The visitor of a `sequence` rule: its counter is a value, since each use of a class's stored
/// property in the loops of a line cost a dynamic exclusivity check (5% of a run's instructions
/// over all rules); a mutating method's accesses are checked when compiling, so the class pays
/// one check a line.
final class SequenceVisitor: LineVisitor {
    /// `@exclusivity(unchecked)`: a visitor lives on one thread for one document, and the counter
    /// it lends `inout` never reaches the visitor.
    @exclusivity(unchecked) var counter: SequenceCounter

    init(_ counter: SequenceCounter) { self.counter = counter }

    func visit(_ line: BodyLine, _ context: DocumentContext) { counter.visit(line, context) }
}

/// The counts of one document for a `sequence` rule, one per level, read line by line.
struct SequenceCounter {
    private let check: SequenceCheck
    private let rule: RuleInfo
    private var filterState = LineFilter.State()
    private var counts: [Count]
    /// The counts as they were before the last restart line: a section heading may start
    /// its paragraphs again at 1 or carry on the count (declarations), and the first item
    /// after it tells which.
    private var beforeRestart: Restart?
    /// Per level, the count a nested list interrupted (`7. … are:` then `1.`–`5.`, then `8.`).
    private var interrupted: [Count?]
    /// Whether a line read since the last item matched `nested-after` (page furniture and a
    /// running header may stand between `7. … are:` and the `1.` it opens).
    private var listMayOpen = false
    /// The level of the last item read; -1 before the first.
    private var lastItemLevel = -1
    /// A list opened by a `nested-after` line and not yet given a labelled item.
    private var openList: OpenList?

    /// Lines that read like items of a level whose labels are gone.
    struct OpenList {
        let level: Int
        let openedAt: Int
        var count = 0
        var first: (line: Int, column: Int, endColumn: Int)?
    }

    /// Items without labels, at least this many, make a lost list: one such line may be a
    /// sentence of the paragraph.
    static let unlabelledMinimum = 2

    /// What a restart line set aside, to be taken back if the count goes on after it.
    struct Restart {
        var counts: [Count]
        var interrupted: [Count?]
        /// Whether a `nested-after` line came before the heading with no item since.
        var inList: Bool
    }

    struct Count {
        var expected: Int
        /// The item before, as its value and its case; nil at the start of a count.
        var previous: SequenceLabels.Label?
        var seen: Set<Int> = []
        /// Labels of this level written inside lines since the count started.
        var inline: Set<Int> = []
    }

    /// A level a line's label could belong to, and how well it fits there (lower is better).
    struct Candidate {
        var level: Int
        var label: SequenceLabels.Label
        /// The last label of a range (`21 bis 23`); the label itself otherwise.
        var last: Int
        /// An inserted item (`9a`): it follows its number without taking the next one.
        var inserted: Bool
        var range: Range<Int>
        var rank: (Int, Int, Int, Int)
    }

    init(_ check: SequenceCheck, rule: RuleInfo) {
        self.check = check
        self.rule = rule
        counts = check.levels.map { Count(expected: $0.start) }
        interrupted = Array(repeating: nil, count: check.levels.count)
    }

    mutating func visit(_ line: BodyLine, _ context: DocumentContext) {
        guard !line.isBlank, check.filter.accepts(line, &filterState, context, rule) else { return }
        if let restart = check.restart, context.matches(restart, in: line.range, for: rule) {
            beforeRestart = Restart(counts: counts, interrupted: interrupted, inList: listMayOpen)
            reset(below: -1)
        }
        var best: Candidate?
        for (index, level) in check.levels.enumerated() {
            guard let match = context.firstMatch(level.pattern, in: line.range, for: rule),
                  let range = match[capture: level.labelGroup] else { continue }
            var inserted = false
            var label = level.labels.parse(context.buffer, range)
            if label == nil, level.inserted {
                label = level.labels.parseInserted(context.buffer, range)
                inserted = label != nil
            }
            guard var label else { continue }
            if level.labels == .alpha, label.value != counts[index].expected,
               let twin = LetterScript.twin(context.buffer, range), twin.value == counts[index].expected {
                label = twin
            }
            var last = label.value
            if let group = level.lastGroup, let lastRange = match[capture: group],
               let end = level.labels.parse(context.buffer, lastRange), end.value > label.value {
                last = end.value
            }
            let candidate = Candidate(level: index, label: label, last: last, inserted: inserted, range: range,
                                      rank: rank(label.value, inserted: inserted, at: index))
            if best == nil || candidate.rank < best!.rank { best = candidate }
        }
        if let best {
            // A list that lost its first labels but kept a later one (`(m)` alone of (a)–(o))
            // shows as a gap from the list's start at that label: one finding for the list,
            // where its surviving label is, not a second one at its first item.
            let fromStart = openList?.level == best.level && counts[best.level].previous == nil
            let outcome = count(best, line, context)
            if fromStart, outcome == "gap" { openList = nil }
            closeList(context)
            lastItemLevel = best.level
        } else if beforeRestart != nil {
            closeList(context)
        } else if var list = openList, let unlabelled = check.levels[list.level].unlabelled,
                  context.matches(unlabelled, in: line.range, for: rule) {
            list.count += 1
            if list.first == nil {
                list.first = (line.number, 1, context.column(ofByte: line.range.upperBound, lineStart: line.range.lowerBound))
            }
            openList = list
        }
        readInlineLabels(line, context, except: best?.range)
        if let nestedAfter = check.nestedAfter {
            if best != nil { listMayOpen = false }
            let opens = context.matches(nestedAfter, in: line.range, for: rule)
            if opens { listMayOpen = true }
            let level = lastItemLevel + 1
            if opens, lastItemLevel >= 0, level < check.levels.count, check.levels[level].unlabelled != nil {
                closeList(context)
                openList = OpenList(level: level, openedAt: line.number)
            }
        }
    }

    /// The end of the document.
    mutating func finish(_ context: DocumentContext) {
        closeList(context)
    }

    /// Reports the open list if enough of its lines read as items without labels.
    private mutating func closeList(_ context: DocumentContext) {
        guard let list = openList else { return }
        openList = nil
        guard list.count >= Self.unlabelledMinimum, let first = list.first else { return }
        context.emit(rule, "unlabelled", line: first.line, column: first.column, endColumn: first.endColumn,
                     values: ["count": String(list.count), "line": String(list.openedAt), "level": String(list.level + 1)])
    }

    /// Exact continuations first (the deepest, since a count in progress below another is
    /// the one being written), then exact starts of a new count (the shallowest), then the
    /// level whose expected label is nearest. An inserted item fits right after its number.
    /// After an item that announces a list (`(h) … as follows:`), the first label of the level
    /// below is that list's start: `(i)` opens roman items rather than following `(h)`.
    private func rank(_ value: Int, inserted: Bool, at level: Int) -> (Int, Int, Int, Int) {
        let count = counts[level]
        let inProgress = count.previous != nil
        if inserted, count.previous?.value == value { return (0, -level, 0, 0) }
        if listMayOpen, !inserted, level == lastItemLevel + 1, lastItemLevel >= 0, !inProgress,
           value == check.levels[level].start {
            return (0, -level, 0, 0)
        }
        if value == count.expected || value == interrupted[level]?.expected {
            return inProgress ? (0, -level, 0, 0) : (1, level, 0, 0)
        }
        return (2, abs(value - count.expected), inProgress ? 0 : 1, level)
    }

    /// Counts an item; what it was reported as (`gap`, `duplicate`, `out-of-order`), if anything.
    @discardableResult
    private mutating func count(_ item: Candidate, _ line: BodyLine, _ context: DocumentContext) -> String? {
        let level = check.levels[item.level]
        let value = item.label.value
        if let saved = beforeRestart {
            beforeRestart = nil
            if counts[item.level].previous == nil, value != counts[item.level].expected, saved.counts[item.level].previous != nil {
                // The count goes on, and so does a nested list it was in (a budget's sections
                // 1.–36. run on across its `Part II`, `Part III` headings).
                counts = saved.counts
                interrupted = saved.interrupted
            } else if saved.inList, value == level.start, saved.interrupted[item.level] == nil,
                      let before = saved.counts[item.level].previous, value <= before.value {
                // A heading between `…:` and the `1.` it announces belongs to the list, as the
                // parts of a budget's table of sections do (`… for the following sections:`,
                // `Part I`, `1. Overall policymaking`): the list nests in the count it interrupts,
                // which goes on after it (`2. The Secretary-General is authorized…`).
                counts = saved.counts
                interrupted = saved.interrupted
            } else if item.level > 0 {
                // A heading that opens a new count is followed by an item of the outermost level;
                // a sub-item first means the line was running text (`Chapter VII of the
                // Charter` wrapped onto a line of its own): the outer counts go on.
                for outer in 0..<item.level { counts[outer] = saved.counts[outer] }
            }
        }
        if item.inserted, counts[item.level].previous?.value == value {
            reset(below: item.level)
            return nil
        }
        if let outer = interrupted[item.level], value != counts[item.level].expected,
           value == outer.expected || value > outer.expected && outer.expected > counts[item.level].expected {
            // The nested list is over: the item carries on the count it interrupted. Past both
            // counts (objectives 1.–4. inside paragraph 5, then 7.), the nearer one is taken:
            // paragraph 6 is missing, not items 5 and 6 of the list.
            counts[item.level] = outer
            interrupted[item.level] = nil
        } else if listMayOpen, interrupted[item.level] == nil, value == level.start,
                  counts[item.level].previous != nil, value < counts[item.level].expected {
            interrupted[item.level] = counts[item.level]
            counts[item.level] = Count(expected: level.start)
        }
        var count = counts[item.level]
        var outcome: String?
        if value > count.expected {
            let missing = count.expected..<value
            let explained = missing.allSatisfy { count.inline.contains($0) || item.label.script.isSkippable($0) }
            outcome = explained ? nil : "gap"
        } else if value < count.expected {
            outcome = count.seen.contains(value) ? "duplicate" : "out-of-order"
        }
        if let outcome { report(outcome, item, count, line, context) }
        if item.last >= count.expected { count.expected = item.last + 1 }
        count.previous = SequenceLabels.Label(value: item.last, uppercase: item.label.uppercase, script: item.label.script)
        count.seen.formUnion(value...max(value, item.last))
        counts[item.level] = count
        reset(below: item.level)
        return outcome
    }

    private func report(_ outcome: String, _ item: Candidate, _ count: Count, _ line: BodyLine, _ context: DocumentContext) {
        let labels = check.levels[item.level].labels
        let value = item.label.value
        let upper = item.label.uppercase
        let script = item.label.script
        let column = context.column(ofByte: item.range.lowerBound, lineStart: line.range.lowerBound)
        let endColumn = column + context.column(ofByte: item.range.upperBound, lineStart: item.range.lowerBound) - 1
        var values = [
            "found": context.text(item.range),
            "expected": labels.render(count.expected, uppercase: upper, script: script),
            "previous": count.previous.map { labels.render($0.value, uppercase: $0.uppercase, script: $0.script) } ?? "the start of the list",
            "level": String(item.level + 1),
        ]
        if outcome == "gap" {
            values["missing"] = labels.renderMissing(from: count.expected, to: value - 1, uppercase: upper, script: script)
        }
        context.emit(rule, outcome, line: line.number, column: column, endColumn: endColumn, values: values)
    }

    /// Records the labels a level's `inline` pattern finds inside the line (not the item's own).
    private mutating func readInlineLabels(_ line: BodyLine, _ context: DocumentContext, except item: Range<Int>?) {
        for (index, level) in check.levels.enumerated() {
            guard let inline = level.inline else { continue }
            context.forEachMatch(inline, in: line.range, group: 1, for: rule) { range in
                guard let range, range != item, let label = level.labels.parse(context.buffer, range) else { return }
                counts[index].inline.insert(label.value)
            }
        }
    }

    /// Starts every count below `level` again (-1: every count).
    private mutating func reset(below level: Int) {
        for index in (level + 1)..<counts.count {
            interrupted[index] = nil
            counts[index].inline.removeAll(keepingCapacity: true)
            guard counts[index].previous != nil else { continue }
            counts[index].expected = check.levels[index].start
            counts[index].previous = nil
            counts[index].seen.removeAll(keepingCapacity: true)
        }
    }
}
