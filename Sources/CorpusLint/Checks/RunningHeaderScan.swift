/// One document's lines sorted into header and text: lines that are all header, headers merged
/// into text, and title pieces next to page furniture.
struct HeaderScan {
    struct Finding {
        var line: BodyLine
        var words: Range<Int>
        var whole: Bool
    }

    private enum Role {
        case text, furniture, header, fragment
        /// A header line holding the symbol.
        case symbolHeader
        /// The title under an annex heading: the annex's own, unless page furniture or the symbol
        /// stands in its block (the heading ended a page and the title tops the next).
        case underHeading
        case merged(Range<Int>)
    }

    let check: RunningHeaderCheck
    let header: HeaderWords
    let lines: [BodyLine]
    let context: DocumentContext
    let rule: RuleInfo
    let titleLine: Int
    /// Short titles learned beside the symbol (`titlesBesideSymbol`): only a page prints those,
    /// never an annex under its heading.
    var learned: Set<[String]> = []

    /// Lines longer than this are not read for a header (a hostile line of megabytes); a header
    /// merged into a whole paragraph still fits.
    static let longestLine = 20_000
    /// How far (in lines, blank ones included) the lines of one page's top or bottom lie apart.
    static let blockGap = 3

    /// A line's words, worked out when asked for: keeping every line's words for a whole
    /// document would cost several times the document's size.
    private func words(_ index: Int) -> [String] {
        lines[index].range.count <= Self.longestLine ? HeaderWords.words(context.text(of: lines[index])) : []
    }

    /// The header lines found. First the lines are given roles with the titles known; when short
    /// titles stand beside the symbol there (`titlesBesideSymbol`), the lines they may concern
    /// are given their roles again with them: only a document that prints such a header pays.
    func findings() -> [Finding] {
        guard !header.symbols.isEmpty || !header.titles.isEmpty else { return [] }
        var first = lines.count
        for (index, line) in lines.enumerated() {
            if titleLine > 0 ? line.number > titleLine : !header.symbolOccurrences(words(index)).isEmpty {
                first = titleLine > 0 ? index : index + 1
                break
            }
        }
        // The title's own wrapped lines follow it directly: they are the title, not a header.
        while first < lines.count, lines[first].number == (first > 0 ? lines[first - 1].number + 1 : 0), header.isFragment(words(first)) {
            first += 1
        }
        guard first < lines.count else { return [] }
        var roles = [Role](repeating: .text, count: lines.count)
        for index in first..<lines.count { roles[index] = role(index) }
        let learned = titlesBesideSymbol(roles, from: first)
        guard !learned.isEmpty else { return findings(&roles, from: first) }
        var again = HeaderScan(check: check, header: HeaderWords(symbols: header.symbols, titles: header.titles + learned), lines: lines,
                               context: context, rule: rule, titleLine: titleLine)
        again.learned = Set(learned)
        let onlyLearned = HeaderWords(symbols: header.symbols, titles: learned)
        for index in first..<lines.count {
            switch roles[index] {
            case .furniture: continue
            case .text:
                // Text before, and no learned word at either end: text still.
                let range = lines[index].range
                guard range.count <= Self.longestLine, onlyLearned.mayConcern(context.buffer, range) || header.mayConcern(context.buffer, range) else { continue }
                roles[index] = again.role(index, furniture: false)
            default: roles[index] = again.role(index, furniture: false)
            }
        }
        return again.findings(&roles, from: first)
    }

    private func findings(_ roles: inout [Role], from first: Int) -> [Finding] {
        markRepeatedLines(&roles, from: first)
        markFragmentsNextToFurniture(&roles, from: first)
        var findings: [Finding] = []
        for index in first..<lines.count {
            switch roles[index] {
            case .header, .symbolHeader: findings.append(Finding(line: lines[index], words: 0..<words(index).count, whole: true))
            case let .merged(range): findings.append(Finding(line: lines[index], words: range, whole: false))
            default: break
            }
        }
        return findings
    }

