// Regular expressions for corpuslint: a thin layer over the system PCRE2
// library (8-bit, UTF-8 mode, JIT-compiled), loaded at run time by the CPCRE2
// target so that neither headers nor a link-time dependency are needed.
//
// Usage in a hot loop:
//
//     let date = try Pattern(#"\b(\d{1,2}) (January|…) (\d{4})\b"#)  // once per run
//     let matcher = date.makeMatcher()                                 // once per thread
//     for line in lines {                                              // many times
//         if let m = try matcher.firstMatch(in: buffer, range: line) { … }
//     }

internal import CPCRE2

// MARK: - Options and errors

/// Compile options for a `Pattern`.
public struct PatternOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Case-insensitive matching with Unicode case folding (`É` matches `é`).
    public static let caseInsensitive = PatternOptions(rawValue: 1 << 0)
    /// `^` and `$` also match just after / before each `\n` inside the subject.
    /// Irrelevant when each line is matched as its own subject (the usual case).
    public static let multiline = PatternOptions(rawValue: 1 << 1)
}

/// Errors from compiling or running a `Pattern`.
public enum PatternError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The PCRE2 runtime library (libpcre2-8) could not be loaded; the text says why.
    case libraryUnavailable(String)
    /// The pattern does not compile. `message` is PCRE2's own message and
    /// `offset` the position of the error in the pattern, counted in
    /// `Character`s (so it can be used directly to point at the pattern text).
    case invalid(message: String, offset: Int)
    /// The match gave up after the match limit, depth limit, JIT stack or
    /// memory ran out: typically catastrophic backtracking such as `(a+)+$`.
    case matchLimitExceeded

    public var description: String {
        switch self {
        case .libraryUnavailable(let reason):
            return "regular expressions are unavailable: \(reason)"
        case .invalid(let message, let offset):
            return "invalid regular expression at offset \(offset): \(message)"
        case .matchLimitExceeded:
            return "regular expression gave up: match limit exceeded (catastrophic backtracking?)"
        }
    }
}

// MARK: - Pattern

/// A compiled regular expression (PCRE2 syntax).
///
/// Compiled with `PCRE2_UTF | PCRE2_UCP`: the subject is UTF-8 and the
/// character classes are Unicode-aware, so `\d` matches any decimal digit
/// (Nd), `\w` letters/digits/underscore in any script (`é` is a word
/// character, hence `\b` sits between `1é` and a following space, not inside
/// it), `\s` includes U+00A0 NO-BREAK SPACE and other Zs separators, and
/// case-insensitive matching folds `É`/`é`. For a linter over natural-language
/// text this is the only sane choice; use explicit classes such as `[0-9]`
/// where ASCII-only semantics are wanted. Performance note: under UCP, `\d`
/// is a Unicode property test; in hot rules write `[0-9]` when ASCII digits
/// are meant (measured ~6x faster for a written-date pattern over English
/// text: 770 vs 115-130 MB/s). The pattern is then JIT-compiled;
/// when the JIT is unavailable (e.g. a build without it, or W^X policies) the
/// interpreter is used silently.
///
/// Thread safety: the underlying `pcre2_code` is only written during `init`
/// (compile + JIT compile) and is read-only afterwards; PCRE2 documents that a
/// compiled pattern may be used by several threads at once provided each uses
/// its own match data (and JIT stack). Each thread therefore gets its own
/// `Matcher` from `makeMatcher()`, while one `Pattern` is shared: hence
/// `@unchecked Sendable`.
public final class Pattern: @unchecked Sendable {
    /// PCRE2 match limit set on every `Matcher` (the number of internal
    /// backtracking steps before giving up with `.matchLimitExceeded`).
    public static let defaultMatchLimit: UInt32 = 10_000_000
    /// PCRE2 depth limit (nested backtracking depth; bounds the interpreter's
    /// heap use). The JIT is bounded by `defaultJITStackSize` instead.
    public static let defaultDepthLimit: UInt32 = 100_000
    /// Maximum JIT stack per `Matcher`: address space reserved up front, memory
    /// committed only as used (PCRE2's default is a 32 KiB machine-stack area).
    /// 8 MiB lets a group repeated once per character run over ~200K-character lines.
    public static let defaultJITStackSize: Int = 8 << 20

    /// The pattern text as given.
    public let source: String
    /// The compile options.
    public let options: PatternOptions
    /// Number of capture groups (not counting the whole match).
    public let captureCount: Int
    /// Named groups: name → group number.
    public let captureNames: [String: Int]
    /// Whether PCRE2 JIT-compiled the pattern (otherwise the interpreter runs).
    public let isJITCompiled: Bool
    /// Whether the JIT was asked for (PCRE2 may have been unable to).
    package let compiledWithJIT: Bool

    let code: OpaquePointer
    /// A number unique to this pattern in the process, so per-thread matcher caches are arrays.
    package let serial: Int
    /// Lines that cannot match, told apart without calling PCRE2. A constant: read on every
    /// line by the checks, in another module, where a variable's access is checked at run time
    /// whatever its declaration says (half a million checks for 200 documents).
    package let prefilter: Prefilter

    /// Whether `init(_:options:)` JIT-compiles, for the patterns compiled inside
    /// `Pattern.$compilesWithJIT.withValue(false) { … }`. JIT compiling costs about
    /// 115,000 instructions a pattern (14% of a one-file run with a shipped pack) and
    /// pays off only once the patterns have run over enough text: a run that knows its
    /// input is small (a pre-commit hook on a few files) compiles without it, and without
    /// working out the first bytes of anchored patterns for their prefilter (`Prefilter.of`).
    /// A task-local value, so that the choice reaches every pattern a pack loader
    /// compiles without being threaded through each reader, and stays in its scope.
    @TaskLocal package static var compilesWithJIT = true

