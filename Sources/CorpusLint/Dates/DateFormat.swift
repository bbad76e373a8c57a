/// How a rule reads a date: ISO, written in the document's language, either, one of the named
/// ISO forms, or a declared pattern such as `yyyy-MM-dd HH:mm:ss Z` (a Jekyll date) or `d.M.yyyy`.
///
/// | in a pattern | reads |
/// |---|---|
/// | `yyyy` | a four-digit year |
/// | `MM`, `M` | a month: two digits, or one or two |
/// | `dd`, `d` | a day: two digits, or one or two |
/// | `HH`, `H` | an hour (0–23): two digits, or one or two |
/// | `mm`, `ss` | minutes, seconds: two digits |
/// | `S…` | a decimal fraction: one digit or more |
/// | `Z` | an offset: `Z`, `+hhmm` or `+hh:mm` |
/// | `'text'` | `text` as written (`'T'`) |
/// | any other character | itself |
public enum DateFormat: Sendable, Equatable {
    case any, iso, written
    /// `iso-date` (2020-03-13), `iso-datetime` (with `T`, seconds and an optional zone),
    /// `year-month` (2020-03, read as its first day) and `year` (2020, read as 1 January).
    case isoDate, isoDateTime, yearMonth, year
    case pattern(DatePattern)

    static let words = ["any", "iso", "written", "iso-date", "iso-datetime", "year-month", "year"]

    /// A format named by a word, or a pattern; the error says what is wrong with the pattern.
    static func read(_ text: String) -> Result<DateFormat, DatePattern.PatternError> {
        switch text {
        case "any": return .success(.any)
        case "iso": return .success(.iso)
        case "written": return .success(.written)
        case "iso-date": return .success(.isoDate)
        case "iso-datetime": return .success(.isoDateTime)
        case "year-month": return .success(.yearMonth)
        case "year": return .success(.year)
        default: return DatePattern.parse(text).map { .pattern($0) }
        }
    }

    /// What the text makes in this format; written dates are read in `language`.
    func parse(_ text: Substring, language: DateLanguage) -> DateParseOutcome {
        switch self {
        case .any, .iso, .written:
            var outcome = DateParseOutcome.unrecognized
            if self != .written {
                outcome = ISODate.parseDate(text)
                if case .unrecognized = outcome { outcome = Self.dateOf(ISODate.parseDateTime(text)) }
            }
            if case .unrecognized = outcome, self != .iso { outcome = WrittenDate.parse(text, language: language) }
            return outcome
        case .isoDate: return ISODate.parseDate(text)
        case .isoDateTime: return Self.dateOf(ISODate.parseDateTime(text))
        case .yearMonth: return DatePattern.yearMonth.parse(text)
        case .year: return DatePattern.yearOnly.parse(text)
        case let .pattern(pattern): return pattern.parse(text)
        }
    }

    private static func dateOf(_ outcome: DateTimeParseOutcome) -> DateParseOutcome {
        switch outcome {
        case let .valid(dateTime): return .valid(dateTime.date)
        case let .impossibleDate(year, month, day): return .impossible(year: year, month: month, day: day)
        case .impossibleTime: return .impossible(year: 0, month: 0, day: 0)
        case .unrecognized: return .unrecognized
        }
    }
}

/// A declared date pattern (`yyyy-MM-dd HH:mm:ss Z`), compiled once when the pack loads.
public struct DatePattern: Sendable, Equatable {
    enum Field: Sendable, Equatable {
        case year, month(fixed: Bool), day(fixed: Bool), hour(fixed: Bool), minute, second, fraction, offset
        case literal(Character)
    }

    public let source: String
    let fields: [Field]

    struct PatternError: Error { let message: String }

    static let yearMonth = DatePattern(source: "yyyy-MM", fields: [.year, .literal("-"), .month(fixed: true)])
    static let yearOnly = DatePattern(source: "yyyy", fields: [.year])

    static func parse(_ source: String) -> Result<DatePattern, PatternError> {
        var fields: [Field] = []
        let chars = Array(source)
        var i = 0
        while i < chars.count {
            let char = chars[i]
            var run = 1
            while i + run < chars.count, chars[i + run] == char { run += 1 }
            switch char {
            case "y":
                guard run == 4 else { return .failure(PatternError(message: "write the year as `yyyy`")) }
                fields.append(.year)
            case "M":
                guard run <= 2 else { return .failure(PatternError(message: "`\(String(repeating: "M", count: run))`: month names are read with `format: written`; write `MM` or `M`")) }
                fields.append(.month(fixed: run == 2))
            case "d":
                guard run <= 2 else { return .failure(PatternError(message: "write the day as `dd` or `d`")) }
                fields.append(.day(fixed: run == 2))
            case "H":
                guard run <= 2 else { return .failure(PatternError(message: "write the hour as `HH` or `H`")) }
                fields.append(.hour(fixed: run == 2))
            case "m":
                guard run == 2 else { return .failure(PatternError(message: "write minutes as `mm`")) }
                fields.append(.minute)
            case "s":
                guard run == 2 else { return .failure(PatternError(message: "write seconds as `ss`")) }
                fields.append(.second)
            case "S": fields.append(.fraction)
            case "Z", "X": fields.append(.offset)
            case "'":
                guard let close = chars[(i + 1)...].firstIndex(of: "'") else {
                    return .failure(PatternError(message: "a quote `'` is not closed"))
                }
                fields += chars[(i + 1)..<close].map { .literal($0) }
                i = close + 1
                continue
            default:
                if char.isLetter { return .failure(PatternError(message: "unknown letter `\(char)` (quote text: `'T'`)")) }
                fields += Array(repeating: .literal(char), count: run)
            }
            i += run
        }
        guard fields.contains(.year) else { return .failure(PatternError(message: "a date pattern needs a year, `yyyy`")) }
        return .success(DatePattern(source: source, fields: fields))
    }

