#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The folder paths are relative to (a configuration file's), so that globs, `files:` scopes and
/// `when` tests on a document's path read the same whether a run starts from the project's root
/// or from inside a sub-folder.
///
/// Working out the working directory and standardizing costs a system call and allocations:
/// this is done once per run, not once per file.
public struct ProjectRoot: Sendable {
    /// The root, standardized; nil: paths are used as named, without a leading `./`.
    public let folder: String?
    private let workingDirectory: String

    public init(_ folder: String?) {
        workingDirectory = FileManager.default.currentDirectoryPath
        self.folder = folder.map { Self.standardize($0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0) }
    }

    /// `path` (as the run names it) relative to the root; as named when it lies outside the root.
    public func relative(_ path: String) -> String {
        let plain = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        guard let folder else { return plain }
        let absolute = Self.standardize(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
        if folder == "/" { return String(absolute.dropFirst()) }
        return absolute.hasPrefix(folder + "/") ? String(absolute.dropFirst(folder.count + 1)) : plain
    }

    /// `.` and `..` parts resolved textually (links are not followed: a document's path is what it is named).
    static func standardize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
