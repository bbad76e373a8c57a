internal import CPCRE2

/// What a line must look like for a pattern to have a chance: a minimum length, and for a
/// pattern anchored at the start of the line, the bytes it can start with. Checking this in Swift
/// costs a nanosecond; asking PCRE2 costs a call through C, most of them answered "no match".
package struct Prefilter: Sendable, Equatable {
    /// The fewest bytes a match needs (PCRE2 counts characters, and a character is at least a byte).
    package var minimumLength: Int
    /// For `^`-anchored patterns: the possible first bytes, as a 256-bit set; nil: any byte.
    package var firstBytes: [UInt64]?
    /// Sets of bytes a subject must hold one of each, for a match to be possible: the code unit
    /// every match starts with or the bytes a match can start with, and the last literal code
    /// unit every match holds, as PCRE2 worked them out when it compiled the pattern. Asked
    /// against the bytes of a whole line (`admits(lineBytes:)`), they spare about half the calls
    /// into PCRE2 on the UN pack.
    package var requiredBytes: [ByteSet] = []

    /// Whether `range` of `buffer` may hold a match.
    @inline(__always) package func admits(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= minimumLength else { return false }
        guard let firstBytes else { return true }
        guard !range.isEmpty else { return false }
        let byte = Int(buffer[range.lowerBound])
        return firstBytes[byte >> 6] & (1 << UInt64(byte & 63)) != 0
    }

    /// Whether a subject holding these bytes may match: it holds one byte of each required set.
    @inline(__always) package func admits(lineBytes: ByteSet) -> Bool {
        for required in requiredBytes where !required.meets(lineBytes) { return false }
        return true
    }

    /// The prefilter of a compiled pattern; `source` tells whether it is anchored at `^`.
    static func of(_ code: OpaquePointer, source: String, caseless: Bool, multiline: Bool) -> Prefilter {
        var length: UInt32 = 0
        _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_MINLENGTH, &length)
        var filter = Prefilter(minimumLength: Int(length), firstBytes: nil)
        // A pattern that can match nothing needs no byte at all.
        if length > 0 { filter.requiredBytes = requiredBytes(of: code, caseless: caseless || mayTurnCaselessOn(source)) }
        // Case-insensitive first letters would need both cases: not worth it; leave them open.
        // In multiline mode `^` also matches after a line break inside the subject.
        guard !caseless, !multiline, !source.contains("(?i"), !source.contains("(?m"), source.hasPrefix("^"),
              !hasTopLevelAlternation(source) else { return filter }
        // PCRE2 computes first bytes only for patterns that are not anchored: ask it about the
        // same pattern without its `^`, matched here only at the start of a line anyway.
        var errorCode: Int32 = 0
        var errorOffset = 0
        var rest = String(source.dropFirst())
        let flags: UInt32 = CL_PCRE2_UTF | CL_PCRE2_UCP | CL_PCRE2_NO_UTF_CHECK
        guard let unanchored = rest.withUTF8({ utf8 in
            withUnsafePointer(to: UInt8(0)) { empty in cl_pcre2_compile(utf8.baseAddress ?? empty, utf8.count, flags, &errorCode, &errorOffset) }
        }) else { return filter }
        defer { cl_pcre2_code_free(unanchored) }
        var type: UInt32 = 0
        _ = cl_pcre2_pattern_info(unanchored, CL_PCRE2_INFO_FIRSTCODETYPE, &type)
        if type == 1 {
            var unit: UInt32 = 0
            _ = cl_pcre2_pattern_info(unanchored, CL_PCRE2_INFO_FIRSTCODEUNIT, &unit)
            guard unit < 256 else { return filter }
            var set = [UInt64](repeating: 0, count: 4)
            set[Int(unit) >> 6] |= 1 << UInt64(unit & 63)
            filter.firstBytes = set
        } else if type == 0 {
            var bitmap: UnsafePointer<UInt8>?
            _ = cl_pcre2_pattern_info(unanchored, CL_PCRE2_INFO_FIRSTBITMAP, &bitmap)
            guard let bitmap else { return filter }
            var set = [UInt64](repeating: 0, count: 4)
            for byte in 0..<256 where bitmap[byte >> 3] & (1 << UInt8(byte & 7)) != 0 {
                set[byte >> 6] |= 1 << UInt64(byte & 63)
            }
            filter.firstBytes = set
        }
        return filter
    }

    /// The byte sets PCRE2 knows every match needs (see `requiredBytes`).
    private static func requiredBytes(of code: OpaquePointer, caseless: Bool) -> [ByteSet] {
        var sets: [ByteSet] = []
        var type: UInt32 = 0
        var unit: UInt32 = 0
        _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTCODETYPE, &type)
        if type == 1 {
            _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTCODEUNIT, &unit)
            if let set = unitSet(unit, caseless: caseless) { sets.append(set) }
        } else if type == 0 {
            // PCRE2 reads its start bitmap (folded cases included) to skip start positions: a
            // match starts on one of its bytes, so the subject holds one.
            var bitmap: UnsafePointer<UInt8>?
            _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTBITMAP, &bitmap)
            if let bitmap {
                var set = ByteSet()
                for byte in 0..<256 where bitmap[byte >> 3] & (1 << UInt8(byte & 7)) != 0 { set.insert(UInt8(byte)) }
                sets.append(set)
            }
        }
        _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_LASTCODETYPE, &type)
        if type == 1 {
            _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_LASTCODEUNIT, &unit)
            if let set = unitSet(unit, caseless: caseless) { sets.append(set) }
        }
        return sets
    }

    /// The bytes that stand for code unit `unit`. PCRE2 reports a caseless unit in one case
    /// only: an ASCII letter then stands for both of its cases, except `k` and `s`, whose other
    /// cases include the Kelvin sign and the long s (bytes that hold neither letter), and a byte
    /// of a longer character is not vouched for at all.
    private static func unitSet(_ unit: UInt32, caseless: Bool) -> ByteSet? {
        guard unit < 0x80 || (!caseless && unit < 0x100) else { return nil }
        var set = ByteSet()
        let byte = UInt8(unit)
        set.insert(byte)
        guard caseless else { return set }
        let lower = byte | 0x20
        if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") {
            guard lower != UInt8(ascii: "k"), lower != UInt8(ascii: "s") else { return nil }
            set.insert(lower)
            set.insert(lower & ~0x20)
        }
        return set
    }

    /// Whether an inline option group such as `(?i)`, `(?xi:` or `(?i-m)` may turn caseless
    /// matching on somewhere in `source`: then no letter is trusted in one case only.
    static func mayTurnCaselessOn(_ source: String) -> Bool {
        var rest = Substring(source)
        while let open = rest.range(of: "(?") {
            rest = rest[open.upperBound...]
            let flags = rest.prefix { $0.isLetter || $0 == "-" || $0 == "^" }
            if flags.prefix(while: { $0 != "-" }).contains("i") { return true }
        }
        return false
    }

    /// The prefilter of `(?:A)|(?:B)|…` from its members': the smallest length, the union of first bytes.
    package static func union(_ members: [Prefilter]) -> Prefilter {
        var filter = Prefilter(minimumLength: members.map(\.minimumLength).min() ?? 0, firstBytes: [0, 0, 0, 0])
        for member in members {
            guard let bytes = member.firstBytes else { filter.firstBytes = nil; break }
            for i in 0..<4 { filter.firstBytes![i] |= bytes[i] }
        }
        return filter
    }

    /// `a|b` outside parentheses and classes: then `^` anchors only the first branch.
    package static func hasTopLevelAlternation(_ source: String) -> Bool {
        var depth = 0
        var inClass = false
        var escaped = false
        for character in source {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: return true
            default: break
            }
        }
        return false
    }
}
