#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the command writes, and whether a terminal is watching.
///
/// Writes go straight to the descriptors: Foundation's non-throwing `FileHandle.write` traps on
/// a write error (`Fatal error: 'try!'`), which a closed pipe gives when SIGPIPE is ignored (as
/// systemd does for services) and a full disk always gives.
enum Output {
    /// `format` filled in as C's `printf` does (`%.1f`, `%02d`): `String(format:)` lives in the part
    /// of Foundation that FoundationEssentials leaves out (see `Locking.Lock` for why it is not linked).
    static func format(_ format: String, _ arguments: CVarArg...) -> String {
        withVaList(arguments) { list in
            var buffer = [CChar](repeating: 0, count: 256)
            let needed = Int(vsnprintf(&buffer, buffer.count, format, list))
            guard needed >= buffer.count else { return String(cString: buffer) }
            buffer = [CChar](repeating: 0, count: needed + 1)
            return withVaList(arguments) { again in
                _ = vsnprintf(&buffer, buffer.count, format, again)
                return String(cString: buffer)
            }
        }
    }

    /// Ends the process with `code` (where a command's own `exit` method would hide C's).
    static func terminate(_ code: Int32) -> Never { exit(code) }

    /// An error as a person reads it: the system's words for a file system error (`Not a
    /// directory`, `Permission denied`), which a `CocoaError` carries as its underlying error;
    /// otherwise its description.
    static func describe(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        if let cocoa = error as? CocoaError, let posix = cocoa.userInfo["NSUnderlyingError"] as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        return String(describing: error)
    }

    /// Every byte of `descriptor` up to its end (standard input).
    static func readAll(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            bytes += chunk[..<got]
        }
        return bytes
    }

    static func write(_ text: String) {
        guard let code = writeAll(STDOUT_FILENO, text) else { return }
        if code == EPIPE { endForClosedPipe() }
        error("corpuslint: writing the output failed (\(String(cString: strerror(code))))")
        exit(2)
    }

    static func error(_ text: String) {
        // Nowhere left to say that standard error failed: the exit code tells.
        _ = writeAll(STDERR_FILENO, text.hasSuffix("\n") ? text : text + "\n")
    }

    /// The reader of standard output went away (`corpuslint … | head`): end at once and quietly,
    /// as the default SIGPIPE would, whether or not it was ignored.
    static func endForClosedPipe() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        exit(128 + SIGPIPE)
    }

    /// Writes every byte of `text` (without copying it: a report can be hundreds of megabytes);
    /// nil, or the `errno` of the write that failed.
    static func writeAll(_ descriptor: Int32, _ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
    }

    /// Colours on a terminal, unless `NO_COLOR` is set (https://no-color.org).
    static var colorsOnStandardOutput: Bool {
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
