#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where rule packs come from: the packs built into the binary (by name: `core`, `un`), or YAML
/// files and folders on disk (by path).
public struct PackStore: Sendable {
    /// Built-in pack files by path inside `rules/` (`un/dates.yml`).
    let bundled: [String: String]
    /// Built-in pack files composed at build time, in `TreeText`'s form, by the same path.
    let trees: [String: String]
    /// The same without the rules' `examples`, for runs that never show them (`readsExamples`).
    let lintTrees: [String: String]

    public init(bundled: [String: String], trees: [String: String] = [:], lintTrees: [String: String] = [:]) {
        self.bundled = bundled
        self.trees = trees
        self.lintTrees = lintTrees
    }

    /// The packs shipped in `rules/`, embedded at build time so the binary runs from anywhere.
    public static let builtIn = PackStore(bundled: BundledRulePacks.files, trees: BundledRulePacks.trees,
                                          lintTrees: BundledRulePacks.lintTrees)

    /// Whether the rules loaded in this scope keep their examples (`RuleInfo.examples`). Only
    /// `corpuslint test`, `explain`, hover and the HTML report show them; a lint run that writes
    /// none of these loads the built-in packs without them, sparing a one-file run a sixth of its
    /// instructions. A task-local value, as `Pattern.compilesWithJIT` is, so that the choice
    /// reaches the pack loader without being threaded through the configuration's readers.
    @TaskLocal public static var readsExamples = true

    /// The names of the built-in packs.
    public var builtInNames: [String] {
        Set(bundled.keys.compactMap { $0.split(separator: "/").first.map(String.init) }).sorted()
    }

    /// One file of a pack: the path shown in errors, where it is, and (built in) its text.
    struct File {
        var path: String
        /// The text of a built-in file; files on disk are read by `text(of:)`, after they are
        /// known to be allowed.
        var bundledText: String? = nil
        /// A built-in file's YAML as composed at build time (`TreeText`), read instead of its text.
        var bundledTree: String? = nil
        /// Where the file is on disk (nil for built-in files).
        var location: String? = nil
        /// The folder relative references in this file resolve from (nil for built-in files).
        var directory: String?
        /// That folder as errors show it.
        var shownDirectory: String? = nil
    }

    /// Why a file on disk gives no text: said without quoting any of it.
    enum Unreadable: Error {
        case notRegular, tooLarge(Int), unreadable(String), notUTF8
    }

    /// The files a reference names: a built-in pack name, or a file or folder relative to `base`
    /// (shown relative to `shownBase`, so errors name files as the user would). nil when nothing is there.
    func files(_ reference: String, relativeTo base: String?, shownBase: String?) -> (identity: String, files: [File])? {
        if !reference.contains("/"), !reference.hasSuffix(".yml"), !reference.hasSuffix(".yaml") {
            let prefix = reference + "/"
            let names = bundled.keys.filter { $0.hasPrefix(prefix) }.sorted()
            if !names.isEmpty {
                return ("builtin:" + reference, names.map { File(path: "rules/" + $0, bundledText: bundled[$0], bundledTree: (Self.readsExamples ? trees : lintTrees)[$0], directory: nil) })
            }
        }
        let absolute = reference.hasPrefix("/")
        let path = absolute || base == nil ? reference : PathText.joined(base!, reference)
        let shown = absolute || shownBase == nil || shownBase!.isEmpty || shownBase == "." ? reference : shownBase! + "/" + reference
        let standardized = PathText.standardized(path)
        var info = stat()
        guard stat(standardized, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT != S_IFDIR {
            return (standardized, [File(path: shown, location: standardized, directory: PathText.folder(of: standardized),
                                        shownDirectory: PathText.folder(of: shown))])
        }
        let entries = (try? FileManager.default.subpathsOfDirectory(atPath: standardized)) ?? []
        // Hidden files and folders are no part of a pack: a `.corpuslint.yml` kept beside the
        // rules is a configuration, not a pack file.
        let yaml = entries.filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted()
        return (standardized, yaml.map { entry in
            let full = standardized + "/" + entry
            let shownFile = shown + "/" + entry
            return File(path: shownFile, location: full, directory: PathText.folder(of: full), shownDirectory: PathText.folder(of: shownFile))
        })
    }

    /// The text of a pack file: a regular file of at most `maxBytes`, read once, as UTF-8. A FIFO
    /// or a device (`/dev/zero`) is never read.
    static func text(of file: File, maxBytes: Int) -> Result<String, Unreadable> {
        if let text = file.bundledText { return .success(text) }
        guard let location = file.location else { return .failure(.unreadable("no such file")) }
        let descriptor = open(location, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        guard Int(info.st_size) <= maxBytes else { return .failure(.tooLarge(Int(info.st_size))) }
        // Room for the size `fstat` gave and one byte more, so that a file that grew since is
        // seen to; reading stops one byte past the limit whatever the file does.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while count <= maxBytes {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, maxBytes + 1 - count)) }
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return .failure(.unreadable("read failed")) }
            if got == 0 { break }
            count += got
        }
        guard count <= maxBytes else { return .failure(.tooLarge(count)) }
        guard let text = String(data: Data(bytes[..<count]), encoding: .utf8) else { return .failure(.notUTF8) }
        return .success(text)
    }

    /// The real path of `path` (links resolved), nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
