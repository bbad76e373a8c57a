import YAML

/// `kind: running-header` — the header printed at the top of every page (the symbol, the title or a
/// short title, over one to four lines) left in the text by the extractor. The header is learned
/// from each document itself, since raw extracts carry no title field and the field's wording may
/// differ from the printed one: the title the body prints, the symbol, and lines that repeat next to
/// the page furniture of several pages.
///
/// ```yaml
/// - id: extraction/running-header
///   kind: running-header
///   symbol: symbol                         # the front-matter field holding the document's symbol
///   titles: [$title-line]                  # the title as the body prints it (an extracted value)
///   page-furniture: ['^[0-9]{2}-[0-9]{5}\s*$', '^[0-9]{1,3}/[0-9]{1,3}\s*$']
///   unless-previous-line: '^Annex\b'      # a title under an annex heading is the annex's own
/// ```
struct RunningHeaderCheck: CheckKind {
    static let name = "running-header"
    static let outcomes = [
        (name: "found", message: "running page header `{match}` left in the text"),
        (name: "merged", message: "running page header `{match}` merged into the text"),
    ]
    static let documentation = """
        Reports the page header (symbol, title, short title) left in the body, learned from the document \
        itself. Options: `symbol` (or `symbols`) — operands giving the document's symbol; `title` (or `titles`) — \
        operands giving its title (a field, or a value extracted from the body); `page-furniture` — patterns of the \
        lines printed on every page (job number, page counter): the lines next to them are the page's top or \
        bottom; `repeated-lines` — a line seen this often next to page furniture is a header too, 0 to \
        turn off (default 3); `unless-previous-line` — a line equal to the title is not reported under a line \
        matching this (an annex heading) unless page furniture or the symbol is beside it; `look-past` — lines \
        passed over when looking for that line (the page's footnotes between the heading and the next page); the line filters. Only lines after the title line are read \
        (else after the first line holding the symbol). Reports `found` for a line that is all header, `merged` \
        for a header glued to text. Placeholder: {match}.
        """

    /// Words in the longest title a page header may repeat.
    static let longestTitle = 80

    let symbols: [Operand]
    let titles: [Operand]
    /// The page furniture's patterns, with their alternation: most lines are none, and one call
    /// says so where one a pattern did (each line is asked when it is read and again when a title
    /// looks past it).
    let furniture: PatternSet
    let repeatedLines: Int
    let unlessPreviousLine: Pattern?
    /// Lines passed over when looking for the line above a title (a page's footnotes).
    let lookPast: Pattern?
    let filter: LineFilter

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> RunningHeaderCheck? {
        let symbols = operands(&options, "symbol", "symbols")
        let titles = operands(&options, "title", "titles")
        let furniture = patterns(&options, "page-furniture")
        let repeatedLines = options.int("repeated-lines") ?? 3
        let unlessPreviousLine = options.pattern("unless-previous-line")
        let lookPast = options.pattern("look-past")
        let filter = LineFilter.read(&options, zones: environment.zones)
        guard !symbols.isEmpty || !titles.isEmpty else {
            options.error(options.mark, "a running header needs `symbol` or `title` (or both)")
            return nil
        }
        return RunningHeaderCheck(symbols: symbols, titles: titles, furniture: PatternSet(furniture), repeatedLines: repeatedLines,
                                  unlessPreviousLine: unlessPreviousLine, lookPast: lookPast, filter: filter)
    }

    private static func operands(_ options: inout NodeReader, _ single: String, _ plural: String) -> [Operand] {
        let reader = options
        var result: [Operand] = []
        if let node = options.value(single), let operand = Operand.read(node, key: single, reader: reader) { result.append(operand) }
        if let node = options.value(plural) {
            guard case let .sequence(items) = node.content else {
                reader.error(node.start, "`\(plural)` must be a list")
                return result
            }
            result += items.compactMap { Operand.read($0, key: plural, reader: reader) }
        }
        return result
    }

    private static func patterns(_ options: inout NodeReader, _ key: String) -> [Pattern] {
        guard let node = options.value(key) else { return [] }
        let items: [Node]
        if case let .sequence(list) = node.content { items = list } else { items = [node] }
        let reader = options
        return items.compactMap { item in
            guard let source = item.scalarValue else {
                reader.error(item.start, "`\(key)` lists regular expressions")
                return nil
            }
            return NodeReader.compile(source, at: item, key: key, reader: reader)
        }
    }

