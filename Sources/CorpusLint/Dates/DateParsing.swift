/// What a date parser made of a piece of text.
public enum DateParseOutcome: Sendable, Equatable {
    case valid(CalendarDate)
    /// The text has the shape of a date, but the day does not exist (31 February, month 13, day 0).
    /// Kept apart from `.unrecognized` because a linter should report it, not ignore it.
    case impossible(year: Int, month: Int, day: Int)
    case unrecognized

    /// The date when it is valid, nil otherwise.
    public var date: CalendarDate? {
        if case .valid(let date) = self { return date }
        return nil
    }
}

/// A timestamp in ISO 8601 extended format with seconds, such as `2026-02-28T16:10:31.123+01:00`.
public struct ISODateTime: Sendable, Hashable {
    public let date: CalendarDate
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// The digits after the decimal point, kept as written so that precision and trailing zeros survive.
    public let fraction: String?
    /// Offset from UTC in minutes; nil when the timestamp has no zone (local time of unknown offset).
    public let utcOffsetMinutes: Int?
    /// True for `Z` and `+00:00`. False for `-00:00`, which RFC 3339 reserves for "UTC time, local
    /// offset unknown", so a check can tell the two apart even though both have offset 0.
    public let isUTC: Bool

    public init(date: CalendarDate, hour: Int, minute: Int, second: Int, fraction: String? = nil,
                utcOffsetMinutes: Int?, isUTC: Bool) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.fraction = fraction
        self.utcOffsetMinutes = utcOffsetMinutes
        self.isUTC = isUTC
    }
}

/// What `ISODate.parseDateTime` made of a piece of text. An enum rather than an optional, so that a
/// well-formed timestamp naming a day or a time that does not exist is reported, not skipped.
public enum DateTimeParseOutcome: Sendable, Equatable {
    case valid(ISODateTime)
    /// Well-formed, but the date part does not exist (`2025-02-29T10:00:00Z`).
    case impossibleDate(year: Int, month: Int, day: Int)
    /// Well-formed, but the time or offset is out of range: hour 24, minute 60, second 61, a leap
    /// second where none can occur, an offset of `+24:00`.
    case impossibleTime
    case unrecognized

    /// The timestamp when it is valid, nil otherwise.
    public var dateTime: ISODateTime? {
        if case .valid(let dateTime) = self { return dateTime }
        return nil
    }
}

/// Strict parsers for the ISO 8601 forms found in front matter (`date:`, `extracted_at:`).
///
/// Both accept exactly one form and nothing around it (no whitespace trimming): these values are
/// written by programs, so any other spelling is itself worth a finding, and `.unrecognized` lets the
/// calling check report it instead of silently normalising it.
public enum ISODate {
    /// Parses exactly `YYYY-MM-DD` with ASCII digits.
    public static func parseDate(_ text: Substring) -> DateParseOutcome {
        withBytes(text) { bytes in
            guard bytes.count == 10, let (year, month, day) = datePart(bytes) else { return .unrecognized }
            if let date = CalendarDate(year: year, month: month, day: day) { return .valid(date) }
            return .impossible(year: year, month: month, day: day)
        }
    }

    /// Parses `YYYY-MM-DDThh:mm:ss[.f+][Z|±hh:mm]`.
    ///
    /// Decisions, each made for machine-written metadata:
    /// - Only the `T` separator, upper-case `T` and `Z`: that is ISO 8601's own form. RFC 3339 also lets
    ///   a space and lower case through, but a space-separated value is what a hand edit or a different
    ///   serializer produces, and the linter should point at it, not accept it quietly.
    /// - Seconds are required, and the extended offset `±hh:mm` only (no `±hhmm`, no `±hh`).
    /// - Hour 24 (ISO 8601-1:2004's end of day) is rejected: no serializer we know writes it.
    /// - Second 60 is accepted only where a leap second can occur: 23:59:60 UTC on 30 June or
    ///   31 December (after applying the offset; without a zone, the local time is taken as UTC).
    ///   A serializer that writes leap seconds writes them only there; anywhere else 60 is an error.
    public static func parseDateTime(_ text: Substring) -> DateTimeParseOutcome {
        withBytes(text) { parseDateTime(bytes: $0) }
    }

    private static func parseDateTime(bytes: UnsafeBufferPointer<UInt8>) -> DateTimeParseOutcome {
        guard bytes.count >= 19, let (year, month, day) = datePart(bytes), bytes[10] == UInt8(ascii: "T"),
              let hour = number(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"),
              let minute = number(bytes, 14, 2), bytes[16] == UInt8(ascii: ":"),
              let second = number(bytes, 17, 2)
        else { return .unrecognized }

        var index = 19
        var fraction: String?
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > start else { return .unrecognized }
            fraction = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        var offset: Int?
        var isUTC = false
        var offsetInRange = true
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "Z"):
                offset = 0
                isUTC = true
                index += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard bytes.count - index >= 6, let hours = number(bytes, index + 1, 2),
                      bytes[index + 3] == UInt8(ascii: ":"), let minutes = number(bytes, index + 4, 2)
                else { return .unrecognized }
                let negative = bytes[index] == UInt8(ascii: "-")
                offset = (negative ? -1 : 1) * (hours * 60 + minutes)
                isUTC = !negative && hours == 0 && minutes == 0
                offsetInRange = hours <= 23 && minutes <= 59
                index += 6
            default:
                return .unrecognized
            }
        }
        guard index == bytes.count else { return .unrecognized }

        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return .impossibleDate(year: year, month: month, day: day)
        }
        guard offsetInRange, hour <= 23, minute <= 59,
              second <= 59 || (second == 60 && isLeapSecondSlot(date, hour, minute, offset ?? 0))
        else { return .impossibleTime }
        return .valid(ISODateTime(date: date, hour: hour, minute: minute, second: second,
                                  fraction: fraction, utcOffsetMinutes: offset, isUTC: isUTC))
    }

    private static func isLeapSecondSlot(_ date: CalendarDate, _ hour: Int, _ minute: Int, _ offset: Int) -> Bool {
        let utcMinutes = date.daysSinceEpoch * 1_440 + hour * 60 + minute - offset
        let utcDays = utcMinutes >= 0 ? utcMinutes / 1_440 : (utcMinutes - 1_439) / 1_440
        guard utcMinutes - utcDays * 1_440 == 23 * 60 + 59,
              let utcDate = CalendarDate(daysSinceEpoch: utcDays)
        else { return false }
        return (utcDate.month == 6 && utcDate.day == 30) || (utcDate.month == 12 && utcDate.day == 31)
    }

    /// `YYYY-MM-DD` at the start of `bytes`, fields unchecked.
    private static func datePart(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count >= 10, let year = number(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
              let month = number(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"),
              let day = number(bytes, 8, 2)
        else { return nil }
        return (year, month, day)
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for index in start..<(start + count) {
            guard isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Native strings are contiguous UTF-8, so the copy is only a fallback for bridged ones.
    private static func withBytes<R>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
