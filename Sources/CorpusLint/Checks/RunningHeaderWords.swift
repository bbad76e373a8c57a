#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words a document's page header is made of (its symbols and titles), compared word by word,
/// case aside: an extractor re-wraps the header on every page, so lines match pieces of it.
struct HeaderWords {
    let symbols: [[String]]
    let titles: [[String]]
    /// Every word of the symbols and titles.
    private let vocabulary: Set<String>
    /// The symbols' first words as ASCII bytes; nil when one is not ASCII (then no line is
    /// turned away by `mayConcern`).
    private let symbolHeads: [[UInt8]]?
    /// The vocabulary words an ASCII word can equal, as bytes, by length (a line's end word is
    /// compared with the few of its length, not with every word of the title): `String` equality
    /// is canonical equivalence, under which three non-ASCII scalars equal an ASCII one, so a
    /// word holding them is kept in its ASCII form; a word with any other non-ASCII scalar
    /// equals no ASCII word.
    private let asciiVocabulary: [[[UInt8]]]

    init(symbols: [[String]], titles: [[String]]) {
        self.symbols = symbols
        self.titles = titles
        vocabulary = Set(symbols.joined()).union(titles.joined())
        let heads = symbols.compactMap(\.first).map { Array($0.utf8) }
        symbolHeads = heads.allSatisfy { $0.allSatisfy { $0 < 0x80 } } ? heads : nil
        let ascii = vocabulary.compactMap(Self.asciiEquivalent)
        var byLength = [[[UInt8]]](repeating: [], count: (ascii.map(\.count).max() ?? 0) + 1)
        for word in ascii { byLength[word.count].append(word) }
        asciiVocabulary = byLength
    }

