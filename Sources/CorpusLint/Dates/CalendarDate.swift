/// A day in the proleptic Gregorian calendar, years 0000–9999, with no time of day and no zone.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Four-digit years only: every form we parse writes the year with four digits, ISO 8601 needs an
    /// agreement between parties to go beyond them, and it keeps `description` fixed-width.
    /// Year 0000 is 1 BC, as in ISO 8601's proleptic calendar.
    public static let yearRange: ClosedRange<Int> = 0...9999

    /// Returns nil when the triple names no real day: month 0 or 13, day 0, 31 April, 29 February 2025.
    public init?(year: Int, month: Int, day: Int) {
        guard CalendarDate.yearRange.contains(year),
              let length = CalendarDate.daysInMonth(year: year, month: month),
              day >= 1, day <= length
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day that is `daysSinceEpoch` days after 1970-01-01; nil outside `yearRange`.
    public init?(daysSinceEpoch: Int) {
        // Shift the epoch to 0000-03-01 so that the leap day is the last day of the (March-based)
        // year, then split into 400-year eras of exactly 146 097 days each. Floor division keeps
        // the arithmetic right for days before the shifted epoch.
        let shifted = daysSinceEpoch + CalendarDate.epochShift
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097                                     // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)  // 0...365
        let monthFromMarch = (5 * dayOfYear + 2) / 153                             // 0 = March
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The length of a month, or nil when `month` is not 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int? {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return nil
        }
    }

    /// Days since 1970-01-01 (negative before it), so that "within N days" is a subtraction.
    public var daysSinceEpoch: Int {
        // The inverse of init(daysSinceEpoch:), over the same March-based years and 400-year eras.
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let monthFromMarch = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - CalendarDate.epochShift
    }

    /// Signed number of days from `self` to `other`: positive when `other` is later.
    public func days(to other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    public var description: String {
        // A date of years 0–9999 written straight into its ten bytes: joining padded strings
        // cost 2,500 instructions a date, and dates are compared in every document.
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return CalendarDate.padded(year, 4) + "-" + CalendarDate.padded(month, 2) + "-" + CalendarDate.padded(day, 2)
        }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            bytes[0] = UInt8(ascii: "0") + UInt8(year / 1000)
            bytes[1] = UInt8(ascii: "0") + UInt8(year / 100 % 10)
            bytes[2] = UInt8(ascii: "0") + UInt8(year / 10 % 10)
            bytes[3] = UInt8(ascii: "0") + UInt8(year % 10)
            bytes[4] = UInt8(ascii: "-")
            bytes[5] = UInt8(ascii: "0") + UInt8(month / 10)
            bytes[6] = UInt8(ascii: "0") + UInt8(month % 10)
            bytes[7] = UInt8(ascii: "-")
            bytes[8] = UInt8(ascii: "0") + UInt8(day / 10)
            bytes[9] = UInt8(ascii: "0") + UInt8(day % 10)
            return 10
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days from 0000-03-01 to 1970-01-01.
    private static let epochShift = 719_468

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension CalendarDate {
    /// As written in the cache and shard reports: `yyyy-MM-dd`, checked again when read, so a
    /// damaged record cannot make a date that names no day.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let date = CalendarDate(year: year, month: month, day: day) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "`\(text)` is no day"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
