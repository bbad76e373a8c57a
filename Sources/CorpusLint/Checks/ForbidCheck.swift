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
        Reports every match of a pattern. Options: `pattern` (or `patterns`, a list); `line-equals` — an operand (a \
        field, possibly transformed, as in `compare`): a body line that is exactly its value, case and spacing aside, \
        is reported too (a running header repeating the title); `unless-next-line` — a match is not reported when \
        the next non-blank body line matches this pattern (a date the layout put on the line below); `unless-previous-line` — \
        the same for the previous non-blank body line (a label a raw layout put on the line above); `next-line` — a match \
        counts only when a next non-blank body line follows and matches this pattern (text going on after a break); `paragraph-end` — \
        when true, a match counts only on a line followed by a blank line or the end (a paragraph's last line); `scope` — body (default), \
        front-matter or all; `max-per-document` — report at most this many matches per document (default 100), then one \
        `engine/too-many-findings` saying how many more lines match; the \
        line filters `in-zone`, `outside-zone`, `before`, `after` (body lines); `fix` — how to repair a match: \
        `{ replace: TEMPLATE, safety: safe|unsafe }` (the match gives way to the template, whose placeholders are \
        the message's), `{ remove: line, safety: … }` (the line goes, its line break included) or \
        `{ remove: blank-lines-after, safety: … }` (with `paragraph-end`: the blank lines after the paragraph go, \
        joining it to the next line of text); `look-past` — a pattern for the page furniture between two pages' \
        text: the next and previous lines of `unless-next-line`, `unless-previous-line`, `next-line` and \
        `paragraph-end` are looked for past a block of lines whose first line matches it, past a block whose last \
        line matches it when the document repeats its other lines (a running title), and otherwise past the \
        matching lines alone; such lines are not matched themselves; `description` words the fix. Placeholders: {match}, {code} (the first\n        character's code point, hex), and each named \
        capture group by name.
        """

    let patterns: PatternSet
    /// A line that is, all of it, this value (case and spacing aside) is a match too.
    let lineEquals: Operand?
    let scope: String
    let limit: Int
    let filter: LineFilter
    /// A match is forgiven when the next non-blank line matches this (a date on the line below).
    let unlessNextLine: Pattern?
    /// A match is forgiven when the previous non-blank line matches this (a label on the line above).
    let unlessPreviousLine: Pattern?
    /// A match counts only when the next non-blank line matches this (a sentence going on).
    let nextLine: Pattern?
    /// Only a line followed by a blank line (or the end) can match: a paragraph's last line.
    let paragraphEnd: Bool
    /// The rule's `fix:`, made into a fix for each match.
    let fix: FixTemplate?
    /// The page furniture that neighbouring-line conditions look past (see `PageTurn`).
    let lookPast: Pattern?

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> ForbidCheck? {
        let reader = options
        let lineEquals = options.value("line-equals").flatMap { Operand.read($0, key: "line-equals", reader: reader) }
        let onlyLineEquals = lineEquals != nil && !options.has("pattern") && !options.has("patterns")
        let patterns = onlyLineEquals ? PatternSet([]) : PatternSet.read(&options)
        // Every key is read before giving up, so that one bad pattern does not hide other mistakes.
        let scope = options.choice("scope", ["body", "front-matter", "all"]) ?? "body"
        let limit = options.int("max-per-document") ?? 100
        let filter = LineFilter.read(&options, zones: environment.zones)
        let unlessNextLine = options.pattern("unless-next-line")
        let paragraphEnd = options.bool("paragraph-end") ?? false
        let unlessPreviousLine = options.pattern("unless-previous-line")
        let nextLine = options.pattern("next-line")
        let lookPast = options.pattern("look-past")
        // A replacement may use what every pattern captures: a name some pattern lacks would be left unfilled.
        let captures = (patterns?.patterns ?? []).map { Set($0.captureNames.keys) }
        let captured = captures.dropFirst().reduce(captures.first ?? []) { $0.intersection($1) }
        let fix = FixTemplate.read(&options, placeholders: captured.union(["match", "code"]), paragraphEnd: paragraphEnd)
        guard let patterns else { return nil }
        return ForbidCheck(patterns: patterns, lineEquals: lineEquals, scope: scope, limit: limit, filter: filter,
                           unlessNextLine: unlessNextLine, unlessPreviousLine: unlessPreviousLine,
                           nextLine: nextLine, paragraphEnd: paragraphEnd, fix: fix, lookPast: lookPast)
    }

    /// One document's pass. Its state is `@exclusivity(unchecked)`: a visitor lives on one thread
    /// for one document, and what it lends `inout` (`state`, `reported`) goes to code that never
    /// reaches the visitor; the run-time checks cost a fifth of this kind's instructions.
    final class Visitor: LineVisitor {
        let check: ForbidCheck
        let rule: RuleInfo
        @exclusivity(unchecked) var state = LineFilter.State()
        @exclusivity(unchecked) var reported = 0
        /// Lines with a match past `max-per-document`, and the first of them: announced, never silent.
        @exclusivity(unchecked) var dropped = 0
        @exclusivity(unchecked) var firstDropped = 0
        /// The `line-equals` value, normalized; nil when the rule has none or the document lacks it.
        let forbiddenLine: String?

        init(_ check: ForbidCheck, _ rule: RuleInfo, _ context: DocumentContext) {
            self.check = check
            self.rule = rule
            pageTurn = check.lookPast.map { PageTurn($0, context, rule) }
            forbiddenLine = check.lineEquals?.resolve(context, language: .english, rule: rule)
                .map { ForbidCheck.normalized($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
        }

        /// Matches waiting for the next non-blank line (`unless-next-line`).
        @exclusivity(unchecked) var pending: [Hit] = []
        /// With `paragraph-end` or `next-line`, the line itself waits instead, unmatched: its
        /// matches count only if what follows allows them, so the pattern runs only then (most
        /// lines of a wrapped paragraph end none), and past the cap only such lines are counted.
        @exclusivity(unchecked) var waitingLine: (number: Int, range: Range<Int>)?
        @exclusivity(unchecked) var blankSincePending = false
        /// The last non-blank body line, for `unless-previous-line`.
        @exclusivity(unchecked) var previousLine: Range<Int>?
        /// With `look-past`: the lines around a candidate, looked up across a page turn.
        let pageTurn: PageTurn?
        var readsBlankLines: Bool { check.paragraphEnd || pageTurn != nil }

        func visit(_ line: BodyLine, _ context: DocumentContext) {
            guard !line.isBlank else {
                blankSincePending = true
                return
            }
            if let waiting = waitingLine {
                waitingLine = nil
                if let pageTurn, crossesPageTurn(line) {
                    // Looked up only for a line the rule matches: the walk costs more than the
                    // pattern, which a paragraph's end is asked anyway.
                    if check.matchesAny(waiting.range, context, rule) {
                        let next = pageTurn.next(after: waiting.number)
                        settle(waiting, next: next?.range, blankBefore: next?.blankBefore ?? true, context)
                    }
                } else {
                    settle(waiting, next: line.range, blankBefore: blankSincePending, context)
                }
            }
            if let first = pending.first {
                // `unless-next-line` alone: the matches are forgiven when the next line says so.
                let next = nextLine(after: first.line, arriving: line).range
                if !(next.flatMap { next in check.unlessNextLine.map { context.matches($0, in: next, for: rule) } } ?? false) {
                    pending.forEach { $0.emit(context, rule, check.fix, nextLine: joinable(next)) }
                }
                pending.removeAll()
            }
            let previous = previousLine
            previousLine = line.range
            guard check.filter.accepts(line, &state, context, rule) else { return }
            if let unless = check.unlessPreviousLine {
                if let pageTurn {
                    // Looked back only from a line the rule matches: the walk costs more than the pattern.
                    if check.matchesAny(line.range, context, rule), let previous = pageTurn.previous(before: line.number),
                       context.matches(unless, in: previous, for: rule) { return }
                } else if let previous, context.matches(unless, in: previous, for: rule) {
                    return
                }
            }
            if check.paragraphEnd || check.nextLine != nil {
                waitingLine = (line.number, line.range)
            } else {
                guard reported < check.limit else {
                    // Past the limit a line is only counted, so that the cap is announced with what it hid.
                    countDropped(line.number, line.range, context)
                    return
                }
                let before = reported
                let hits = check.hits(line.number, line.range, context, rule, &reported)
                // Page furniture is passed over, not matched (asked only of a line with a match).
                if !hits.isEmpty, let pageTurn, pageTurn.isPassedOver(line.number) {
                    reported = before
                } else if check.unlessNextLine == nil {
                    hits.forEach { $0.emit(context, rule, check.fix) }
                } else {
                    pending = hits
                }
            }
            blankSincePending = false
            if let forbiddenLine, reported < check.limit, abs(line.range.count - forbiddenLine.utf8.count) <= 8 {
                let text = context.text(of: line)
                if ForbidCheck.normalized(text) == forbiddenLine {
                    reported += 1
                    let values = ["match": text.trimmingSpaces(), "code": ""]
                    context.emit(rule, "found", line: line.number, column: 1, endColumn: text.unicodeScalars.count + 1, values: values, snippet: text,
                                 fix: check.fix?.fix(match: line.range, line: line.number, values: values, nextLine: nil, context))
                }
            }
        }

        /// The line after line `number` that a condition reads, and whether a blank line comes
        /// first, now that the pass reached `arriving`, the next non-blank line. With `look-past`,
        /// the page turn is looked past when a blank line came first or `arriving` is furniture
        /// (a separator under the page's last line); otherwise `arriving` is the next line.
        private func nextLine(after number: Int, arriving: BodyLine) -> (range: Range<Int>?, blank: Bool) {
            guard let pageTurn, crossesPageTurn(arriving) else { return (arriving.range, blankSincePending) }
            guard let next = pageTurn.next(after: number) else { return (nil, true) }
            return (next.range, next.blankBefore)
        }

        /// Whether a page turn may lie before `arriving`: a blank line came first, or `arriving` is furniture.
        private func crossesPageTurn(_ arriving: BodyLine) -> Bool {
            guard let pageTurn else { return false }
            return blankSincePending || pageTurn.context.matches(pageTurn.pattern, in: arriving.range, for: rule)
        }

        /// A waiting line's matches, now that the next non-blank line is known (nil: the document
        /// ended, which ends a paragraph but gives no line to go on with). The conditions on the
        /// next line are asked first: they are cheap, and the line's own pattern is the costly one.
        func settle(_ waiting: (number: Int, range: Range<Int>), next: Range<Int>?, blankBefore: Bool, _ context: DocumentContext) {
            guard !check.paragraphEnd || blankBefore || next == nil else { return }
            if let next {
                if check.unlessNextLine.map({ context.matches($0, in: next, for: rule) }) == true { return }
                if check.nextLine.map({ context.matches($0, in: next, for: rule) }) == false { return }
            } else if check.nextLine != nil {
                return
            }
            // Page furniture is passed over, not matched.
            if let pageTurn, pageTurn.isPassedOver(waiting.number) { return }
            guard reported < check.limit else {
                countDropped(waiting.number, waiting.range, context)
                return
            }
            check.hits(waiting.number, waiting.range, context, rule, &reported)
                .forEach { $0.emit(context, rule, check.fix, nextLine: joinable(next)) }
        }

        /// Where the next line starts, for a fix that joins a paragraph to it; none across a page
        /// turn, whose furniture such a fix would delete.
        private func joinable(_ next: Range<Int>?) -> Int? { pageTurn == nil ? next?.lowerBound : nil }

        private func countDropped(_ number: Int, _ range: Range<Int>, _ context: DocumentContext) {
            guard check.matchesAny(range, context, rule) else { return }
            // A silenced match is no finding to announce; handed on, it marks its comment used.
            guard !context.silences(rule, "found", line: number) else { return context.emit(rule, "found", line: number) }
            if dropped == 0 { firstDropped = number }
            dropped += 1
        }
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? {
        scope == "front-matter" ? nil : Visitor(self, rule, context)
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        let visitor = visitor as? Visitor
        if let visitor, let waiting = visitor.waitingLine { visitor.settle(waiting, next: nil, blankBefore: true, context) }
        visitor?.pending.forEach { $0.emit(context, rule, fix) }
        if let visitor, visitor.dropped > 0 {
            context.reportLimit(rule, line: visitor.firstDropped, message: "rule \(rule.id) reported its first \(limit) matches in this file "
                                + "(max-per-document); \(visitor.dropped) more lines with a match, from this one on, are not reported")
        }
        guard scope != "body" else { return }
        let document = context.document
        var reported = visitor?.reported ?? 0
        for number in 1..<min(document.bodyStartLine, document.lines.count + 1) {
            hits(number, document.lines.range(ofLine: number), context, rule, &reported).forEach { $0.emit(context, rule, fix) }
        }
    }

    /// One match, ready to be reported.
    struct Hit {
        var line: Int
        var column: Int
        var endColumn: Int
        var values: [String: String]
        /// The match's bytes in the text, for a fix.
        var match: Range<Int>

        /// `nextLine`: where the next non-blank line starts, when the visitor has seen it.
        func emit(_ context: DocumentContext, _ rule: RuleInfo, _ fix: FixTemplate?, nextLine: Int? = nil) {
            context.emit(rule, "found", line: line, column: column, endColumn: endColumn, values: values, snippet: values["match"],
                         fix: fix?.fix(match: match, line: line, values: values, nextLine: nextLine, context))
        }
    }

    private func hits(_ number: Int, _ range: Range<Int>, _ context: DocumentContext, _ rule: RuleInfo, _ reported: inout Int) -> [Hit] {
        var hits: [Hit] = []
        guard patterns.mayMatch(range, context, rule) else { return hits }
        let spans = filter.codeSpans(range, context)
        // On a line whose suppression comment silences this rule the matches are no findings and
        // use none of `max-per-document`: one is still handed on, so the comment counts as used.
        let silenced = context.silences(rule, "found", line: number)
        for pattern in patterns.patterns where reported < limit {
            // A line without a match builds no match value, so the search is not preceded by a
            // yes-or-no question (that asked PCRE2 twice on every line with a match). It stops at
            // the limit: a line of a million matches costs no more than `limit`.
            context.forEachMatch(pattern, in: range, for: rule) { match in
                if !spans.isEmpty, MarkdownCodeSpans.overlaps(match.range, spans) { return true }
                if !silenced { reported += 1 }
                let text = context.text(match.range)
                let code = String(text.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)
                var values = ["match": text, "code": String(repeating: "0", count: max(0, 4 - code.count)) + code]
                for (name, index) in pattern.captureNames { values[name] = match.captures[index].map(context.text) ?? "" }
                hits.append(Hit(line: number, column: context.column(ofByte: match.range.lowerBound, lineStart: range.lowerBound),
                                endColumn: context.column(ofByte: match.range.upperBound, lineStart: range.lowerBound), values: values,
                                match: match.range))
                return !silenced && reported < limit
            }
            if silenced && !hits.isEmpty { break }
        }
        return hits
    }

    /// Whether a pattern matches `range`, or the line is the `line-equals` value (a cheap test, no match values).
    fileprivate func matchesAny(_ range: Range<Int>, _ context: DocumentContext, _ rule: RuleInfo) -> Bool {
        guard patterns.mayMatch(range, context, rule) else { return false }
        return patterns.patterns.contains { context.matches($0, in: range, for: rule) }
    }

    /// Case and runs of spaces do not count when a line is compared with `line-equals`.
    static func normalized(_ text: String) -> String {
        TextScalars.collapsingSpaces(text.lowercased())
    }
}