    /// The ASCII word `word` is canonically equivalent to; nil when there is none.
    private static func asciiEquivalent(_ word: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x212A: bytes.append(UInt8(ascii: "K"))  // KELVIN SIGN
            case 0x037E: bytes.append(UInt8(ascii: ";"))  // GREEK QUESTION MARK
            case 0x1FEF: bytes.append(UInt8(ascii: "`"))  // GREEK VARIA
            default: return nil
            }
        }
        return bytes
    }

    /// False for a line that can be no header, no piece of a title and no merged header: its
    /// first and last words are no header word, and no symbol is in it. Known from the line's
    /// two ends and a byte search, where splitting and lowercasing every word of every line
    /// was most of what the kind cost.
    func mayConcern(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if let ends = asciiEnds(bytes, range) {
            guard let ends else { return false }
            if isASCIIVocabularyWord(bytes, ends.first) || isASCIIVocabularyWord(bytes, ends.last) { return true }
            guard let symbolHeads else { return true }
            return symbolHeads.contains { Self.containsIgnoringASCIICase(bytes, range, $0) }
        }
        return mayConcernScalars(bytes, range)
    }

    /// The line's first and last words, found on its bytes where they and the spaces around
    /// them are ASCII (most lines): decoding the line into a `String`, lowercasing its two end
    /// words and hashing them was a twelfth of a run's instructions. `.some(nil)` for a line
    /// of ASCII spaces only; nil where a non-ASCII byte leaves it to `mayConcernScalars`
    /// (it may be a space, and lowercasing it may be more than ASCII's).
    private func asciiEnds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (first: Range<Int>, last: Range<Int>)?? {
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var firstStart = range.lowerBound
        while firstStart < range.upperBound, isSpace(bytes[firstStart]) { firstStart += 1 }
        guard firstStart < range.upperBound else { return .some(nil) }
        var firstEnd = firstStart
        while firstEnd < range.upperBound, !isSpace(bytes[firstEnd]) {
            if bytes[firstEnd] >= 0x80 { return nil }
            firstEnd += 1
        }
        var lastEnd = range.upperBound
        while isSpace(bytes[lastEnd - 1]) { lastEnd -= 1 }
        var lastStart = lastEnd
        while lastStart > firstStart, !isSpace(bytes[lastStart - 1]) {
            if bytes[lastStart - 1] >= 0x80 { return nil }
            lastStart -= 1
        }
        return (firstStart..<firstEnd, lastStart..<lastEnd)
    }

    /// Whether the ASCII word at `word`, lowercased, is in the vocabulary.
    private func isASCIIVocabularyWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count < asciiVocabulary.count else { return false }
        return asciiVocabulary[word.count].contains { candidate in
            var offset = 0
            while offset < candidate.count {
                var byte = bytes[word.lowerBound + offset]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if byte != candidate[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// `mayConcern` on Unicode scalars, for lines whose ends are not plain ASCII.
    private func mayConcernScalars(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let scalars = text.unicodeScalars
        guard let firstStart = scalars.firstIndex(where: { !TextScalars.isSpace($0) }) else { return false }
        let firstEnd = scalars[firstStart...].firstIndex(where: TextScalars.isSpace) ?? scalars.endIndex
        if vocabulary.contains(String(scalars[firstStart..<firstEnd]).lowercased()) { return true }
        let lastEnd = scalars.index(after: scalars.lastIndex(where: { !TextScalars.isSpace($0) })!)
        let lastStart = scalars[..<lastEnd].lastIndex(where: TextScalars.isSpace).map { scalars.index(after: $0) } ?? scalars.startIndex
        if vocabulary.contains(String(scalars[lastStart..<lastEnd]).lowercased()) { return true }
        guard let symbolHeads else { return true }
        return symbolHeads.contains { Self.containsIgnoringASCIICase(bytes, range, $0) }
    }

    /// Whether `needle` (lowercase ASCII) is in `range`, ASCII letters compared without case.
    /// The Kelvin sign is the one non-ASCII letter whose lowercase is ASCII (`k`): a line with it
    /// is not turned away. Both are looked for with the C library's `memchr`, which reads several
    /// bytes an instruction: reading each byte of the lines after the title cost 2,000
    /// instructions a line (the symbol's `/` is the byte looked for, its case cannot differ).
    private static func containsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        var from = range.lowerBound
        while let at = firstIndex(of: 0xE2, in: bytes, from: from, to: range.upperBound) {
            if at + 2 < range.upperBound, bytes[at + 1] == 0x84, bytes[at + 2] == 0xAA { return true }
            from = at + 1
        }
        guard range.count >= needle.count else { return false }
        let lastStart = range.upperBound - needle.count
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        func matches(at start: Int) -> Bool {
            var offset = 0
            while offset < needle.count {
                var byte = bytes[start + offset]
                if isLetter(byte) { byte |= 0x20 }
                if byte != needle[offset] { return false }
                offset += 1
            }
            return true
        }
        guard let anchor = needle.firstIndex(where: { !isLetter($0) }) else {
            return (range.lowerBound...lastStart).contains(where: matches(at:))
        }
        from = range.lowerBound + anchor
        while let at = firstIndex(of: needle[anchor], in: bytes, from: from, to: lastStart + anchor + 1) {
            if matches(at: at - anchor) { return true }
            from = at + 1
        }
        return false
    }

    /// The first offset of `byte` in `start..<end`.
    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// A line's words, lowercased; the same count and order as `wordRanges`.
    static func words(_ text: String) -> [String] {
        wordRanges(text).map { String(text.unicodeScalars[$0]).lowercased() }
    }

    static func wordRanges(_ text: String) -> [Range<String.UnicodeScalarView.Index>] {
        var ranges: [Range<String.UnicodeScalarView.Index>] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if TextScalars.isSpace(scalars[index]) {
                if let begun = start { ranges.append(begun..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let begun = start { ranges.append(begun..<scalars.endIndex) }
        return ranges
    }

    func isSymbol(_ words: ArraySlice<String>) -> Bool { symbols.contains { $0[...] == words } }

    func isTitle(_ words: [String]) -> Bool { titles.contains { $0 == words } }

    /// Where each symbol stands in `words`, as word ranges.
    func symbolOccurrences(_ words: [String]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for symbol in symbols where symbol.count <= words.count {
            for start in 0...(words.count - symbol.count) where words[start] == symbol[0] {
                if words[start..<start + symbol.count].elementsEqual(symbol) { found.append(start..<start + symbol.count) }
            }
        }
        return found
    }

    /// The number of words from `start` that begin some title.
    func titlePrefixLength(_ words: [String], from start: Int) -> Int {
        titles.map { title in
            var length = 0
            while start + length < words.count, length < title.count, words[start + length] == title[length] { length += 1 }
            return length
        }.max() ?? 0
    }

    /// The first of the words before `end` that, up to `end`, finish some title.
    func titleSuffixStart(_ words: [String], before end: Int) -> Int {
        titles.map { title in
            var length = 0
            while length < end, length < title.count, words[end - 1 - length] == title[title.count - 1 - length] { length += 1 }
            return end - length
        }.min() ?? end
    }

    /// A line that is a piece of a title as a header wraps it: its start or end (two words or
    /// more), or a middle piece long enough not to be chance (four words or more).
    func isFragment(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        for title in titles where words.count <= title.count {
            if title.starts(with: words) || title.suffix(words.count).elementsEqual(words) { return true }
            guard words.count >= 4, title.count - words.count >= 2 else { continue }
            for start in 1..<(title.count - words.count) where title[start] == words[0] {
                if title[start..<start + words.count].elementsEqual(words) { return true }
            }
        }
        return false
    }

    /// Words (two or more) that end some title: a title's last word wrapped onto a line of its
    /// own is a piece of it only together with the line above it.
    func isTitleEnd(_ words: [String]) -> Bool {
        words.count >= 2 && titles.contains { words.count <= $0.count && $0.suffix(words.count).elementsEqual(words) }
    }

    /// A line, alone between blank lines, that is the title's first line as a page header prints
    /// it: at least four words and half the title.
    func isTitleStart(_ words: [String]) -> Bool {
        titles.contains { words.count >= 4 && words.count * 2 >= $0.count && words.count < $0.count && $0.starts(with: words) }
    }
}