    /// `furniture: false` for a line known to be no page furniture.
    private func role(_ index: Int, furniture: Bool = true) -> Role {
        let line = lines[index]
        if furniture, check.isFurniture(line.range, context, rule) { return .furniture }
        guard line.range.count <= Self.longestLine, header.mayConcern(context.buffer, line.range) else { return .text }
        let lineWords = words(index)
        guard !lineWords.isEmpty else { return .text }
        if header.isSymbol(lineWords[...]) { return .symbolHeader }
        let alone = (index == 0 || lines[index - 1].number < line.number - 1)
            && (index + 1 == lines.count || lines[index + 1].number > line.number + 1)
        if header.isTitle(lineWords) || (alone && header.isTitleStart(lineWords)) {
            // Under an annex heading the title is the annex's own, unless page furniture or the
            // symbol stands beside it: the heading ended a page and this line tops the next.
            if index > 0, !learned.contains(lineWords), underHeading(index) { return .underHeading }
            return .header
        }
        for symbol in header.symbolOccurrences(lineWords) {
            let start = header.titleSuffixStart(lineWords, before: symbol.lowerBound)
            let end = symbol.upperBound + header.titlePrefixLength(lineWords, from: symbol.upperBound)
            if start == 0, end == lineWords.count { return .symbolHeader }
            let titleWords = (symbol.lowerBound - start) + (end - symbol.upperBound)
            // A symbol with no title beside it, inside a sentence, may be the text citing itself.
            // A title of a script written without spaces is one "word" to the splitter.
            let unspacedTitle = titleWords == 1 && Self.isUnspacedPhrase([lineWords[start == symbol.lowerBound ? end - 1 : start]])
            if titleWords >= 2 || unspacedTitle || start == 0 || end == lineWords.count { return .merged(start..<end) }
        }
        if header.isFragment(lineWords) { return .fragment }
        // `Protection of migrant workers and their` / `families`: one word finishing the title
        // under a line that is the title's piece.
        if lineWords.count == 1, index > 0, lines[index - 1].number == line.number - 1,
           header.isTitleEnd(words(index - 1) + lineWords) {
            return .fragment
        }
        return .text
    }

