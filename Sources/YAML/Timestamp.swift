/// The YAML 1.1 timestamp form (`2025-12-03`, `2026-02-28T16:10:31Z`).
///
/// YAML 1.2's core schema has no timestamp type, but YAML 1.1 loaders (PyYAML, Ruby's Psych) turn
/// such plain scalars into dates: a plain `date: 2025-12-03` reads as a string here and as a date
/// there. Rules use this to insist on quoting where a value must stay text everywhere.
public struct Timestamp: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Whether a time part follows the date.
    public var hasTime: Bool

    /// Recognizes the YAML 1.1 timestamp syntax; does not check that the day exists.
    public init?(_ text: String) {
        let s = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count, !range.isEmpty else { return nil }
            var value = 0
            for byte in s[range] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard s.count >= 8, let year = number(0..<4), s[4] == UInt8(ascii: "-") else { return nil }
        // Month and day may have one or two digits in YAML 1.1 (`2001-1-2` is a timestamp).
        var i = 5
        var j = i
        while j < s.count, j - i < 2, s[j] >= 0x30 && s[j] <= 0x39 { j += 1 }
        guard let month = number(i..<j), j < s.count, s[j] == UInt8(ascii: "-") else { return nil }
        i = j + 1
        j = i
        while j < s.count, j - i < 2, s[j] >= 0x30 && s[j] <= 0x39 { j += 1 }
        guard let day = number(i..<j) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        if j == s.count {
            // The date-only form requires two-digit month and day.
            guard s.count == 10 else { return nil }
            hasTime = false
            return
        }
        guard s[j] == UInt8(ascii: "T") || s[j] == UInt8(ascii: "t") || s[j] == UInt8(ascii: " ") || s[j] == UInt8(ascii: "\t"),
              text.contains(":") else { return nil }
        hasTime = true
    }
}
