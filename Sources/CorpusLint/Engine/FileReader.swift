#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes in one go, refusing what is not a regular file (a FIFO would block a run)
/// and what is over the size limit (reported, never read).
enum FileReader {
    enum Outcome {
        case bytes([UInt8])
        case problem(rule: String, message: String)
    }

    /// Reads the file at `path`, given as bytes: a name need not be UTF-8.
    static func read(_ path: [UInt8], maxBytes: Int) -> Outcome {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        let fd = SystemPath(path).withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { return .problem(rule: "io/link-loop", message: "the link leads into a loop of links") }
            if code == ENOENT { return .problem(rule: "io/not-found", message: "no such file (\(errorText(code)))") }
            if code == ENAMETOOLONG { return .problem(rule: "io/unreadable", message: "the path is longer than the system allows (\(errorText(code)))") }
            return .problem(rule: "io/unreadable", message: "the file cannot be opened (\(errorText(code)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .problem(rule: "io/unreadable", message: "cannot be examined (\(errorText()))") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            let what = info.st_mode & S_IFMT == S_IFDIR ? "a folder" : info.st_mode & S_IFMT == S_IFIFO ? "a FIFO" : "not a regular file"
            return .problem(rule: "io/not-a-file", message: "\(what), not a document file; skipped")
        }
        let size = Int(info.st_size)
        guard size <= maxBytes else {
            return .problem(rule: "io/too-large", message: "\(size) bytes, over the limit of \(maxBytes); skipped without reading (raise it with --max-file-size)")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { raw in
                Glibc_read(fd, raw.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .problem(rule: "io/unreadable", message: "read failed (\(errorText()))")
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeSubrange(filled...) }
        return .bytes(bytes)
    }
}

#if canImport(Glibc)
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
#else
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
#endif
