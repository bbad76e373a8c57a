internal import CPCRE2

/// What a line must look like for a pattern to have a chance: a minimum length, and for a
/// pattern anchored at the start of the line, the bytes it can start with. Checking this in Swift
/// costs a nanosecond; asking PCRE2 costs a call through C, most of them answered "no match".
package struct Prefilter: Sendable, Equatable {
    /// The fewest bytes a match needs (PCRE2 counts characters, and a character is at least a byte).
    package var minimumLength: Int
    /// For `^`-anchored patterns: the possible first bytes; nil: any byte.
    package var firstBytes: ByteSet?
    /// Sets of bytes a subject must hold one of each, for a match to be possible: the code unit
    /// every match starts with or the bytes a match can start with (`requiredStart`), and the
    /// last literal code unit every match holds (`requiredLiteral`), as PCRE2 worked them out
    /// when it compiled the pattern. Asked against the bytes of a whole line
    /// (`admits(lineBytes:)`), they spare about half the calls into PCRE2 on the UN pack. Kept
    /// as plain values, not an array, so that reading a prefilter copies no reference.
    package var requiredStart: ByteSet?
    package var requiredLiteral: ByteSet?
    /// Whether `admits(lineBytes:)` can turn a line away.
    package var needsLineBytes: Bool { requiredStart != nil || requiredLiteral != nil }
    package var requiredBytes: [ByteSet] { [requiredStart, requiredLiteral].compactMap { $0 } }
    /// For patterns that open with `^\s*`: the bytes what follows can start with, so the line's
    /// first byte that is no ASCII space must be one of them (or may start a Unicode space).
    package var firstNonSpaceBytes: ByteSet?

    /// Whether `range` of `buffer` may hold a match.
    @inline(__always) package func admits(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= minimumLength else { return false }
        if let firstNonSpaceBytes, !admitsAfterIndent(buffer, range, firstNonSpaceBytes) { return false }
        guard let firstBytes else { return true }
        guard !range.isEmpty else { return false }
        return firstBytes.contains(buffer[range.lowerBound])
    }

    private func admitsAfterIndent(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ allowed: ByteSet) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, Prefilter.isASCIISpace(buffer[index]) { index += 1 }
        guard index < range.upperBound else { return false }
        let byte = buffer[index]
        return allowed.contains(byte) || Prefilter.spaceStarts.contains(byte)
    }

    @inline(__always) private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 32 || (byte >= 9 && byte <= 13)
    }

    /// Whether a subject holding these bytes may match: it holds one byte of each required set.
    @inline(__always) package func admits(lineBytes: ByteSet) -> Bool {
        if let requiredStart, !requiredStart.meets(lineBytes) { return false }
        if let requiredLiteral, !requiredLiteral.meets(lineBytes) { return false }
        return true
    }

    /// The prefilter of a compiled pattern; `source` tells whether it is anchored at `^`.
    ///
    /// Without `firstBytes`, the bytes an anchored pattern can start with are not worked out:
    /// that takes compiling the pattern again without its `^` (and once more after `^\s*`),
    /// 3.8 M instructions for the shipped packs, while what they spare a run over one 10 KB
    /// document is 0.6 M of PCRE2's interpreter turning lines away itself. Patterns compiled
    /// without the JIT (a run over a few small files, see `Pattern.compilesWithJIT`) skip it.
    static func of(_ code: OpaquePointer, source: String, caseless: Bool, multiline: Bool, firstBytes analyzesStart: Bool = true) -> Prefilter {
        var length: UInt32 = 0
        _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_MINLENGTH, &length)
        var filter = Prefilter(minimumLength: Int(length), firstBytes: nil)
        // A pattern that can match nothing needs no byte at all.
        let inline = inlineOptionsTurnedOn(source)
        let mayBeCaseless = caseless || inline.contains(UInt8(ascii: "i"))
        if length > 0 { (filter.requiredStart, filter.requiredLiteral) = requiredBytes(of: code, caseless: mayBeCaseless) }
        // Case-insensitive first letters would need both cases: not worth it; leave them open.
        // In multiline mode `^` also matches after a line break inside the subject.
        guard analyzesStart, !mayBeCaseless, !multiline, !inline.contains(UInt8(ascii: "m")), source.hasPrefix("^"),
              !hasTopLevelAlternation(source) else { return filter }
        // PCRE2 computes first bytes only for patterns that are not anchored: ask it about the
        // same pattern without its `^`, matched here only at the start of a line anyway.
        if let (first, _) = startBytes(of: String(source.dropFirst())) { filter.firstBytes = first }
        // Line-shape patterns often allow an indent first (`^\s*`): what follows it must then
        // start on the line's first character that is not a space, when it cannot start with a
        // space itself and cannot be empty.
        if source.hasPrefix("^\\s*") {
            var rest = source.dropFirst(4)
            if rest.first == "+" || rest.first == "?" { rest = rest.dropFirst() }
            if let (bytes, length) = startBytes(of: String(rest)), length > 0, !bytes.meets(spaceStarts) {
                filter.firstNonSpaceBytes = bytes
            }
        }
        return filter
    }

    /// The bytes a match of `source`, compiled unanchored, can start with, and its minimum length;
    /// nil when PCRE2 cannot tell.
    private static func startBytes(of source: String) -> (ByteSet, Int)? {
        var errorCode: Int32 = 0
        var errorOffset = 0
        var text = source
        let flags: UInt32 = CL_PCRE2_UTF | CL_PCRE2_UCP | CL_PCRE2_NO_UTF_CHECK
        guard let code = text.withUTF8({ utf8 in
            withUnsafePointer(to: UInt8(0)) { empty in cl_pcre2_compile(utf8.baseAddress ?? empty, utf8.count, flags, &errorCode, &errorOffset) }
        }) else { return nil }
        defer { cl_pcre2_code_free(code) }
        var length: UInt32 = 0
        _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_MINLENGTH, &length)
        var type: UInt32 = 0
        var set = ByteSet()
        _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTCODETYPE, &type)
        if type == 1 {
            var unit: UInt32 = 0
            _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTCODEUNIT, &unit)
            guard unit < 256 else { return nil }
            set.insert(UInt8(unit))
        } else if type == 0 {
            var bitmap: UnsafePointer<UInt8>?
            _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTBITMAP, &bitmap)
            guard let bitmap else { return nil }
            for byte in 0..<256 where bitmap[byte >> 3] & (1 << UInt8(byte & 7)) != 0 { set.insert(UInt8(byte)) }
        } else {
            return nil
        }
        return (set, Int(length))
    }

    /// The bytes a character that `\s` matches can start with: the ASCII spaces, and the first
    /// bytes of U+0085, U+00A0, U+1680, U+2000–U+205F and U+3000.
    static let spaceStarts: ByteSet = {
        var set = ByteSet()
        for byte: UInt8 in [9, 10, 11, 12, 13, 32, 0xC2, 0xE1, 0xE2, 0xE3] { set.insert(byte) }
        return set
    }()

    /// The byte sets PCRE2 knows every match needs (see `requiredBytes`).
    private static func requiredBytes(of code: OpaquePointer, caseless: Bool) -> (start: ByteSet?, literal: ByteSet?) {
        var start: ByteSet?
        var literal: ByteSet?
        var type: UInt32 = 0
        var unit: UInt32 = 0
        _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTCODETYPE, &type)
        if type == 1 {
            _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTCODEUNIT, &unit)
            start = unitSet(unit, caseless: caseless)
        } else if type == 0 {
            // PCRE2 reads its start bitmap (folded cases included) to skip start positions: a
            // match starts on one of its bytes, so the subject holds one.
            var bitmap: UnsafePointer<UInt8>?
            _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_FIRSTBITMAP, &bitmap)
            if let bitmap {
                var set = ByteSet()
                for byte in 0..<256 where bitmap[byte >> 3] & (1 << UInt8(byte & 7)) != 0 { set.insert(UInt8(byte)) }
                start = set
            }
        }
        _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_LASTCODETYPE, &type)
        if type == 1 {
            _ = cl_pcre2_pattern_info(code, CL_PCRE2_INFO_LASTCODEUNIT, &unit)
            literal = unitSet(unit, caseless: caseless)
        }
        return (start, literal)
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
    static func mayTurnCaselessOn(_ source: String) -> Bool { inlineOptionsTurnedOn(source).contains(UInt8(ascii: "i")) }

    /// The letters of every inline option group in `source` that turn an option on (before a `-`).
    /// Read as UTF-8 bytes: every byte looked for is ASCII, which no longer character contains,
    /// and the packs' patterns are read this way at every start (character by character, with
    /// Foundation's substring search, this was a sixth of a one-file run's instructions).
    static func inlineOptionsTurnedOn(_ source: String) -> Set<UInt8> {
        var letters = Set<UInt8>()
        let bytes = Array(source.utf8)
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "("), bytes[index + 1] == UInt8(ascii: "?") else { continue }
            var flag = index + 2
            while flag < bytes.count {
                let byte = bytes[flag]
                if byte == UInt8(ascii: "-") { break }
                guard byte == UInt8(ascii: "^") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) else { break }
                letters.insert(byte)
                flag += 1
            }
        }
        return letters
    }

    /// Narrowed with what is known from outside (an alternation of anchored patterns).
    package mutating func narrow(with filter: Prefilter) {
        if filter.minimumLength > minimumLength { minimumLength = filter.minimumLength }
        if firstBytes == nil { firstBytes = filter.firstBytes }
    }

    /// The prefilter of `(?:A)|(?:B)|…` from its members': the smallest length, the union of first bytes.
    package static func union(_ members: [Prefilter]) -> Prefilter {
        var filter = Prefilter(minimumLength: members.map(\.minimumLength).min() ?? 0, firstBytes: ByteSet())
        for member in members {
            guard let bytes = member.firstBytes else { filter.firstBytes = nil; break }
            filter.firstBytes?.formUnion(bytes)
        }
        return filter
    }

    /// `a|b` outside parentheses and classes: then `^` anchors only the first branch.
    package static func hasTopLevelAlternation(_ source: String) -> Bool {
        var depth = 0
        var inClass = false
        var escaped = false
        // Bytes, not characters: every delimiter is ASCII (see `inlineOptionsTurnedOn`).
        for byte in source.utf8 {
            if escaped { escaped = false; continue }
            switch byte {
            case UInt8(ascii: "\\"): escaped = true
            case UInt8(ascii: "[") where !inClass: inClass = true
            case UInt8(ascii: "]") where inClass: inClass = false
            case UInt8(ascii: "(") where !inClass: depth += 1
            case UInt8(ascii: ")") where !inClass: depth -= 1
            case UInt8(ascii: "|") where !inClass && depth == 0: return true
            default: break
            }
        }
        return false
    }
}
