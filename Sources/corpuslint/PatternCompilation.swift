import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a lint run JIT-compiles its patterns. The JIT makes each match faster but costs
/// about 115,000 instructions a pattern to compile: for a shipped pack, 14% of a run over one
/// 10 KB file, what a pre-commit hook pays on every commit. It pays off only past some input
/// size (measured in docs/performance.md), so a run over a few small named files matches with
/// PCRE2's interpreter; the findings are the same either way. Such a run also skips the one
/// alternation of a rule's patterns that spares a call per pattern on each line (`PatternSet`).
enum PatternCompilation {
    /// Input bytes from which the JIT may pay for its compile time. Measured with the UN pack
    /// (docs/performance.md): the interpreter costs fewer instructions up to about 20 KB of real
    /// extracts and 29 KB of generated documents; below 16 KiB it won on every file tried.
    static let jitThreshold = 16 << 10

    /// Whether the named inputs are worth JIT compiling for: a folder may hold any amount of
    /// text, so it is; named files are when their sizes add up to `jitThreshold`.
    static func worthJIT(paths: [String], standardInput: [UInt8]?) -> Bool {
        if let standardInput { return standardInput.count >= jitThreshold }
        // No path: the current folder.
        guard !paths.isEmpty else { return true }
        var total = 0
        for path in paths {
            guard let size = regularFileSize(path) else { return true }
            total += size
            if total >= jitThreshold { return true }
        }
        return false
    }

    /// The size of `path` when it is a regular file (following links), else nil.
    private static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        let found = (CommandLineBytes.bytes(of: path) + [0]).withUnsafeBufferPointer { name in
            name.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) { stat($0, &info) == 0 }
        }
        guard found, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
