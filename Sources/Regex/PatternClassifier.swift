internal import CPCRE2

/// Many patterns asked about one line in one scan: which of them match somewhere in it.
///
/// The first stage of the line engine. Each member pattern `p` becomes a branch `(?>p)(?Cn)(*F)`
/// of one PCRE2 alternation: when `p` matches, the callout numbered `n` records it, and `(*F)`
/// makes the branch fail so that PCRE2 goes on to every other branch at every start position.
/// One call therefore yields the set of members that match the line, and captures are then
/// extracted (by each pattern's own matcher) only for the members that did. Patterns anchored at
/// `^` go into an alternation of their own, tried at the line's start only and skipped by a
/// Swift prefilter when the line cannot start as any of them.
///
/// A pattern the alternation cannot hold without changing its meaning (back-references,
/// recursion, backtracking verbs, callouts, extended mode, `\Q`) is not a member: it is run on
/// its own matcher, as before. Used by one thread at a time (it owns match data and a context).
package final class PatternClassifier {
    /// A member's slot by its pattern's serial number; -1 when it is not a member.
    private var slotBySerial: [Int32] = []
    private var chunks: [Chunk] = []
    private let context: OpaquePointer?
    private let jitStack: OpaquePointer?
    /// The members found in the last line classified, one bit per slot.
    private let bits: UnsafeMutablePointer<UInt64>
    private let wordCount: Int
    /// The serial numbers of the member patterns.
    package let memberSerials: [Int]

    /// One compiled alternation of at most 255 members (a callout number is one byte).
    private struct Chunk {
        let code: OpaquePointer
        let matchData: OpaquePointer
        let useJIT: Int32
        /// The slot of its first member.
        let base: UInt32
        /// For an alternation of `^`-anchored members: lines that no member can start.
        let prefilter: Prefilter?
    }

    /// Lines longer than this are left to each pattern's own matcher: one scan of a line of
    /// megabytes by every member would cost the match limit of all of them together.
    static let maxLineBytes = 16 << 10

    /// Builds the classifier of `patterns`; nil when none can be a member or the library lacks
    /// callouts.
    package init?(_ patterns: [Pattern]) {
        guard cl_pcre2_callouts_supported() != 0 else { return nil }
        let eligible = patterns.filter { Self.isEligible($0) }
        let anchored = eligible.filter { Self.isAnchored($0) }
        let floating = eligible.filter { !Self.isAnchored($0) }
        var members: [Pattern] = []
        var chunks: [Chunk] = []
        for (group, isAnchored) in [(anchored, true), (floating, false)] {
            var start = 0
            while start < group.count {
                let part = Array(group[start..<min(start + 255, group.count)])
                start += part.count
                guard let chunk = Self.compile(part, base: UInt32(members.count), anchored: isAnchored) else { continue }
                chunks.append(chunk)
                members += part
            }
        }
        guard !members.isEmpty else { return nil }
        var stack: OpaquePointer? = nil
        context = cl_pcre2_match_context_create(Pattern.defaultMatchLimit, Pattern.defaultDepthLimit, Pattern.defaultJITStackSize, &stack)
        jitStack = stack
        self.chunks = chunks
        wordCount = (members.count + 63) / 64
        bits = .allocate(capacity: wordCount)
        bits.initialize(repeating: 0, count: wordCount)
        memberSerials = members.map(\.serial)
        slotBySerial = [Int32](repeating: -1, count: (memberSerials.max() ?? 0) + 1)
        for (slot, serial) in memberSerials.enumerated() { slotBySerial[serial] = Int32(slot) }
    }

    deinit {
        for chunk in chunks {
            cl_pcre2_match_data_free(chunk.matchData)
            cl_pcre2_code_free(chunk.code)
        }
        cl_pcre2_match_context_free(context, jitStack)
        bits.deallocate()
    }

    /// The slot of `pattern`, or nil when it is not a member.
    @inline(__always) package func slot(of pattern: Pattern) -> Int? {
        let serial = pattern.serial
        guard serial < slotBySerial.count else { return nil }
        let slot = slotBySerial[serial]
        return slot < 0 ? nil : Int(slot)
    }

    /// Classifies `range` of `buffer`: afterwards `matched(slot)` tells which members match it.
    /// False when the scan gave up (a limit) or the line is too long: then nothing is known.
    package func classify(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for word in 0..<wordCount { bits[word] = 0 }
        guard range.count <= Self.maxLineBytes, let context, let base = buffer.baseAddress else { return false }
        let subject = base + range.lowerBound
        for chunk in chunks {
            if let prefilter = chunk.prefilter, !prefilter.admits(buffer, range) { continue }
            let rc = cl_pcre2_classify(chunk.code, subject, range.count, CL_PCRE2_NO_UTF_CHECK | (chunk.prefilter != nil ? CL_PCRE2_ANCHORED : 0),
                                       chunk.matchData, context, chunk.useJIT, bits, chunk.base)
            guard rc == CL_PCRE2_ERROR_NOMATCH else { return false }
        }
        return true
    }

    @inline(__always) package func matched(_ slot: Int) -> Bool {
        bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    private static func compile(_ members: [Pattern], base: UInt32, anchored: Bool) -> Chunk? {
        var source = members.enumerated().map { index, pattern in
            let body = pattern.options.contains(.caseInsensitive) ? "(?i:" + pattern.source + ")" : pattern.source
            return "(?>" + body + ")(?C\(index + 1))(*F)"
        }.joined(separator: "|")
        var errorCode: Int32 = 0
        var errorOffset = 0
        // Captures are never read, and group names may repeat across members.
        let flags = CL_PCRE2_UTF | CL_PCRE2_UCP | CL_PCRE2_NO_UTF_CHECK | CL_PCRE2_DUPNAMES | CL_PCRE2_NO_AUTO_CAPTURE
        guard let code = source.withUTF8({ utf8 in cl_pcre2_compile(utf8.baseAddress!, utf8.count, flags, &errorCode, &errorOffset) })
        else { return nil }
        guard let matchData = cl_pcre2_match_data_create(code) else {
            cl_pcre2_code_free(code)
            return nil
        }
        let jit = cl_pcre2_jit_compile(code) != 0
        return Chunk(code: code, matchData: matchData, useJIT: jit ? 1 : 0, base: base,
                     prefilter: anchored ? Prefilter.union(members.map(\.prefilter)) : nil)
    }

    /// Whether `pattern` keeps its meaning as a branch of the alternation. Conservative: a
    /// pattern turned away only costs its own matcher call.
    package static func isEligible(_ pattern: Pattern) -> Bool {
        guard !pattern.options.contains(.multiline) else { return false }
        let bytes = Array(pattern.source.utf8)
        var index = 0
        var inClass = false
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: "\\") {
                // Back-references (\1, \g, \k) and quoting (\Q) that would swallow the branch's end.
                if !inClass, (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) || next == UInt8(ascii: "g")
                    || next == UInt8(ascii: "k") { return false }
                if next == UInt8(ascii: "Q") { return false }
                index += 2
                continue
            }
            if inClass {
                if byte == UInt8(ascii: "]") { inClass = false }
            } else if byte == UInt8(ascii: "[") {
                inClass = true
                // `[]…]` and `[^]…]`: a leading `]` is a literal.
                if next == UInt8(ascii: "]") { index += 1 }
                else if next == UInt8(ascii: "^"), index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "]") { index += 2 }
            } else if byte == UInt8(ascii: "("), next == UInt8(ascii: "*") {
                return false  // (*VERB), (*UTF) and the like act on the whole alternation
            } else if byte == UInt8(ascii: "("), next == UInt8(ascii: "?") {
                let rest = bytes[(index + 2)...].prefix(4)
                guard let first = rest.first else { return false }
                switch first {
                case UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: ">"), UInt8(ascii: "|"):
                    break
                case UInt8(ascii: "<"):
                    // (?<name>…) and lookbehinds are fine; nothing else starts so.
                    break
                case UInt8(ascii: "'"):
                    break
                case UInt8(ascii: "P"):
                    // (?P<name>…) is a group; (?P=name) and (?P>name) refer to one.
                    if rest.dropFirst().first != UInt8(ascii: "<") { return false }
                default:
                    // Inline options such as (?i) or (?i:…) are fine, unless they switch on
                    // extended mode (a `#` comment would run past the branch's end); anything
                    // else — recursion, conditionals, callouts — is not.
                    var option = index + 2
                    while option < bytes.count, Self.safeOptionLetters.contains(bytes[option]) { option += 1 }
                    guard option > index + 2, option < bytes.count,
                          bytes[option] == UInt8(ascii: ")") || bytes[option] == UInt8(ascii: ":") else { return false }
                }
            }
            index += 1
        }
        return true
    }

    /// Inline option letters that keep a pattern's meaning inside a group (not `x`, extended mode).
    private static let safeOptionLetters = Set("imnsJU^-".utf8)

    /// `^…` without a top-level `|`: it can match only at the line's start.
    static func isAnchored(_ pattern: Pattern) -> Bool {
        pattern.source.hasPrefix("^") && !Prefilter.hasTopLevelAlternation(pattern.source)
    }
}