    /// Compiles `source`. Throws `.invalid` with PCRE2's message and the
    /// character offset of the error, or `.libraryUnavailable`.
    public convenience init(_ source: String, options: PatternOptions = []) throws(PatternError) {
        try self.init(source, options: options, jit: Pattern.compilesWithJIT)
    }

    /// `jit: false` forces the interpreter (for tests of the fallback path). `narrowing`: what is
    /// known of the lines it can match from outside (an alternation of anchored patterns).
    package init(_ source: String, options: PatternOptions, jit: Bool, narrowing outside: Prefilter? = nil) throws(PatternError) {
        guard cl_pcre2_load() != 0 else {
            throw .libraryUnavailable(String(cString: cl_pcre2_load_error()))
        }
        var flags: UInt32 = CL_PCRE2_UTF | CL_PCRE2_UCP
        // A Swift String is always valid UTF-8: skip PCRE2's own check.
        flags |= CL_PCRE2_NO_UTF_CHECK
        if options.contains(.caseInsensitive) { flags |= CL_PCRE2_CASELESS }
        if options.contains(.multiline) { flags |= CL_PCRE2_MULTILINE }

        var errorCode: Int32 = 0
        var errorOffset = 0
        var text = source
        let compiled: OpaquePointer? = text.withUTF8 { utf8 in
            withUnsafePointer(to: UInt8(0)) { empty in
                cl_pcre2_compile(utf8.baseAddress ?? empty, utf8.count, flags,
                                 &errorCode, &errorOffset)
            }
        }
        guard let compiled else {
            throw .invalid(message: Pattern.errorMessage(errorCode),
                           offset: Pattern.characterOffset(ofByte: errorOffset, in: source))
        }

        self.code = compiled
        self.serial = PatternSerials.next()
        var prefilter = Prefilter.of(compiled, source: source, caseless: options.contains(.caseInsensitive),
                                     multiline: options.contains(.multiline), firstBytes: jit)
        if let outside { prefilter.narrow(with: outside) }
        self.prefilter = prefilter
        self.source = source
        self.options = options
        self.isJITCompiled = jit && cl_pcre2_jit_compile(compiled) != 0
        self.compiledWithJIT = jit

        var count: UInt32 = 0
        _ = cl_pcre2_pattern_info(compiled, CL_PCRE2_INFO_CAPTURECOUNT, &count)
        self.captureCount = Int(count)
        self.captureNames = Pattern.readNameTable(compiled)
    }

    deinit {
        cl_pcre2_code_free(code)
    }

    /// A matcher for this pattern, to be used by one thread at a time. It
    /// owns its match data, match context (limits) and JIT stack, so calls on
    /// it allocate nothing except the returned matches.
    public func makeMatcher(matchLimit: UInt32 = Pattern.defaultMatchLimit,
                            depthLimit: UInt32 = Pattern.defaultDepthLimit) -> Matcher {
        Matcher(pattern: self, matchLimit: matchLimit, depthLimit: depthLimit)
    }

    /// Cold-path convenience: the first match in `string`, as text. `captures`
    /// follows `RegexMatch.captures`: index 0 is the whole match, n is group n.
    public func firstMatch(in string: String) throws(PatternError) -> (match: String, captures: [String?])? {
        try makeMatcher().firstMatch(in: string)
    }

    /// Cold-path convenience: whether the pattern matches anywhere in `string`.
    public func matches(_ string: String) throws(PatternError) -> Bool {
        try makeMatcher().matches(string)
    }

    /// The PCRE2 library version, e.g. "10.42 2022-12-11", or nil if it cannot be loaded.
    public static var libraryVersion: String? {
        guard cl_pcre2_load() != 0 else { return nil }
        return String(cString: cl_pcre2_version())
    }

    // MARK: Helpers

    static func errorMessage(_ code: Int32) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            buffer.initialize(repeating: 0)
            _ = cl_pcre2_error_message(code, buffer.baseAddress!, buffer.count)
            let length = buffer.firstIndex(of: 0) ?? buffer.count
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }

    /// PCRE2 reports error offsets in code units (bytes); convert to Characters.
    /// An offset inside a Character (e.g. between "e" and a combining accent)
    /// rounds down to that Character.
    static func characterOffset(ofByte byteOffset: Int, in source: String) -> Int {
        var characters = 0
        var bytes = 0
        for character in source {
            bytes += character.utf8.count
            if bytes > byteOffset { break }
            characters += 1
        }
        return characters
    }

    /// Reads PCRE2's name table: `entrySize`-byte entries, each a 2-byte
    /// big-endian group number followed by the NUL-terminated name.
    private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
        var nameCount: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>? = nil
        guard cl_pcre2_pattern_info(code, CL_PCRE2_INFO_NAMECOUNT, &nameCount) == 0, nameCount > 0,
              cl_pcre2_pattern_info(code, CL_PCRE2_INFO_NAMEENTRYSIZE, &entrySize) == 0,
              cl_pcre2_pattern_info(code, CL_PCRE2_INFO_NAMETABLE, &table) == 0,
              let table
        else { return [:] }
        var names: [String: Int] = [:]
        for i in 0..<Int(nameCount) {
            let entry = table + i * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            let name = String(cString: entry + 2)
            if names[name] == nil { names[name] = number }  // (?J) duplicates: first wins
        }
        return names
    }
}
