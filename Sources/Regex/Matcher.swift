internal import CPCRE2

/// Runs one `Pattern` over UTF-8 buffers. Not thread-safe: use one per thread
/// (it owns the PCRE2 match data, match context and JIT stack).
public final class Matcher {
    /// The pattern this matcher runs.
    public let pattern: Pattern

    private let code: OpaquePointer
    /// Its own, or shared by the matchers of one thread (`MatchData`).
    private let data: MatchData
    private var matchData: OpaquePointer { data.pointer }
    private var ovector: UnsafeMutablePointer<Int> { data.ovector }
    private let context: OpaquePointer?
    private let jitStack: OpaquePointer?
    private let groupCount: Int  // captureCount + 1
    private let useJIT: Int32
    /// The pattern's prefilter, read once: the pattern's own is a class property, and reading it
    /// on every call paid a run-time exclusivity check.
    private let prefilter: Prefilter

    /// A matcher with match data of its own, or with `sharing`, the match data of the other
    /// matchers of its thread (made room for this pattern's groups here).
    package init(pattern: Pattern, matchLimit: UInt32 = Pattern.defaultMatchLimit,
                 depthLimit: UInt32 = Pattern.defaultDepthLimit, sharing: MatchData? = nil) {
        self.pattern = pattern
        self.code = pattern.code
        sharing?.fit(pattern)
        self.data = sharing ?? MatchData(for: pattern)
        var stack: OpaquePointer? = nil
        // A JIT stack only for a JIT-compiled pattern: the interpreter never uses it, and each one
        // is a mapping of 8 MiB made and unmade (two system calls per pattern a run reaches,
        // 176 of a one-file run's 280).
        let stackSize = pattern.isJITCompiled ? Pattern.defaultJITStackSize : 0
        self.context = cl_pcre2_match_context_create(matchLimit, depthLimit, stackSize, &stack)
        precondition(context != nil, "PCRE2: out of memory creating a match context")
        self.jitStack = stack
        self.groupCount = pattern.captureCount + 1
        self.useJIT = pattern.isJITCompiled ? 1 : 0
        self.prefilter = pattern.prefilter
    }

    deinit {
        cl_pcre2_match_context_free(context, jitStack)
    }

    /// The first match within `range` of `buffer`, or nil.
    ///
    /// The bytes in `range` are the whole subject: `^`/`$` anchor at its ends,
    /// `\b` and lookbehind do not see bytes before it. Pass one line (without
    /// its terminator) to get per-line semantics. Offsets in the result are
    /// relative to `buffer`. `buffer[range]` must be valid UTF-8 starting and
    /// ending on character boundaries (not checked in release builds).
    public func firstMatch(in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws(PatternError) -> RegexMatch? {
        guard prefilter.admits(buffer, range) else { return nil }
        let subject = Matcher.subject(buffer, range)
        let rc = try run(subject, range.count, start: 0, options: 0)
        return rc > 0 ? makeMatch(rc, offset: range.lowerBound) : nil
    }

    /// Like `firstMatch` but returns only the byte range of the match:
    /// allocation-free, for rules that need no capture groups.
    public func firstMatchRange(in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws(PatternError) -> Range<Int>? {
        guard prefilter.admits(buffer, range) else { return nil }
        let subject = Matcher.subject(buffer, range)
        let rc = try run(subject, range.count, start: 0, options: 0)
        guard rc > 0 else { return nil }
        let start = ovector[0], end = ovector[1]
        return (range.lowerBound + start)..<(range.lowerBound + max(start, end))
    }

    /// All non-overlapping matches within `range` of `buffer`, left to right
    /// (same subject semantics as `firstMatch`). After an empty match the
    /// search resumes at the same position refusing another empty match there
    /// (as Perl's //g does), so patterns like `x*` terminate.
    public func allMatches(in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws(PatternError) -> [RegexMatch] {
        var results: [RegexMatch] = []
        try forEachMatch(in: buffer, range: range) { match in
            results.append(match)
            return true
        }
        return results
    }

    /// The matches of `allMatches`, handed to `body` one at a time until it returns false. Nothing
    /// is gathered, so a line of megabytes with millions of matches costs no memory, and a caller
    /// that wants so many stops the search there.
    public func forEachMatch(in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                             _ body: (RegexMatch) -> Bool) throws(PatternError) {
        try eachMatch(in: buffer, range: range) { rc in body(makeMatch(rc, offset: range.lowerBound)) }
    }

    /// Every match's byte range of capture group `group` (nil when the group did not take part),
    /// without building match values: for hot loops that need one group of many matches.
    public func forEachMatch(in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, group: Int,
                             _ body: (Range<Int>?) -> Void) throws(PatternError) {
        try eachMatch(in: buffer, range: range) { rc in
            guard group < Int(rc) else {
                body(nil)
                return true
            }
            let start = ovector[2 * group], end = ovector[2 * group + 1]
            // Unset groups hold PCRE2_UNSET (SIZE_MAX, i.e. -1 as Int).
            body(start < 0 || end < 0 ? nil : (range.lowerBound + start)..<(range.lowerBound + max(start, end)))
            return true
        }
    }

    /// The loop over successive matches; `body` reads the match data before the next search and
    /// says whether to go on.
    private func eachMatch(in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Int32) -> Bool) throws(PatternError) {
        guard prefilter.admits(buffer, range) else { return }
        let subject = Matcher.subject(buffer, range)
        let length = range.count
        var start = 0
        var options: UInt32 = 0
        while start <= length {
            let rc = try run(subject, length, start: start, options: options)
            guard rc > 0 else { break }
            let matchStart = ovector[0], matchEnd = ovector[1]
            guard body(rc) else { return }
            if matchEnd > start {
                start = matchEnd
                options = matchStart == matchEnd ? CL_PCRE2_NOTEMPTY_ATSTART : 0
            } else if matchStart == matchEnd && options == 0 {
                // Empty match at `start`: look again from here, non-empty only.
                options = CL_PCRE2_NOTEMPTY_ATSTART
            } else {
                // Cannot normally happen (only via \K tricks): step one character.
                start += 1
                while start < length && subject[start] & 0xC0 == 0x80 { start += 1 }
                options = 0
            }
        }
    }

    // MARK: Internals

    /// Start of the subject for `range`; a valid pointer even for empty buffers.
    @inline(__always)
    private static func subject(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafePointer<UInt8> {
        precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count, "range outside the buffer")
        guard let base = buffer.baseAddress else { return emptySubject }
        assert(range.lowerBound == buffer.count || buffer[range.lowerBound] & 0xC0 != 0x80,
               "range must start on a UTF-8 character boundary")
        assert(range.upperBound == buffer.count || buffer[range.upperBound] & 0xC0 != 0x80,
               "range must end on a UTF-8 character boundary")
        return base + range.lowerBound
    }

    nonisolated(unsafe) private static let emptySubject: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 0)
        return UnsafePointer(p)
    }()

