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
/// header stays text. A block of one line that the document repeats and that reads as words is
/// passed over whole too: the running header of a layout that joins its lines.
///
/// Nothing is worked out in advance: the document is in memory, so a rule asks about the lines
/// around a candidate only when it has one (a few lines a document), and the walk is bounded.
final class PageTurn {
    let pattern: Pattern
    let context: DocumentContext
    let rule: RuleInfo

    /// How many blocks a walk passes over before it gives up (no page turn holds more; a hostile
    /// file of furniture costs at most this much a candidate).
    static let blockLimit = 12

    init(_ pattern: Pattern, _ context: DocumentContext, _ rule: RuleInfo) {
        self.pattern = pattern
        self.context = context
        self.rule = rule
    }

    /// The first kept line after line `number`, and whether a blank line comes before it; nil at
    /// the document's end (or past `blockLimit` blocks of furniture).
    func next(after number: Int) -> (number: Int, range: Range<Int>, blankBefore: Bool)? {
        var blankBefore = false
        var line = number + 1
        var blocks = 0
        while line <= lastLine, blocks <= Self.blockLimit {
            if isBlank(line) {
                blankBefore = true
                line += 1
                continue
            }
            let (block, isWhole) = self.block(around: line)
            if !(isWhole && isPassedWhole(block)), let first = (line...block.upperBound).first(where: { isKept($0, in: block, isWhole) }) {
                return (first, range(first), blankBefore)
            }
            line = block.upperBound + 1
            blocks += 1
        }
        return nil
    }

    /// The last kept line before line `number`: nil at the body's start (or past `blockLimit`).
    func previous(before number: Int) -> Range<Int>? {
        var line = number - 1
        var blocks = 0
        while line >= firstLine, blocks <= Self.blockLimit {
            if isBlank(line) {
                line -= 1
                continue
            }
            let (block, isWhole) = self.block(around: line)
            if !(isWhole && isPassedWhole(block)), let last = (block.lowerBound...line).reversed().first(where: { isKept($0, in: block, isWhole) }) {
                return range(last)
            }
            line = block.lowerBound - 1
            blocks += 1
        }
        return nil
    }

    /// Whether line `number` is furniture itself, passed over: such a line is no match of the rule.
    func isPassedOver(_ number: Int) -> Bool {
        let (block, isWhole) = block(around: number)
        return isWhole && isPassedWhole(block) || !isKept(number, in: block, isWhole)
    }

    /// Whether `block` is passed over whole. The lines are asked one at a time, most blocks
    /// being a paragraph of text whose first and last lines settle it.
    private func isPassedWhole(_ block: ClosedRange<Int>) -> Bool {
        // Footnote definitions with their wrapped lines; a page top that starts with the symbol.
        if matches(block.lowerBound) { return true }
        // A running header on a line of its own, as layouts that join its lines print it
        // (`A/RES/80/3 Awaza Declaration`, or the short title alone): a line the document repeats,
        // or the short title alone at one page top that other page tops print beside the symbol.
        // (The cheap tests first: most one-line blocks are paragraphs, long or ending a sentence.)
        // The limit counts characters: an Arabic or Cyrillic title takes two bytes a character,
        // a Chinese one three, and a header as long as a Latin one is still a header.
        if block.count == 1, range(block.lowerBound).count <= 4 * DocumentContext.shortLineLimit {
            let text = context.trimmedText(range(block.lowerBound))
            if text.unicodeScalars.count <= DocumentContext.shortLineLimit, Self.readsAsWords(text), !Self.endsASentence(text),
               context.isRepeatedLine(range(block.lowerBound)) || context.isPrintedBesideAWord(range(block.lowerBound)) { return true }
        }
        // A running title above the symbol: every line but the last one repeats in the document.
        guard block.count > 1, matches(block.upperBound) else { return false }
        return block.dropLast().allSatisfy(isRepeated)
    }

    /// Whether a line of a block not passed whole is read: a line that matches is passed over
    /// alone (a footnote separator under the page's last lines); the first line of a whole
    /// block is known not to match.
    private func isKept(_ number: Int, in block: ClosedRange<Int>, _ isWhole: Bool) -> Bool {
        isWhole && number == block.lowerBound || !matches(number)
    }

    private func matches(_ number: Int) -> Bool { context.matches(pattern, in: range(number), for: rule) }

    /// The block (lines between blank lines) that holds non-blank line `number`, or as much of it
    /// as lies within `blockReach` lines of it: a page turn's blocks are a few lines long, and a
    /// longer block is text (read in part, it is never passed over whole), so that a file of a
    /// million lines without a blank one costs a bounded walk a candidate, not the whole file.
    private func block(around number: Int) -> (lines: ClosedRange<Int>, isWhole: Bool) {
        var start = number, end = number
        while start > firstLine, number - start < Self.blockReach, !isBlank(start - 1) { start -= 1 }
        while end < lastLine, end - number < Self.blockReach, !isBlank(end + 1) { end += 1 }
        let isWhole = (start == firstLine || isBlank(start - 1)) && (end == lastLine || isBlank(end + 1))
        return (start...end, isWhole)
    }

    /// How far from a line its block is looked for.
    static let blockReach = 40

    private var firstLine: Int { context.document.bodyStartLine }
    private var lastLine: Int { context.document.lines.count }
    private func range(_ number: Int) -> Range<Int> { context.document.lines.range(ofLine: number) }
    private func isBlank(_ number: Int) -> Bool { context.isBlank(range(number)) }

    /// A line the document prints more than once and that reads as words (a running title).
    private func isRepeated(_ number: Int) -> Bool {
        let text = context.trimmedText(range(number))
        return Self.readsAsWords(text) && context.isRepeatedLine(range(number))
    }

    /// A line ending as a paragraph or an item does (`.`, `,`, `;`, `:`), which a header does not.
    private static func endsASentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".,;:。，；：،؛".unicodeScalars.contains(last)
    }

    /// A line that starts with a letter and holds four or more: a title's words, not a label.
    private static func readsAsWords(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.lazy.filter { $0.properties.isAlphabetic }.prefix(4).count == 4
    }
}
