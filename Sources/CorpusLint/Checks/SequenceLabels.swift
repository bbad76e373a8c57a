/// How the items of one level of a `sequence` rule are labelled: `arabic` (1, 2, 3…), `alpha`
/// (a, b, … z, aa, bb, … as in UN subparagraphs; also Cyrillic а, б, в… and Arabic أ, ب, ج… in
/// their own alphabet order) or `roman` (i, ii, iii…). Labels are read from the document's bytes,
/// so a line that is not an item costs no allocation.
enum SequenceLabels: String, CaseIterable, Sendable {
    case arabic, alpha, roman

    /// A label's position in its count (1 for `1`, `a`, `i`), whether it was written in capitals
    /// and in which alphabet (alpha labels).
    struct Label {
        var value: Int
        var uppercase: Bool
        var script: LetterScript = .latin
    }

    /// The label in `range` of `buffer`; nil when it is not a well-formed label of this style
    /// (`ab` as alpha, `iiii` or `ic` as roman), so that the line is not an item of this level.
    func parse(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Label? {
        guard !range.isEmpty else { return nil }
        switch self {
        case .arabic: return Self.parseArabic(buffer, range)
        case .alpha: return Self.parseAlpha(buffer, range) ?? LetterScript.parse(buffer, range)
        case .roman: return Self.parseRoman(buffer, range)
        }
    }

    /// The label at `value`, in capitals when `uppercase`: how messages name expected items.
    func render(_ value: Int, uppercase: Bool, script: LetterScript = .latin) -> String {
        guard value >= 1 || self == .arabic else { return String(value) }
        switch self {
        case .arabic:
            return String(value)
        case .alpha:
            if script != .latin { return uppercase ? script.render(value).uppercased() : script.render(value) }
            let letter = UInt8(ascii: uppercase ? "A" : "a") + UInt8((value - 1) % 26)
            return String(repeating: String(UnicodeScalar(letter)), count: (value - 1) / 26 + 1)
        case .roman:
            var rest = value
            var text = ""
            for (amount, numeral) in Self.romanNumerals {
                while rest >= amount {
                    text += String(decoding: numeral, as: UTF8.self)
                    rest -= amount
                }
            }
            return uppercase ? text.uppercased() : text
        }
    }

    /// How a gap names the labels it skips: `3`, `3 and 4`, `3 to 6`.
    func renderMissing(from first: Int, to last: Int, uppercase: Bool, script: LetterScript = .latin) -> String {
        let from = render(first, uppercase: uppercase, script: script)
        if first == last { return from }
        let to = render(last, uppercase: uppercase, script: script)
        return first + 1 == last ? "\(from) and \(to)" : "\(from) to \(to)"
    }

    /// With inserted items allowed: `9a`, `9 bis`, `2b` read as item 9 or 2 written after it,
    /// nil when `range` holds no such suffix.
    func parseInserted(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Label? {
        guard self == .arabic else { return nil }
        var end = range.upperBound
        var letters = 0
        while end > range.lowerBound, buffer[end - 1] >= 0x61, buffer[end - 1] <= 0x7A { end -= 1; letters += 1 }
        let suffix = String(decoding: UnsafeBufferPointer(rebasing: buffer[end..<range.upperBound]), as: UTF8.self)
        guard letters >= 1, letters <= 2 || ["bis", "ter", "quater"].contains(suffix) else { return nil }
        if end > range.lowerBound, buffer[end - 1] == 0x20 { end -= 1 }
        guard end > range.lowerBound else { return nil }
        return Self.parseArabic(buffer, range.lowerBound..<end)
    }

    // MARK: Parsing bytes

    /// Labels longer than this are not numbering (and would overflow).
    private static let maximumDigits = 9

    /// Decimal digits: ASCII, Arabic-Indic (U+0660…), Eastern Arabic-Indic (U+06F0…) and
    /// fullwidth (U+FF10…), one script or mixed.
    private static func parseArabic(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Label? {
        var value = 0
        var digits = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = buffer[i]
            let digit: UInt8
            if byte >= 0x30 && byte <= 0x39 {
                digit = byte - 0x30
                i += 1
            } else if (byte == 0xD9 || byte == 0xDB) && i + 1 < range.upperBound {
                let next = buffer[i + 1]
                let zero: UInt8 = byte == 0xD9 ? 0xA0 : 0xB0
                guard next >= zero && next <= zero + 9 else { return nil }
                digit = next - zero
                i += 2
            } else if byte == 0xEF && i + 2 < range.upperBound && buffer[i + 1] == 0xBC
                        && buffer[i + 2] >= 0x90 && buffer[i + 2] <= 0x99 {
                digit = buffer[i + 2] - 0x90
                i += 3
            } else {
                return nil
            }
            digits += 1
            guard digits <= maximumDigits else { return nil }
            value = value * 10 + Int(digit)
        }
        return Label(value: value, uppercase: false)
    }

    /// One letter, repeated: `a` is 1, `z` 26, `aa` 27, `bb` 28.
    private static func parseAlpha(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Label? {
        let first = buffer[range.lowerBound]
        let uppercase = first >= 0x41 && first <= 0x5A
        guard uppercase || (first >= 0x61 && first <= 0x7A), range.count <= maximumDigits else { return nil }
        for i in range where buffer[i] != first { return nil }
        let base: UInt8 = uppercase ? 0x41 : 0x61
        return Label(value: (range.count - 1) * 26 + Int(first - base) + 1, uppercase: uppercase)
    }

    /// A canonical roman numeral in one case: `iv`, not `iiii`; `xc`, not `lxxxx` or `ic`.
    private static func parseRoman(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Label? {
        guard range.count <= 16 else { return nil }
        var value = 0
        var i = range.lowerBound
        while i < range.upperBound {
            guard let amount = romanAmount(buffer[i]) else { return nil }
            if i + 1 < range.upperBound, let next = romanAmount(buffer[i + 1]), next > amount {
                value -= amount
            } else {
                value += amount
            }
            i += 1
        }
        // The sum accepts `iiii`, `ic` or `vx`: only the numeral the value is written as counts.
        let uppercase = buffer[range.lowerBound] < 0x61
        guard value > 0, isCanonical(value, buffer, range, uppercase: uppercase) else { return nil }
        return Label(value: value, uppercase: uppercase)
    }

    private static func romanAmount(_ byte: UInt8) -> Int? {
        switch byte | 0x20 {
        case UInt8(ascii: "i"): 1
        case UInt8(ascii: "v"): 5
        case UInt8(ascii: "x"): 10
        case UInt8(ascii: "l"): 50
        case UInt8(ascii: "c"): 100
        case UInt8(ascii: "d"): 500
        case UInt8(ascii: "m"): 1000
        default: nil
        }
    }

    private static func matches(_ numeral: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, at start: Int, end: Int,
                                uppercase: Bool) -> Bool {
        guard start + numeral.count <= end else { return false }
        for (offset, byte) in numeral.enumerated() where buffer[start + offset] != (uppercase ? byte - 0x20 : byte) {
            return false
        }
        return true
    }

    private static func isCanonical(_ value: Int, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                    uppercase: Bool) -> Bool {
        var rest = value
        var i = range.lowerBound
        for (amount, numeral) in romanNumerals {
            while rest >= amount {
                guard matches(numeral, buffer, at: i, end: range.upperBound, uppercase: uppercase) else { return false }
                i += numeral.count
                rest -= amount
            }
        }
        return i == range.upperBound
    }

    private static let romanNumerals: [(amount: Int, numeral: [UInt8])] = [
        (1000, Array("m".utf8)), (900, Array("cm".utf8)), (500, Array("d".utf8)), (400, Array("cd".utf8)),
        (100, Array("c".utf8)), (90, Array("xc".utf8)), (50, Array("l".utf8)), (40, Array("xl".utf8)),
        (10, Array("x".utf8)), (9, Array("ix".utf8)), (5, Array("v".utf8)), (4, Array("iv".utf8)),
        (1, Array("i".utf8)),
    ]
}