    /// One PCRE2 match call. Returns > 0 on a match, CL_PCRE2_ERROR_NOMATCH
    /// when there is none; throws for everything else.
    @inline(__always)
    private func run(_ subject: UnsafePointer<UInt8>, _ length: Int, start: Int, options: UInt32) throws(PatternError) -> Int32 {
        let rc = cl_pcre2_match(code, subject, length, start, options | CL_PCRE2_NO_UTF_CHECK,
                                matchData, context, useJIT)
        if rc > 0 || rc == CL_PCRE2_ERROR_NOMATCH { return rc }
        throw Matcher.matchError(rc)
    }

    private static func matchError(_ rc: Int32) -> PatternError {
        switch rc {
        case CL_PCRE2_ERROR_MATCHLIMIT, CL_PCRE2_ERROR_DEPTHLIMIT, CL_PCRE2_ERROR_HEAPLIMIT,
             CL_PCRE2_ERROR_JIT_STACKLIMIT, CL_PCRE2_ERROR_NOMEMORY:
            return .matchLimitExceeded
        default:
            // Other codes (bad offset, bad option, ovector too small…) mean a
            // bug on our side; in release builds give up on this match only.
            assertionFailure("unexpected PCRE2 match error \(rc): \(Pattern.errorMessage(rc))")
            return .matchLimitExceeded
        }
    }

    private func makeMatch(_ rc: Int32, offset: Int) -> RegexMatch {
        let set = Int(rc)
        let captures = [Range<Int>?](unsafeUninitializedCapacity: groupCount) { buffer, count in
            for i in 0..<groupCount {
                let start = ovector[2 * i], end = ovector[2 * i + 1]
                // Unset groups hold PCRE2_UNSET (SIZE_MAX, i.e. -1 as Int).
                if i < set && start >= 0 && end >= 0 {
                    (buffer.baseAddress! + i).initialize(to: (offset + start)..<(offset + max(start, end)))
                } else {
                    (buffer.baseAddress! + i).initialize(to: nil)
                }
            }
            count = groupCount
        }
        return RegexMatch(range: captures[0]!, captures: captures)
    }
}

@available(*, unavailable, message: "a Matcher is per-thread; share the Pattern and call makeMatcher() on each thread")
extension Matcher: Sendable {}

/// PCRE2's match data: the offsets of the last match, and the frame vector its interpreter keeps
/// between calls (20 KiB at least).
///
/// The matchers of one worker thread share one (`MatcherCache`): with one each, the 85 matchers
/// of a one-file run held 1.7 MB of its 2.1 MB heap, each vector's first page a page fault.
/// Sharing is safe because a matcher reads the offsets of a match right after making it, before
/// any other code runs (`forEachMatch` hands its callback values, not the offsets), and a thread
/// runs one match at a time. The offsets have room for the pattern with the most groups so far.
package final class MatchData {
    @exclusivity(unchecked) private(set) var pointer: OpaquePointer
    @exclusivity(unchecked) private(set) var ovector: UnsafeMutablePointer<Int>
    private var pairs: Int

    package init(for pattern: Pattern) {
        guard let data = cl_pcre2_match_data_create(pattern.code) else {
            fatalError("PCRE2: out of memory creating match data")
        }
        pointer = data
        ovector = cl_pcre2_ovector(data)
        pairs = pattern.captureCount + 1
    }

    /// Makes room for `pattern`'s groups: match data made again for it when it has more groups
    /// than any pattern before (offsets are read right after each match, so none are lost).
    func fit(_ pattern: Pattern) {
        guard pattern.captureCount + 1 > pairs else { return }
        guard let data = cl_pcre2_match_data_create(pattern.code) else {
            fatalError("PCRE2: out of memory creating match data")
        }
        cl_pcre2_match_data_free(pointer)
        pointer = data
        ovector = cl_pcre2_ovector(data)
        pairs = pattern.captureCount + 1
    }

    deinit {
        cl_pcre2_match_data_free(pointer)
    }
}
