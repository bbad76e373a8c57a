#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A file the run writes (the `--output` report, the `--write-baseline` baseline), opened before
/// the run so that a path that cannot be written stops it at once (exit code 2).
///
/// A regular file (or a new one) is written whole or not at all: into a temporary file beside
/// it, flushed to disk, given the old file's mode (and owner, as root), then renamed over it, so
/// the old one stays whole until the new one is complete, even through `kill -9`. Anything else
/// (a character device such as /dev/null, a FIFO, a pipe, /dev/stdout) is opened and written in
/// place: such a node is never removed or replaced.
final class ReportFile {
    /// The path as the user gave it, for messages.
    let path: String
    /// What it holds, for messages: "report", "baseline".
    let what: String
    /// The file an existing path leads to (the run must not lint it, nor write over an input).
    let identity: FileIdentity?
    /// Whether it is this process's standard output (`/dev/stdout`, or the file or pipe that
    /// standard output is): the report then is the output, and nothing else may be mixed into it.
    var isStandardOutput: Bool { Self.isStandardOutput(descriptor) }
    private let descriptor: Int32
    private let replacing: (temporary: String, final: String)?
    private var failure: Int32?
    private var finished = false

    init(_ path: String, what: String) throws {
        self.path = path
        self.what = what
        if let own = Self.ownDescriptor(path) {
            descriptor = try Self.check(dup(own), path, what)
            identity = FileIdentity.ofDescriptor(descriptor)
            replacing = nil
            return
        }
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw Self.refuse(path, what, "it is a folder; name a file") }
            identity = FileIdentity.of(path)
            if type != S_IFREG {
                descriptor = try Self.check(open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY), path, what)
                replacing = nil
                return
            }
            if getuid() != 0, access(path, W_OK) != 0 { throw Self.refuse(path, what, "the file may not be written (\(Self.text(errno)))") }
            // Through a link, the file it leads to is replaced, and the link stays.
            let final = realpath(path, nil).map { pointer in defer { free(pointer) }; return String(cString: pointer) } ?? path
            (descriptor, replacing) = try Self.temporary(beside: final, path, what, mode: info.st_mode & 0o7777,
                                                        owner: getuid() == 0 ? (info.st_uid, info.st_gid) : nil)
        } else {
            let code = errno
            guard code == ENOENT else { throw Self.refuse(path, what, Self.text(code)) }
            identity = nil
            let mask = umask(0)
            umask(mask)
            (descriptor, replacing) = try Self.temporary(beside: path, path, what, mode: 0o666 & ~mask, owner: nil)
        }
    }

    deinit {
        if !finished { abandon() }
    }

    /// Appends `text`; the first failure stops writing and is reported by `commit`.
    func write(_ text: String) {
        guard failure == nil else { return }
        failure = Output.writeAll(descriptor, text)
    }

    /// Makes the file the new one; a failure is a message and exit code 2, the old file kept.
    func commit() throws {
        finished = true
        if failure == nil, let replacing {
            if fsync(descriptor) != 0 { failure = errno }
            if close(descriptor) != 0, failure == nil { failure = errno }
            if failure == nil, rename(replacing.temporary, replacing.final) != 0 { failure = errno }
            if failure == nil {
                Self.syncFolder(of: replacing.final)
                return
            }
            unlink(replacing.temporary)
        } else if let replacing {
            close(descriptor)
            unlink(replacing.temporary)
        } else if close(descriptor) != 0, failure == nil, errno != EINTR {
            failure = errno
        }
        guard let failure else { return }
        if failure == EPIPE, descriptor == STDOUT_FILENO { Output.endForClosedPipe() }
        Output.error("\(path): writing the \(what) failed (\(Self.text(failure)))"
                     + (replacing == nil ? "" : "; the previous \(what), if any, is unchanged"))
        throw ExitCode(2)
    }

    /// Drops what was written: the temporary file goes, the old file stays.
    func abandon() {
        finished = true
        close(descriptor)
        if let replacing { unlink(replacing.temporary) }
    }

    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: one of this process's own
    /// descriptors, which is written as it is (a pipe, a terminal, or a file the shell opened).
    private static func ownDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                if let number = Int32(path.dropFirst(prefix.count)), fcntl(number, F_GETFD) != -1 { return number }
            }
            return nil
        }
    }

    /// The same open file as standard output (same device and inode: a pipe, a terminal, a file).
    private static func isStandardOutput(_ descriptor: Int32) -> Bool {
        var mine = stat(), output = stat()
        guard fstat(descriptor, &mine) == 0, fstat(STDOUT_FILENO, &output) == 0 else { return false }
        return mine.st_dev == output.st_dev && mine.st_ino == output.st_ino && mine.st_rdev == output.st_rdev
    }

    /// A new temporary file in the folder of `final`, readable only by its owner until renamed.
    private static func temporary(beside final: String, _ path: String, _ what: String, mode: mode_t,
                                  owner: (uid_t, gid_t)?) throws -> (Int32, (temporary: String, final: String)?) {
        let folder = PathText.folder(of: final)
        let name = final.split(separator: "/").last.map(String.init) ?? final
        var info = stat()
        guard stat(folder.isEmpty ? "." : folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw refuse(path, what, "the folder \(folder.isEmpty ? "." : folder) does not exist")
        }
        for attempt in 0..<100 {
            // A leading dot and a `.tmp` suffix: never a document, so never linted.
            let temporary = PathText.joined(folder, ".\(name).\(getpid())-\(attempt)-\(UInt32.random(in: 0...UInt32.max)).tmp")
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw refuse(path, what, "cannot create a file in \(folder.isEmpty ? "." : folder) (\(text(errno)))")
            }
            if let owner { _ = fchown(descriptor, owner.0, owner.1) }
            _ = fchmod(descriptor, mode)
            return (descriptor, (temporary, final))
        }
        throw refuse(path, what, "cannot create a temporary file beside it")
    }

    private static func check(_ descriptor: Int32, _ path: String, _ what: String) throws -> Int32 {
        guard descriptor >= 0 else { throw refuse(path, what, text(errno)) }
        return descriptor
    }

    /// The rename itself is on disk once the folder is flushed.
    private static func syncFolder(of path: String) {
        let folder = PathText.folder(of: path)
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func refuse(_ path: String, _ what: String, _ reason: String) -> ExitCode {
        Output.error("\(path): cannot write the \(what) there: \(reason)")
        return ExitCode(2)
    }

    private static func text(_ code: Int32) -> String { String(cString: strerror(code)) }
}
