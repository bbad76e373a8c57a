#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Locking
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads frames from a file descriptor (standard input) and writes framed messages to another
/// (standard output); writes from any thread come out whole, one after another.
final class MessageChannel: @unchecked Sendable {
    private let input: Int32
    private let output: Int32
    private var decoder = FrameDecoder()
    private let writeLock = Lock()

    init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// The next message body; nil at the end of the input. Blocks until one is complete.
    func read() throws(MessageFraming.Failure) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let body = try decoder.next() { return body }
            let count = chunk.withUnsafeMutableBytes { systemRead(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            decoder.append(chunk[..<count])
        }
    }

    func write(_ message: Message) {
        let bytes = MessageFraming.frame(message.json.encoded())
        writeLock.lock()
        defer { writeLock.unlock() }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { systemWrite(output, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            // The editor has gone: nothing more can reach it.
            guard count > 0 else { return }
            written += count
        }
    }
}

// The C library's, named apart from this type's own `read` and `write`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