    /// Whether `range` is a line of page furniture.
    func isFurniture(_ range: Range<Int>, _ context: DocumentContext, _ rule: RuleInfo) -> Bool {
        furniture.mayMatch(range, context, rule) && furniture.patterns.contains { context.matches($0, in: range, for: rule) }
    }

    /// Gathers the lines; the header can only be judged once the whole document is known (a line
    /// is a header because it comes back on later pages).
    final class Visitor: LineVisitor {
        let check: RunningHeaderCheck
        let rule: RuleInfo
        /// `@exclusivity(unchecked)`: a visitor lives on one thread for one document, and the
        /// state it lends `inout` goes to the filter, which never reaches the visitor.
        @exclusivity(unchecked) var state = LineFilter.State()
        @exclusivity(unchecked) var lines: [BodyLine] = []

        init(_ check: RunningHeaderCheck, _ rule: RuleInfo) {
            self.check = check
            self.rule = rule
        }

        func visit(_ line: BodyLine, _ context: DocumentContext) {
            guard check.filter.accepts(line, &state, context, rule) else { return }
            lines.append(line)
        }
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? { Visitor(self, rule) }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        guard let lines = (visitor as? Visitor)?.lines, !lines.isEmpty else { return }
        let body = context.document.bodyStartLine
        let symbolWords = symbols.compactMap { $0.resolve(context, language: .english, rule: rule) }
            .map { HeaderWords.words($0.text) }.filter { !$0.isEmpty }
        var titleWords: [[String]] = []
        var titleLine = 0
        for title in titles {
            guard let resolved = title.resolve(context, language: .english, rule: rule) else { continue }
            let words = HeaderWords.words(resolved.text)
            // A "title" of hundreds of words is a body read as one (no blank line after it): no
            // page prints that as a header, and matching pieces of it would cost its square.
            if words.isEmpty || words.count > Self.longestTitle { continue }
            titleWords.append(words)
            if resolved.line >= body, titleLine == 0 { titleLine = resolved.line }
        }
        let header = HeaderWords(symbols: symbolWords, titles: titleWords)
        // Layouts that join the header's lines print it as `A/RES/80/3 Short title`: a short
        // title that is no piece of the title is learned where it stands beside the symbol.
        let scan = HeaderScan(check: self, header: header, lines: lines, context: context, rule: rule, titleLine: titleLine)
        for finding in scan.findings() {
            let text = context.text(of: finding.line)
            let words = HeaderWords.wordRanges(text)
            let span = words[finding.words]
            let start = span.first!.lowerBound, end = span.last!.upperBound
            context.emit(rule, finding.whole ? "found" : "merged", line: finding.line.number,
                         column: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start) + 1,
                         endColumn: text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: end) + 1,
                         values: ["match": String(text.unicodeScalars[start..<end])], snippet: text,
                         fix: Self.fix(finding, text: text, start: start, end: end, context))
        }
    }

    /// A line that is all header goes whole, line break included; a header merged into a
    /// sentence goes with one space beside it, so the sentence reads on. Unsafe: a reader sees
    /// the words go, and a line taken for a header may be text.
    static func fix(_ finding: HeaderScan.Finding, text: String, start: String.Index, end: String.Index, _ context: DocumentContext) -> Fix {
        if finding.whole {
            return Fix("remove the running-header line", safety: .unsafe,
                       edits: [context.edit(context.rangeWithTerminator(ofLine: finding.line.number), "")])
        }
        let bytes = Array(text.utf8)
        var lower = text.utf8.distance(from: text.startIndex, to: start)
        var upper = text.utf8.distance(from: text.startIndex, to: end)
        if upper < bytes.count, bytes[upper] == 0x20 {
            upper += 1
        } else if lower > 0, bytes[lower - 1] == 0x20 {
            lower -= 1
        }
        let base = finding.line.range.lowerBound
        return Fix("remove the running header from the line", safety: .unsafe, edits: [context.edit((base + lower)..<(base + upper), "")])
    }
}
