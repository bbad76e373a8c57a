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

/// An input of a run: a file to lint, or a path that cannot be linted and why.
public enum InputFile: Sendable, Equatable {
    case file(String)
    /// A file whose path is not UTF-8: `path` shows it (`bad\xFF.md`), `bytes` opens it.
    case namedInBytes(path: String, bytes: [UInt8])
    /// A path named or found that cannot be read as a document; it still counts in the summary.
    /// Boxed: its three strings would make every input of a run twice the size of a path.
    indirect case problem(path: String, rule: String, message: String)

    public var path: String {
        switch self {
        case let .file(path), let .namedInBytes(path, _), let .problem(path, _, _): return path
        }
    }

    /// Whether both name the same path (the same bytes).
    func isSameFile(as other: InputFile) -> Bool {
        path == other.path && pathBytes == other.pathBytes
    }

    /// The path as the system takes it.
    public var pathBytes: [UInt8] {
        if case let .namedInBytes(_, bytes) = self { return bytes }
        return Array(path.utf8)
    }
}

/// A file by device and inode: the same file under any name, through any link.
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64

    /// The file `path` leads to (links followed); nil when there is none.
    public static func of(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(info)
    }

    /// The regular file open on `descriptor`; nil for a pipe, a terminal, a device.
    public static func ofDescriptor(_ descriptor: Int32) -> FileIdentity? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(info)
    }

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// Turns the paths a user named into the inputs of a run: files as named, folders walked for
/// document extensions, without following links to folders (so a link loop cannot trap a walk).
/// Paths are handled as bytes, so a name that is not UTF-8 is linted like any other.
public struct FileDiscovery: Sendable {
    public var extensions: Set<String> = ["md", "txt"]
    public var include: [Glob] = []
    public var exclude: [Glob] = []
    /// The folder globs are written relative to (a configuration file's); nil: the working directory.
    public var globBase: String? { didSet { root = ProjectRoot(globBase) } }
    /// Files the run writes (its report, its baseline): one of them among the inputs becomes an
    /// `io/output-is-input` problem, which the command refuses before writing anything. A list,
    /// as `unlisted`: a run writes three files at most, and a set of identities cost the static
    /// binary a run-time conformance look-up at every start (0.36 M instructions).
    public var outputs: [FileIdentity] = []

    /// Files to leave out without a word: standard output redirected to a file among the inputs
    /// (`corpuslint . > report.md`), which the shell emptied before the run began.
    public var unlisted: [FileIdentity] = []

    public static let outputIsInput = "io/output-is-input"

    public init(extensions: Set<String> = ["md", "txt"], include: [Glob] = [], exclude: [Glob] = [], globBase: String? = nil) {
        self.extensions = extensions
        self.include = include
        self.exclude = exclude
        self.globBase = globBase.map { PathText.standardized($0) }
        root = ProjectRoot(globBase)
    }

    /// Paths relative to `globBase`, worked out without a system call per file.
    private var root = ProjectRoot(nil)

    /// Every input under `paths`, sorted by path and each once, so output order never depends
    /// on the order of arguments or of the file system.
    public func inputs(_ paths: [String]) -> [InputFile] {
        Array(inputList(namedBy: paths.map { Array($0.utf8) }))
    }

    /// `inputs` for paths given as bytes (the command line's, which need not be UTF-8).
    public func inputs(namedBy paths: [[UInt8]]) -> [InputFile] {
        Array(inputList(namedBy: paths))
    }

    /// `inputs(namedBy:)` as a run keeps them: the paths end to end rather than a string each
    /// (a list of a million inputs is then 50 MB rather than 120).
    public func inputList(namedBy paths: [[UInt8]]) -> InputList {
        var inputs = InputList()
        for path in paths { collect(SystemPath(path), into: &inputs) }
        // Sorted in place and repeats dropped as neighbours: a copy of the list, or a set of every
        // path, would be the run's largest allocation on a large corpus.
        // Equal shown paths are ordered by their bytes, so the same file named twice is adjacent.
        inputs.sortDroppingRepeats()
        return inputs
    }

