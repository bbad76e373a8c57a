/// `look-past` (forbid): what a raw page layout leaves between the last line of one page's text
/// and the first line of the next — a footnote separator, footnote definitions, the running
/// header (symbol and short title), the page counter and the job number — so that "the next
/// line" and "the previous line" of a rule mean the text on the other side of a page break.
///
/// The body is read in blocks (lines between blank lines). A block is passed over whole when its
/// first line matches the pattern (footnote definitions with their wrapped lines; a page top
/// that starts with the symbol), or when its last line does and every line above it is one the
/// document repeats and that reads as words (a title printed above the symbol at every other
/// page top; never a bare `2.` or `(a)`, which repeat too). In any other block only the matching
/// lines are passed over (a footnote separator under a page's last line): text merged into a
/// header stays text.
struct PageTurn {
    let pattern: Pattern
    /// The block being read, waiting for its end to be judged.
    private var block: [BodyLine] = []
    /// The body's lines (spaces trimmed) that occur more than once, gathered at the first need.
    private var repeated: Set<String>?

    init(_ pattern: Pattern) { self.pattern = pattern }

    /// Takes the next body line; gives the lines ready for the rule, in order: nothing while a
    /// block is read, the block's kept lines and then the blank line when it ends.
    mutating func take(_ line: BodyLine, _ context: DocumentContext, _ rule: RuleInfo) -> [BodyLine] {
        guard line.isBlank else {
            block.append(line)
            return []
        }
        var ready = flush(context, rule)
        ready.append(line)
        return ready
    }

    /// The kept lines of the block read so far (at a blank line, and at the document's end).
    mutating func flush(_ context: DocumentContext, _ rule: RuleInfo) -> [BodyLine] {
        defer { block.removeAll(keepingCapacity: true) }
        guard let first = block.first, let last = block.last else { return [] }
        // Footnote definitions with their wrapped lines; a page top that starts with the symbol.
        if context.matches(pattern, in: first.range, for: rule) { return [] }
        // A running title above the symbol: every line but the last one repeats in the document.
        if block.count > 1, context.matches(pattern, in: last.range, for: rule),
           block.dropLast().allSatisfy({ isRepeated($0, context) }) { return [] }
        // A footnote separator under the page's last lines: the text stays.
        return block.filter { !context.matches(pattern, in: $0.range, for: rule) }
    }

    private mutating func isRepeated(_ line: BodyLine, _ context: DocumentContext) -> Bool {
        if repeated == nil { repeated = Self.repeatedLines(context) }
        return repeated?.contains(Self.trimmed(context.text(of: line))) ?? false
    }

    private static func repeatedLines(_ context: DocumentContext) -> Set<String> {
        let document = context.document
        var seen = Set<String>(), twice = Set<String>()
        guard document.bodyStartLine <= document.lines.count else { return twice }
        for number in document.bodyStartLine...document.lines.count {
            let text = trimmed(context.text(document.lines.range(ofLine: number)))
            if readsAsWords(text), !seen.insert(text).inserted { twice.insert(text) }
        }
        return twice
    }

    /// A line that starts with a letter and holds four or more: a title's words, not a label.
    private static func readsAsWords(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.lazy.filter { $0.properties.isAlphabetic }.prefix(4).count == 4
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
