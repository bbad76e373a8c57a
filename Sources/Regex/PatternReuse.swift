#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Locking

/// The patterns compiled within one scope (a pack load), by source and options: a pattern written
/// twice is compiled once and shared.
///
/// The shipped packs repeat patterns from rule to rule (the same footnote or page-furniture line
/// in several rules): 36 of the 267 PCRE2 compiles of a one-file run were of a source already
/// compiled. Sharing is safe: a compiled pattern is read-only once made (its prefilter is narrowed
/// only for alternations, which are never shared), and the same source with the same options
/// matches the same text, so every rule that names it gets the same answers; worker threads keep
/// one matcher per pattern, shared by those rules in turn.
package final class PatternReuse: @unchecked Sendable {
    /// The scope's patterns; nil outside any scope, where every pattern compiles on its own.
    @TaskLocal package static var current: PatternReuse?

    private let lock = Lock()
    /// In the order compiled, looked through one by one: a pack load compiles about 150 patterns,
    /// and comparing lengths first is cheaper than hashing sources of hundreds of bytes (which cost
    /// more than half of what sharing saved) or than the run-time conformance look-up a dictionary
    /// type of its own costs at first use in the static binary (0.4 M instructions).
    private var compiled: [Pattern] = []

    package init() {}

    /// The pattern of `source`: the one compiled before in this scope, else compiled now. A
    /// source that does not compile throws each time (each place that names it reports it).
    package func pattern(_ source: String, options: PatternOptions, jit: Bool) throws(PatternError) -> Pattern {
        let length = source.utf8.count
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled.first(where: {
            $0.source.utf8.count == length && $0.options == options && $0.compiledWithJIT == jit && $0.source == source
        }) {
            return known
        }
        let pattern = try Pattern(source, options: options, jit: jit)
        compiled.append(pattern)
        return pattern
    }
}

extension Pattern {
    /// `source` compiled, or the same pattern compiled earlier in the current `PatternReuse`
    /// scope: for patterns that are never changed after compiling (not alternations whose
    /// prefilter is narrowed).
    package static func reusable(_ source: String, options: PatternOptions = []) throws(PatternError) -> Pattern {
        guard let reuse = PatternReuse.current else { return try Pattern(source, options: options) }
        return try reuse.pattern(source, options: options, jit: compilesWithJIT)
    }
}