    /// The date the text is in this pattern, exactly (nothing before or after).
    func parse(_ text: Substring) -> DateParseOutcome {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var year = 0, month = 1, day = 1, timeValid = true

        func digits(min: Int, max: Int) -> Int? {
            var value = 0, count = 0
            while count < max, i < scalars.count, scalars[i].value >= 0x30, scalars[i].value <= 0x39 {
                value = value * 10 + Int(scalars[i].value - 0x30)
                count += 1
                i += 1
            }
            return count >= min ? value : nil
        }

        for field in fields {
            switch field {
            case .year: guard let value = digits(min: 4, max: 4) else { return .unrecognized }; year = value
            case let .month(fixed): guard let value = digits(min: fixed ? 2 : 1, max: 2) else { return .unrecognized }; month = value
            case let .day(fixed): guard let value = digits(min: fixed ? 2 : 1, max: 2) else { return .unrecognized }; day = value
            case let .hour(fixed):
                guard let value = digits(min: fixed ? 2 : 1, max: 2) else { return .unrecognized }
                if value > 23 { timeValid = false }
            case .minute, .second:
                guard let value = digits(min: 2, max: 2) else { return .unrecognized }
                if value > 59 { timeValid = false }
            case .fraction:
                guard digits(min: 1, max: Int.max) != nil else { return .unrecognized }
            case .offset:
                guard i < scalars.count else { return .unrecognized }
                if scalars[i] == "Z" { i += 1; continue }
                guard scalars[i] == "+" || scalars[i] == "-" || scalars[i] == "\u{2212}" else { return .unrecognized }
                i += 1
                guard let hours = digits(min: 2, max: 2) else { return .unrecognized }
                if i < scalars.count, scalars[i] == ":" { i += 1 }
                guard let minutes = digits(min: 2, max: 2) else { return .unrecognized }
                if hours > 14 || minutes > 59 { timeValid = false }
            case let .literal(char):
                let expected = Array(char.unicodeScalars)
                guard i + expected.count <= scalars.count, Array(scalars[i..<(i + expected.count)]) == expected else { return .unrecognized }
                i += expected.count
            }
        }
        guard i == scalars.count else { return .unrecognized }
        guard timeValid, let date = CalendarDate(year: year, month: month, day: day) else {
            return .impossible(year: year, month: month, day: day)
        }
        return .valid(date)
    }
}

extension DateFormat {
    /// `format:` in a rule: one format or a list of them, any of which may match (`[]` is
    /// not allowed). nil when the key is absent or wrong (the mistake is recorded).
    static func readList(_ reader: inout NodeReader, key: String = "format") -> [DateFormat]? {
        guard let node = reader.value(key), let texts = reader.strings(key) else { return nil }
        var formats: [DateFormat] = []
        for text in texts {
            switch read(text) {
            case let .success(format): formats.append(format)
            case let .failure(error):
                reader.error(node.start, "date format `\(text)`: \(error.message); or one of " + words.joined(separator: ", "))
            }
        }
        if texts.isEmpty { reader.error(node.start, "`\(key)` lists no format") }
        return formats.count == texts.count && !formats.isEmpty ? formats : nil
    }

    /// The outcome of the first format that reads a date, else the first impossible one.
    static func parse(_ text: Substring, formats: [DateFormat], language: DateLanguage) -> DateParseOutcome {
        var best = DateParseOutcome.unrecognized
        for format in formats {
            let outcome = format.parse(text, language: language)
            switch outcome {
            case .valid: return outcome
            case .impossible: if case .unrecognized = best { best = outcome }
            case .unrecognized: break
            }
        }
        return best
    }

    /// How the format reads, for messages.
    var description: String {
        switch self {
        case .any: return "any"
        case .iso: return "iso"
        case .written: return "written"
        case .isoDate: return "iso-date"
        case .isoDateTime: return "iso-datetime"
        case .yearMonth: return "year-month"
        case .year: return "year"
        case let .pattern(pattern): return pattern.source
        }
    }
}
