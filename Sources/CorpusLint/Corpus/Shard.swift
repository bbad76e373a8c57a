#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `--shard K/N`: the K-th of N parts of a run's inputs. A file's part depends only on its path
/// relative to the configuration's root, hashed with FNV-1a, so every machine and every run puts
/// it in the same part whatever else the corpus holds (Swift's `Hasher` is seeded per process, so
/// it cannot be used here).
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based, as people and CI engines number jobs.
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Reads `K/N` (`2/8`); nil unless 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the file at `path` (as the user named it) belongs to this shard; `root` is the
    /// folder paths are made relative to (the configuration's, else the working directory).
    public func contains(_ path: String, root: String) -> Bool {
        Self.part(of: Self.relative(path, to: root), count: count) == index
    }

    /// The 1-based part a relative path falls in.
    public static func part(of relativePath: String, count: Int) -> Int {
        Int(FNV1a.hash64(relativePath.utf8) % UInt64(count)) + 1
    }

    /// `path` relative to `root` when it lies inside it, else its absolute form: `./a.md`,
    /// `a.md` and `/abs/root/a.md` are one file.
    public static func relative(_ path: String, to root: String) -> String {
        let working = FileManager.default.currentDirectoryPath
        let absolute = PathText.standardized(path.hasPrefix("/") ? path : working + "/" + path)
        let base = PathText.standardized(root.hasPrefix("/") ? root : working + "/" + root)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}

/// FNV-1a, 64 bits (Fowler, Noll, Vo; draft-eastlake-fnv): small, fast, and the same everywhere.
public enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    public static func hash64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }
}
