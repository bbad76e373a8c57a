#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Locking
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--cache`: what earlier runs found in files, so that a file whose content, path, rule set
/// and tool version are unchanged is not linted again. Its findings and its corpus-level keys
/// come back as recorded, so corpus rules still see every file.
///
/// The cache is a folder of segments, one per (tool version, rule set), each written whole under
/// a temporary name and renamed into place: a reader sees a whole segment or none, concurrent
/// runs each add their own, and a killed run leaves at most a temporary file nobody reads. A run
/// that learnt something writes one segment with everything it knows and removes the ones it
/// read, so the folder stays small.
public final class LintCache: @unchecked Sendable {
    /// The folder of this tool version and rule set.
    public let folder: String
    private let lock = Lock()
    private var known: [String: CacheSegment.Entry] = [:]
    private var learnt = 0
    private var segmentsRead: [String] = []
    public private(set) var hits = 0
    public private(set) var misses = 0

    static let suffix = ".segment"

    /// Opens (creating if needed) the cache under `root` for `rules` and the other settings that
    /// change findings (`Linter.cacheVariant`), and reads what it holds.
    public init(root: String, rules: RuleSet, variant: [String] = []) throws {
        let generation = SHA256.hex(Array("\(CorpusLintVersion.current)\n\(rules.fingerprint)\n\(variant.joined(separator: "\n"))".utf8))
        folder = PathText.joined(root, "v1-" + generation.prefix(16))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A cache folder is no document: keep it out of commits and of tools that walk folders.
        let ignore = PathText.joined(root, ".gitignore")
        if !FileManager.default.fileExists(atPath: ignore) { try? Self.writeAtomically("*\n", to: ignore) }
        read()
    }

    /// The recorded result of `path` when its content hashes to `digest`.
    public func entry(path: String, digest: String) -> FileResult? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = known[path], entry.digest == digest else {
            misses += 1
            return nil
        }
        hits += 1
        return entry.result
    }

    /// Records what linting `result.path` found, its content hashing to `digest`.
    public func record(_ result: FileResult, digest: String) {
        lock.lock()
        defer { lock.unlock() }
        known[result.path] = CacheSegment.Entry(digest: digest, result: result)
        learnt += 1
    }

    /// Writes what the run learnt, when it learnt anything, as one new segment holding every
    /// entry known, then removes the segments it read (another run may have removed them first).
    public func save() throws {
        lock.lock()
        defer { lock.unlock() }
        guard learnt > 0 || segmentsRead.count > 1 else { return }
        let entries = known.keys.sorted().map { known[$0]! }
        let name = "\(UInt64(Date().timeIntervalSince1970 * 1_000))-\(getpid())-\(UInt32.random(in: 0...UInt32.max))" + Self.suffix
        try Self.writeAtomically(CacheSegment.encode(entries), to: PathText.joined(folder, name))
        for segment in segmentsRead { unlink(PathText.joined(folder, segment)) }
        segmentsRead = [name]
        learnt = 0
    }

    /// Reads every whole segment, later ones winning; leftovers of killed runs older than an hour go.
    private func read() {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names {
            let path = PathText.joined(folder, name)
            if name.hasPrefix(".tmp-") {
                if let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                   modified.timeIntervalSinceNow < -3_600 { unlink(path) }
                continue
            }
            guard name.hasSuffix(Self.suffix), let data = FileManager.default.contents(atPath: path),
                  let entries = CacheSegment.decode(Substring(String(decoding: data, as: UTF8.self))) else { continue }
            for entry in entries { known[entry.result.path] = entry }
            segmentsRead.append(name)
        }
    }

    /// Writes `text` under a temporary name in the same folder, flushes it, and renames it into place.
    static func writeAtomically(_ text: String, to path: String) throws {
        let folder = PathText.folder(of: path)
        let temporary = PathText.joined(folder, ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw CacheError(path: path, reason: errorText()) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = errorText()
                close(descriptor)
                unlink(temporary)
                throw CacheError(path: path, reason: reason)
            }
            written += count
        }
        bytes = []
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let reason = errorText()
            unlink(temporary)
            throw CacheError(path: path, reason: reason)
        }
    }
}

/// A cache that cannot be written: the run's results stand, the cache is just not updated.
public struct CacheError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): the cache cannot be written (\(reason))" }
}
