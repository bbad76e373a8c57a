#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a fixed file in place of the one read, atomically: a temporary file in the same folder
/// (so the rename cannot cross file systems), the original's mode (and owner, where allowed),
/// `fsync`, then a rename over the original. A reader sees the old file or the new one, never
/// half of one. A file whose bytes changed on disk since they were read is left alone: a
/// person or another tool edited it, and fixes worked out on the old bytes would undo that.
public enum FixedFileWriter {
    public enum Outcome: Equatable, Sendable {
        case written
        /// The file on disk is no longer the bytes that were fixed: nothing was written.
        case changedOnDisk
        case failed(String)
    }

    /// Replaces the file at `path` (bytes, as the system takes them) with `fixed`, provided it
    /// still holds `original`. A symbolic link stays a link: its target is written.
    public static func write(_ fixed: [UInt8], over original: [UInt8], at path: [UInt8]) -> Outcome {
        guard let target = resolved(path) else { return .failed("the file cannot be found again (\(errorText()))") }
        var info = Glibc_statBuffer()
        guard status(target, &info) == 0 else { return .failed("the file cannot be examined (\(errorText()))") }
        guard currentBytes(target) == original else { return .changedOnDisk }

        let slash = target.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { Array(target[..<$0]) } ?? Array(".".utf8)
        let name = slash.map { Array(target[($0 + 1)...]) } ?? target
        var template = folder + Array("/.".utf8) + name + Array(".corpuslint-XXXXXX".utf8) + [0]
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { mkstemp($0.baseAddress!) }
        }
        guard fd >= 0 else { return .failed("no temporary file can be made beside it (\(errorText()))") }
        let temporary = Array(template.dropLast())
        var done = false
        defer {
            if !done { withPath(temporary) { _ = unlink($0) } }
        }
        guard writeAll(fd, fixed) else {
            let message = errorText()
            close(fd)
            return .failed("writing failed (\(message))")
        }
        // The owner first: changing it may clear set-id bits that the mode then puts back.
        if getuid() == 0 { _ = fchown(fd, info.st_uid, info.st_gid) }
        guard fchmod(fd, info.st_mode & 0o7777) == 0, fsync(fd) == 0 else {
            let message = errorText()
            close(fd)
            return .failed("the temporary file could not be finished (\(message))")
        }
        close(fd)
        // Checked again at the last moment: an editor may have saved while the fixes were made.
        guard currentBytes(target) == original else { return .changedOnDisk }
        let renamed = withPath(temporary) { from in withPath(target) { to in rename(from, to) } }
        guard renamed == 0 else { return .failed("the file could not be replaced (\(errorText()))") }
        done = true
        // The rename itself is made durable by syncing the folder.
        let folderFD = withPath(folder) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
        return .written
    }

    /// The path with its links resolved (nil when it leads nowhere).
    private static func resolved(_ path: [UInt8]) -> [UInt8]? {
        withPath(path) { pointer -> [UInt8]? in
            guard let real = realpath(pointer, nil) else { return nil }
            defer { free(real) }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(real).assumingMemoryBound(to: UInt8.self), count: strlen(real)))
        }
    }

    private static func status(_ path: [UInt8], _ info: inout Glibc_statBuffer) -> Int32 {
        withPath(path) { Glibc_stat($0, &info) }
    }

    private static func currentBytes(_ path: [UInt8]) -> [UInt8]? {
        if case let .bytes(bytes) = FileReader.read(path, maxBytes: Int.max) { return bytes }
        return nil
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in Glibc_write(fd, raw.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    private static func withPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}

#if canImport(Glibc)
private typealias Glibc_statBuffer = Glibc.stat
private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { Glibc.write(fd, buffer, count) }
private func Glibc_stat(_ path: UnsafePointer<CChar>, _ info: inout Glibc.stat) -> Int32 { stat(path, &info) }
#else
private typealias Glibc_statBuffer = Darwin.stat
private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { Darwin.write(fd, buffer, count) }
private func Glibc_stat(_ path: UnsafePointer<CChar>, _ info: inout Darwin.stat) -> Int32 { stat(path, &info) }
#endif
