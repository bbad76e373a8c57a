/// The languages dates are read in: the six official languages of the United Nations, by the
/// code UN document symbols and file names use, and German.
public enum DateLanguage: String, Sendable, CaseIterable {
    case arabic = "AR", chinese = "ZH", english = "EN", french = "FR", russian = "RU", spanish = "ES"
    case german = "DE"

    /// Accepts the two-letter code in any case ("en", "EN", "En").
    public init?(code: String) {
        self.init(rawValue: code.uppercased())
    }
}

/// Dates as UN documents write them in running text, such as "1 December 2025", "1er décembre 2025",
/// "1 de diciembre de 2025", "1 декабря 2025 года", "2025年12月1日", "1 كانون الأول/ديسمبر 2025".
///
/// Matching is case-, accent- and hamza-insensitive, ignores harakat and tatweel, reads ASCII,
/// full-width and Arabic-Indic digits, takes any Unicode space (U+00A0, U+202F...) as a space and
/// tolerates a missing space between tokens, as PDF extraction drops some. A four-digit year and a
/// one- or two-digit day are required; abbreviated month names are not read. Arabic must be in logical
/// order (text extracted in visual order reads backwards and is not recognised).
public enum WrittenDate {
    /// Parses text that is exactly one date, surrounding whitespace aside.
    public static func parse(_ text: Substring, language: DateLanguage) -> DateParseOutcome {
        let matcher = DateMatcher(text: text, language: language)
        guard let match = matcher.match(at: 0), match.end == matcher.tokens.count else { return .unrecognized }
        return match.outcome
    }

    /// The first date written in `line`, with its range in `line`.
    public static func firstDate(in line: Substring, language: DateLanguage)
        -> (range: Range<Substring.Index>, outcome: DateParseOutcome)? {
        let matcher = DateMatcher(text: line, language: language)
        for start in matcher.tokens.indices {
            if let match = matcher.match(at: start) { return (matcher.range(start, match.end), match.outcome) }
        }
        return nil
    }

    /// Every date written in `line`, left to right, without overlaps.
    public static func allDates(in line: Substring, language: DateLanguage)
        -> [(range: Range<Substring.Index>, outcome: DateParseOutcome)] {
        let matcher = DateMatcher(text: line, language: language)
        var found: [(range: Range<Substring.Index>, outcome: DateParseOutcome)] = []
        var start = 0
        while start < matcher.tokens.count {
            if let match = matcher.match(at: start) {
                found.append((matcher.range(start, match.end), match.outcome))
                start = match.end
            } else {
                start += 1
            }
        }
        return found
    }

    // MARK: - Tokens

    /// A maximal run of digits or of letters, or a single ideograph or other symbol. Spaces separate
    /// tokens and are dropped; `glued` records that none did so before this token.
    struct Token {
        enum Kind { case number, word, ideograph, symbol }
        var kind: Kind
        /// UTF-8 offsets from the start of the text: cheaper to keep than `String.Index`.
        var start: Int
        var end: Int
        /// The number's value (saturating past 9 digits), or the scalar of an ideograph or symbol.
        var value: Int
        var digitCount = 0
        var glued: Bool
    }

