import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input of a run: a file to lint, or a path that cannot be linted and why.
public enum InputFile: Sendable, Equatable {
    case file(String)
    /// A path named or found that cannot be read as a document; it still counts in the summary.
    case problem(path: String, rule: String, message: String)

    public var path: String {
        switch self {
        case let .file(path), let .problem(path, _, _): return path
        }
    }
}

/// Turns the paths a user named into the inputs of a run: files as named, folders walked for
/// document extensions, without following links to folders (so a link loop cannot trap a walk).
public struct FileDiscovery: Sendable {
    public var extensions: Set<String> = ["md", "txt"]
    public var include: [Glob] = []
    public var exclude: [Glob] = []
    /// The folder globs are written relative to (a configuration file's); nil: the working directory.
    public var globBase: String? { didSet { root = ProjectRoot(globBase) } }

    public init(extensions: Set<String> = ["md", "txt"], include: [Glob] = [], exclude: [Glob] = [], globBase: String? = nil) {
        self.extensions = extensions
        self.include = include
        self.exclude = exclude
        self.globBase = globBase.map { ($0 as NSString).standardizingPath }
        root = ProjectRoot(globBase)
    }

    /// Paths relative to `globBase`, worked out without a system call per file.
    private var root = ProjectRoot(nil)

    /// Every input under `paths`, sorted by path and each once, so output order never depends
    /// on the order of arguments or of the file system.
    public func inputs(_ paths: [String]) -> [InputFile] {
        var seen = Set<String>()
        return collect(paths).filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
    }

    private func collect(_ paths: [String]) -> [InputFile] {
        var inputs: [InputFile] = []
        for path in paths {
            var info = stat()
            if lstat(path, &info) != 0 {
                inputs.append(.problem(path: path, rule: "io/not-found", message: "no such file or folder (\(errorText()))"))
                continue
            }
            if info.st_mode & S_IFMT == S_IFLNK {
                var target = stat()
                if stat(path, &target) != 0 {
                    let loop = errno == ELOOP
                    inputs.append(.problem(path: path, rule: loop ? "io/link-loop" : "io/broken-link",
                                           message: loop ? "the link leads into a loop of links" : "the link points nowhere (\(errorText()))"))
                    continue
                }
                info = target
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &inputs)
            } else {
                inputs.append(.file(path))
            }
        }
        return inputs
    }

    private func walk(_ folder: String, into inputs: inout [InputFile]) {
        guard let directory = opendir(folder) else {
            inputs.append(.problem(path: folder, rule: "io/unreadable", message: "the folder cannot be read (\(errorText()))"))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        // `corpuslint .` names files `x.md`, not `./x.md`.
        let prefix = folder == "." || folder == "./" ? "" : folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() {
            let path = prefix + name
            var info = stat()
            guard lstat(path, &info) == 0 else {
                inputs.append(.problem(path: path, rule: "io/unreadable", message: "cannot be examined (\(errorText()))"))
                continue
            }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                if !name.hasPrefix(".") { walk(path, into: &inputs) }
                continue
            }
            guard isDocumentName(name), selects(path) else { continue }
            if type == S_IFLNK {
                var target = stat()
                if stat(path, &target) != 0 {
                    let loop = errno == ELOOP
                    inputs.append(.problem(path: path, rule: loop ? "io/link-loop" : "io/broken-link",
                                           message: loop ? "the link leads into a loop of links" : "the link points nowhere (\(errorText()))"))
                    continue
                }
                // A link to a folder named like a document is a folder: not walked, not a document.
                if target.st_mode & S_IFMT == S_IFDIR { continue }
            }
            inputs.append(.file(path))
        }
    }

    private func isDocumentName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private func selects(_ path: String) -> Bool {
        guard !include.isEmpty || !exclude.isEmpty else { return true }
        let relative = root.relative(path)
        if !include.isEmpty, !include.contains(where: { $0.matches(relative) }) { return false }
        return !exclude.contains { $0.matches(relative) }
    }
}

func errorText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}