    /// Short titles that are no piece of the title, as layouts that join the header's lines print
    /// them: the words beside the symbol on a line that is the symbol and them (`A/RES/80/3 Awaza
    /// Declaration`, `Awaza Declaration A/RES/80/3`), on `repeated-lines` lines or more. A phrase
    /// that comes back beside the symbol page after page is the page's header, wherever else it
    /// stands: alone on a line, or merged into a sentence.
    /// Read from the lines whose role holds the symbol (a symbol at a line's end is a header,
    /// whole or merged), so that a document without them costs nothing more.
    private func titlesBesideSymbol(_ roles: [Role], from first: Int) -> [[String]] {
        guard check.repeatedLines > 0, !header.symbols.isEmpty else { return [] }
        var seen: [[String]: Int] = [:]
        for index in first..<lines.count {
            switch roles[index] {
            case .merged, .symbolHeader: break
            default: continue
            }
            let lineWords = words(index)
            for symbol in header.symbolOccurrences(lineWords) {
                let rest = symbol.lowerBound == 0 ? Array(lineWords[symbol.upperBound...])
                    : symbol.upperBound == lineWords.count ? Array(lineWords[..<symbol.lowerBound]) : []
                guard let initial = rest.first?.unicodeScalars.first, TextScalars.isWordCharacter(initial), !("0"..."9").contains(initial),
                      (2...20).contains(rest.count) || Self.isUnspacedPhrase(rest), !header.isTitle(rest) else { continue }
                seen[rest, default: 0] += 1
            }
        }
        return seen.filter { $0.value >= check.repeatedLines }.map(\.key).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// A short title that is no piece of the title (raw layouts print one): a line that comes
    /// back next to the page furniture of several pages.
    private func markRepeatedLines(_ roles: inout [Role], from first: Int) {
        guard check.repeatedLines > 0 else { return }
        var seen: [[String]: [Int]] = [:]
        for anchor in first..<lines.count where isAnchor(roles[anchor]) {
            for index in neighbours(of: anchor, from: first) {
                guard case .text = roles[index] else { continue }
                let lineWords = words(index)
                guard let initial = lineWords.first?.unicodeScalars.first, TextScalars.isWordCharacter(initial),
                      !("0"..."9").contains(initial) else { continue }
                var key = lineWords
                if lineWords.count == 1, !Self.isUnspacedPhrase(lineWords) {
                    // A short title's last word wrapped onto a line of its own: it comes back with
                    // the line above it, and only that pair is counted (a lone word is too common).
                    guard index > 0, lines[index - 1].number == lines[index].number - 1 else { continue }
                    key = words(index - 1) + ["\n"] + lineWords
                } else if !(2...20).contains(lineWords.count), !Self.isUnspacedPhrase(lineWords) {
                    continue
                }
                if seen[key]?.last != index { seen[key, default: []].append(index) }
            }
        }
        for (_, indices) in seen where Set(indices).count >= check.repeatedLines {
            for index in indices { roles[index] = .fragment }
        }
    }

    /// One "word" of four signs or more in a script written without spaces (Chinese, Japanese):
    /// a short title there is a single word to the splitter.
    static func isUnspacedPhrase(_ words: [String]) -> Bool {
        guard words.count == 1, words[0].unicodeScalars.count >= 4 else { return false }
        return words[0].unicodeScalars.allSatisfy { (0x3040...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    /// Title pieces in one block of lines with page furniture or a header line are the header.
    private func markFragmentsNextToFurniture(_ roles: inout [Role], from first: Int) {
        var start = first
        while start < lines.count {
            guard inBlock(roles[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < lines.count, inBlock(roles[end]), lines[end].number - lines[end - 1].number <= Self.blockGap { end += 1 }
            if (start..<end).contains(where: { isAnchor(roles[$0]) }) {
                // Another title line alone does not make a title under an annex heading a header.
                let printed = (start..<end).contains { index in
                    switch roles[index] {
                    case .furniture, .symbolHeader: return true
                    default: return false
                    }
                }
                let attached = start > 0 && underHeading(start) ? self.attached(start..<end, roles) : nil
                // The block's roles as found, not as promoted one by one (a copy of the block only).
                let found = Array(roles[start..<end])
                for member in start..<end where attached?.contains(member) ?? true {
                    switch roles[member] {
                    case .fragment where !goesOnWithTitleCutByPageTurn(member) { $0 >= start ? found[$0 - start] : roles[$0] }:
                        roles[member] = .header
                    case .underHeading where printed: roles[member] = .header
                    default: break
                    }
                }
            }
            start = end
        }
    }

    /// Whether the title piece at `index` (with the pieces right above it) goes on with the
    /// title's first lines that ended the page before, past the page turn: a title the text
    /// prints (an annex's) cut in two by a page break, not the page's header. The page turn
    /// holds the page's foot and the next page's top: its furniture, and its header, the symbol
    /// and the title pieces printed right against it. Above it, the title's first lines may be
    /// one or several.
    private func goesOnWithTitleCutByPageTurn(_ index: Int, _ role: (Int) -> Role) -> Bool {
        var start = index
        while start > 0, lines[start - 1].number == lines[start].number - 1, case .fragment = role(start - 1) { start -= 1 }
        var above = start - 1
        while above >= 0 {
            switch role(above) {
            case .header, .symbolHeader, .furniture:
                above -= 1
                continue
            case .fragment:
                if let top = headerPieces(endingAt: above, role) {
                    above = top - 1
                    continue
                }
            default: break
            }
            guard isPageTurn(above) else { break }
            above -= 1
        }
        // Nothing passed over, no page turn.
        guard above >= 0, above < start - 1 else { return false }
        let pieces = (start...index).flatMap { words($0) }
        var before: [String] = []
        var line = above
        for _ in 0..<Self.titleLinesAbovePageTurn {
            before = words(line) + before
            let piece = before + pieces
            if header.titles.contains(where: { piece.count <= $0.count && $0.starts(with: piece) }) { return true }
            guard line > 0, lines[line - 1].number == lines[line].number - 1 else { break }
            line -= 1
        }
        return false
    }

    /// How many of a title's lines may stand above the page turn that cuts it.
    static let titleLinesAbovePageTurn = 6

    /// The first line of the run of title pieces that ends at `end`, when the run is printed
    /// right against a header line (the symbol's, above or below it, no blank line between):
    /// a page's header, whose short title is the title's first lines.
    private func headerPieces(endingAt end: Int, _ role: (Int) -> Role) -> Int? {
        var top = end
        while top > 0, lines[top - 1].number == lines[top].number - 1, case .fragment = role(top - 1) { top -= 1 }
        func isHeader(_ index: Int) -> Bool {
            switch role(index) {
            case .header, .symbolHeader: return true
            default: return false
            }
        }
        if top > 0, lines[top - 1].number == lines[top].number - 1, isHeader(top - 1) { return top }
        if end + 1 < lines.count, lines[end + 1].number == lines[end].number + 1, isHeader(end + 1) { return top }
        return nil
    }

    /// Whether the line before `index`, past the page's foot (`look-past`) and the next page's
    /// top (its furniture, the header line that holds the symbol), is a heading whose title
    /// follows it (an annex's).
    private func underHeading(_ index: Int) -> Bool {
        guard let unless = check.unlessPreviousLine else { return false }
        var above = index - 1
        while above > 0, isPageTurn(above) { above -= 1 }
        return context.matches(unless, in: lines[above].range, for: rule)
    }

    /// A line of a page turn between a heading and its title.
    private func isPageTurn(_ index: Int) -> Bool {
        let range = lines[index].range
        if let lookPast = check.lookPast {
            if context.matches(lookPast, in: range, for: rule) { return true }
            // A footnote's wrapped lines, right under its first line (up to three).
            var above = index - 1
            while above >= 0, index - above <= 3, lines[above].number == lines[above + 1].number - 1 {
                if context.matches(lookPast, in: lines[above].range, for: rule) { return true }
                above -= 1
            }
        }
        if check.isFurniture(range, context, rule) { return true }
        guard range.count <= Self.longestLine, header.mayConcern(context.buffer, range) else { return false }
        let lineWords = words(index)
        // A short title learned beside the symbol, on a line of its own: only a page prints it.
        if learned.contains(lineWords) { return true }
        return header.symbolOccurrences(lineWords).contains { symbol in
            header.titleSuffixStart(lineWords, before: symbol.lowerBound) == 0
                && symbol.upperBound + header.titlePrefixLength(lineWords, from: symbol.upperBound) == lineWords.count
        }
    }

    /// Under an annex heading a page-top block may also hold the annex's title, after the header
    /// or cut in two by it: only the title lines printed right against the furniture or the
    /// symbol (no blank line between, as a page prints its header) are the header's.
    private func attached(_ block: Range<Int>, _ roles: [Role]) -> Set<Int> {
        var attached = Set(block.filter { index in
            switch roles[index] {
            case .furniture, .symbolHeader: return true
            default: return false
            }
        })
        var grew = true
        while grew {
            grew = false
            for index in block where !attached.contains(index) {
                let above = index > block.lowerBound && attached.contains(index - 1) && lines[index].number - lines[index - 1].number == 1
                let below = index + 1 < block.upperBound && attached.contains(index + 1) && lines[index + 1].number - lines[index].number == 1
                if above || below {
                    attached.insert(index)
                    grew = true
                }
            }
        }
        return attached
    }

    /// The lines beside an anchor within one page's top or bottom, up to three on each side.
    private func neighbours(of anchor: Int, from first: Int) -> [Int] {
        var result: [Int] = []
        var index = anchor
        while index > first, result.count < 3, lines[index].number - lines[index - 1].number <= Self.blockGap {
            index -= 1
            result.append(index)
        }
        index = anchor
        var after = 0
        while index + 1 < lines.count, after < 3, lines[index + 1].number - lines[index].number <= Self.blockGap {
            index += 1
            after += 1
            result.append(index)
        }
        return result
    }

    private func isAnchor(_ role: Role) -> Bool {
        switch role {
        case .furniture, .header, .symbolHeader: return true
        default: return false
        }
    }

    private func inBlock(_ role: Role) -> Bool {
        switch role {
        case .furniture, .header, .symbolHeader, .fragment, .underHeading: return true
        default: return false
        }
    }
}