    static func tokenize(_ text: Substring) -> [Token] {
        // Every date has a digit, and headings, blank lines and most short lines have none: one byte scan
        // skips them. Lead bytes 0xD9, 0xDB, 0xEF start Arabic-Indic, Persian and full-width digits.
        guard text.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0xD9 || $0 == 0xDB || $0 == 0xEF })
        else { return [] }

        var tokens: [Token] = []
        var separated = true
        var index = 0
        for scalar in text.unicodeScalars {
            let next = index + UTF8.width(scalar)
            defer { index = next }

            let kind = classify(scalar)
            switch kind {
            case .separator:
                separated = true
                continue
            case .transparent where !separated && !tokens.isEmpty:
                tokens[tokens.count - 1].end = next   // a combining mark stays with its base: ranges stay whole
                continue
            case .digit(let digit) where !separated && tokens.last?.kind == .number:
                let last = tokens.count - 1
                tokens[last].end = next
                tokens[last].digitCount += 1
                if tokens[last].digitCount <= 9 { tokens[last].value = tokens[last].value * 10 + digit }
            case .letter where !separated && tokens.last?.kind == .word:
                tokens[tokens.count - 1].end = next
            case .digit(let digit):
                tokens.append(Token(kind: .number, start: index, end: next, value: digit, digitCount: 1,
                                    glued: !separated))
            case .letter:
                tokens.append(Token(kind: .word, start: index, end: next, value: 0, glued: !separated))
            case .ideograph, .symbol, .transparent:
                tokens.append(Token(kind: kind == .ideograph ? .ideograph : .symbol, start: index, end: next,
                                    value: Int(scalar.value), glued: !separated))
            }
            separated = false
        }
        return tokens
    }

    private enum ScalarClass: Equatable { case digit(Int), letter, ideograph, symbol, separator, transparent }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        switch value {
        case 0x30...0x39: return .digit(Int(value - 0x30))
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x20, 0x09...0x0D: return .separator
        case 0..<0x80: return .symbol
        case 0x660...0x669: return .digit(Int(value - 0x660))
        case 0x6F0...0x6F9: return .digit(Int(value - 0x6F0))
        case 0xFF10...0xFF19: return .digit(Int(value - 0xFF10))
        // Invisible bidi and zero-width controls, which Arabic text and PDF extraction scatter around
        // numbers, separate tokens like spaces do.
        case 0x61C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return .separator
        default:
            if isTransparent(scalar) { return .transparent }
            let properties = scalar.properties
            if properties.isWhitespace { return .separator }
            if properties.isIdeographic { return .ideograph }
            return properties.isAlphabetic ? .letter : .symbol
        }
    }

    // MARK: - Patterns

    struct DateMatcher {
        let tokens: [Token]
        let language: DateLanguage
        let months: [String: Int]
        let text: Substring

        init(text: Substring, language: DateLanguage) {
            self.text = text
            self.tokens = WrittenDate.tokenize(text)
            self.language = language
            self.months = WrittenDate.monthNames(language)
        }

        func range(_ start: Int, _ end: Int) -> Range<Substring.Index> {
            stringIndex(tokens[start].start)..<stringIndex(tokens[end - 1].end)
        }

        /// Constant time on native strings, whose UTF-8 view is indexed by offset.
        private func stringIndex(_ offset: Int) -> String.Index {
            text.utf8.index(text.startIndex, offsetBy: offset)
        }

        /// The date that starts at token `start`, and the index just past its last token.
        func match(at start: Int) -> (end: Int, outcome: DateParseOutcome)? {
            guard start < tokens.count else { return nil }
            let found: (end: Int, year: Int, month: Int, day: Int)?
            switch language {
            case .english: found = matchDayFirst(start) ?? matchMonthFirst(start)
            case .chinese: found = matchChinese(start)
            default: found = matchDayFirst(start)
            }
            guard let found, language == .chinese || isDelimited(start, found.end) else { return nil }
            if let date = CalendarDate(year: found.year, month: found.month, day: found.day) {
                return (found.end, .valid(date))
            }
            return (found.end, .impossible(year: found.year, month: found.month, day: found.day))
        }

        /// Day, month name, year, with each language's particles and ordinals:
        /// EN "3 December 2025", "3rd December, 2025"; FR "1er décembre 2025"; ES "1.º de enero del 2025";
        /// RU "3 декабря 2025 года" / "г."; AR "3 كانون الأول/ديسمبر 2025".
        private func matchDayFirst(_ start: Int) -> (end: Int, year: Int, month: Int, day: Int)? {
            guard let day = number(start, 1...2) else { return nil }
            var next = skipOrdinal(after: start + 1, day: day)
            if language == .spanish, word(next) == "de" { next += 1 }
            guard let (month, afterMonth) = monthName(next) else { return nil }
            next = afterMonth
            if language == .english, symbol(next, ",") { next += 1 }
            if language == .spanish, let particle = word(next), particle == "de" || particle == "del" { next += 1 }
            guard let year = number(next, 4...4) else { return nil }
            return (skipYearSuffix(next + 1), year, month, day)
        }

        /// The American order, which UN English does not use but quoted and external texts do.
        private func matchMonthFirst(_ start: Int) -> (end: Int, year: Int, month: Int, day: Int)? {
            // Every word is a candidate here, so look for the day before paying for folding the word.
            guard tokens.indices.contains(start), tokens[start].kind == .word,
                  number(start + 1, 1...2) != nil,
                  let (month, afterMonth) = monthName(start), let day = number(afterMonth, 1...2) else { return nil }
            var next = skipOrdinal(after: afterMonth + 1, day: day)
            if symbol(next, ",") { next += 1 }
            guard let year = number(next, 4...4) else { return nil }
            return (next + 1, year, month, day)
        }

        /// 2025年12月3日, with any digits and spaces.
        private func matchChinese(_ start: Int) -> (end: Int, year: Int, month: Int, day: Int)? {
            guard let year = number(start, 4...4), symbol(start + 1, "年"),
                  let month = number(start + 2, 1...2), symbol(start + 3, "月"),
                  let day = number(start + 4, 1...2), symbol(start + 5, "日")
            else { return nil }
            return (start + 6, year, month, day)
        }

        private func skipOrdinal(after index: Int, day: Int) -> Int {
            switch language {
            case .english:
                if tokens.indices.contains(index), tokens[index].glued,
                   let suffix = word(index), ["st", "nd", "rd", "th"].contains(suffix) { return index + 1 }
            case .french:
                // Only the first of the month is an ordinal in French: "1er", also "1 er" after extraction.
                if day == 1, word(index) == "er" { return index + 1 }
            case .german:
                // German writes the day as an ordinal with a full stop: "3. Dezember 2025".
                if symbol(index, ".") { return index + 1 }
            case .spanish:
                // "1.º", "1º", and the degree sign that often stands in for º.
                let mark = symbol(index, ".") ? index + 1 : index
                if day == 1, word(mark) == "º" || symbol(mark, "°") { return mark + 1 }
            default:
                break
            }
            return index
        }

        /// Russian follows the year with "года" or "г."; Arabic sometimes with "م" (Gregorian era).
        private func skipYearSuffix(_ index: Int) -> Int {
            switch language {
            case .russian:
                if word(index) == "года" { return index + 1 }
                if word(index) == "г" { return symbol(index + 1, ".") ? index + 2 : index + 1 }
            case .arabic:
                if word(index) == "م" { return index + 1 }
            default:
                break
            }
            return index
        }

        /// A month name, and the index after it. Arabic may pair two names with a slash; they must agree,
        /// since "كانون الأول/نوفمبر" names no single month.
        private func monthName(_ index: Int) -> (month: Int, end: Int)? {
            guard let first = singleMonthName(index) else { return nil }
            guard language == .arabic, symbol(first.end, "/"), let second = singleMonthName(first.end + 1)
            else { return first }
            return second.month == first.month ? (first.month, second.end) : nil
        }

        private func singleMonthName(_ index: Int) -> (month: Int, end: Int)? {
            guard let name = word(index) else { return nil }
            if let month = months[name] { return (month, index + 1) }
            if language == .arabic, let seconds = WrittenDate.arabicTwoWordMonths[name],
               let second = word(index + 1), let month = seconds[second] {
                return (month, index + 2)
            }
            return nil
        }

        /// A date must not be glued to a letter or digit outside it ("x3 December", "2025th"), nor follow
        /// a slash, as in the symbol "A/RES/80/35 December…"; Chinese runs glue everything and are exempt.
        private func isDelimited(_ start: Int, _ end: Int) -> Bool {
            if start > 0, tokens[start].glued {
                let before = tokens[start - 1]
                if before.kind == .word || before.kind == .number || (before.kind == .symbol && before.value == 0x2F) {
                    return false
                }
            }
            if end < tokens.count, tokens[end].glued, tokens[end].kind == .word || tokens[end].kind == .number {
                return false
            }
            return true
        }

        private func number(_ index: Int, _ digits: ClosedRange<Int>) -> Int? {
            guard tokens.indices.contains(index), tokens[index].kind == .number,
                  digits.contains(tokens[index].digitCount) else { return nil }
            return tokens[index].value
        }

        private func symbol(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
            tokens.indices.contains(index) && tokens[index].kind != .word && tokens[index].kind != .number
                && tokens[index].value == Int(scalar.value)
        }

        private func word(_ index: Int) -> String? {
            guard tokens.indices.contains(index), tokens[index].kind == .word else { return nil }
            var folded = String.UnicodeScalarView()
            for scalar in text.unicodeScalars[stringIndex(tokens[index].start)..<stringIndex(tokens[index].end)] {
                WrittenDate.appendFolded(scalar, to: &folded)
            }
            return String(folded)
        }
    }
}