    private func collect(_ path: SystemPath, into inputs: inout InputList) {
        var info = stat()
        if path.lstat(&info) != 0 {
            let code = errno
            let rule = code == ENOENT || code == ENOTDIR ? "io/not-found" : "io/unreadable"
            let what = code == ENAMETOOLONG ? "the path is longer than the system allows" : rule == "io/not-found" ? "no such file or folder" : "cannot be examined"
            inputs.append(.problem(path: path.shown, rule: rule, message: "\(what) (\(errorText(code)))"))
            return
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            var target = stat()
            if path.stat(&target) != 0 {
                inputs.append(linkProblem(path, errno))
                return
            }
            info = target
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            walk(path, into: &inputs)
        } else if let input = input(path, info) {
            inputs.append(input)
        }
    }

    private func walk(_ folder: SystemPath, into inputs: inout InputList) {
        guard let directory = folder.withCString({ opendir($0) }) else {
            inputs.append(.problem(path: folder.shown, rule: "io/unreadable", message: "the folder cannot be read (\(errorText()))"))
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        closedir(directory)
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = folder.appending(name)
            var info = stat()
            guard path.lstat(&info) == 0 else {
                // A folder that can be listed but not entered: only its documents are worth a word.
                if isDocumentName(name), selects(path.shown) {
                    inputs.append(.problem(path: path.shown, rule: "io/unreadable", message: "cannot be examined (\(errorText()))"))
                }
                continue
            }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                if name.first != 0x2E { walk(path, into: &inputs) }
                continue
            }
            guard isDocumentName(name), selects(path.shown) else { continue }
            if type == S_IFLNK {
                var target = stat()
                if path.stat(&target) != 0 {
                    inputs.append(linkProblem(path, errno))
                    continue
                }
                // A link to a folder named like a document is a folder: not walked, not a document.
                if target.st_mode & S_IFMT == S_IFDIR { continue }
                info = target
            }
            if let input = input(path, info) { inputs.append(input) }
        }
    }

    private func input(_ path: SystemPath, _ info: stat) -> InputFile? {
        if !unlisted.isEmpty, unlisted.contains(FileIdentity(info)) { return nil }
        if !outputs.isEmpty, outputs.contains(FileIdentity(info)) {
            return .problem(path: path.shown, rule: Self.outputIsInput, message: "this file is also an output of the run")
        }
        return path.isUTF8 ? .file(path.shown) : .namedInBytes(path: path.shown, bytes: path.bytes)
    }

    private func linkProblem(_ path: SystemPath, _ code: Int32) -> InputFile {
        let loop = code == ELOOP
        return .problem(path: path.shown, rule: loop ? "io/link-loop" : "io/broken-link",
                        message: loop ? "the link leads into a loop of links" : "the link points nowhere (\(errorText(code)))")
    }

    private func isDocumentName(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: 0x2E), dot != 0 else { return false }
        let suffix = String(decoding: name[(dot + 1)...], as: UTF8.self)
        return extensions.contains(suffix.lowercased())
    }

    private func selects(_ path: String) -> Bool {
        guard !include.isEmpty || !exclude.isEmpty else { return true }
        let relative = globPath(path)
        if !include.isEmpty, !include.contains(where: { $0.matches(relative) }) { return false }
        return !exclude.contains { $0.matches(relative) }
    }

    /// The path globs see: relative to `globBase` when the file is inside it, else as named.
    /// Per-path overrides match the same path, so they too are read from the configuration's folder.
    /// Worked out without a system call per file (`root` knows the working directory).
    func globPath(_ path: String) -> String { root.relative(path) }
}

/// A path as the system takes it (bytes), with the text that shows it.
struct SystemPath {
    let bytes: [UInt8]
    let shown: String
    let isUTF8: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        shown = PathText.shown(bytes)
        isUTF8 = String(validating: bytes, as: UTF8.self) != nil
    }

    /// `folder/name`; `corpuslint .` names files `x.md`, not `./x.md`.
    func appending(_ name: [UInt8]) -> SystemPath {
        let slash = UInt8(ascii: "/")
        if bytes == [0x2E] || bytes == [0x2E, slash] { return SystemPath(name) }
        return SystemPath(bytes.last == slash ? bytes + name : bytes + [slash] + name)
    }

    func withCString<T>(_ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    func lstat(_ info: inout stat) -> Int32 { withCString { systemLstat($0, &info) } }
    func stat(_ info: inout stat) -> Int32 { withCString { systemStat($0, &info) } }
}

private func systemLstat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> Int32 { lstat(path, &info) }
private func systemStat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> Int32 { stat(path, &info) }

func errorText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}
