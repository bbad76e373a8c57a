#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line as the system passed it. Swift's `CommandLine.arguments` repairs bytes that
/// are not UTF-8 (into U+FFFD), which loses a file name such as `bad\xFF.md`: this finds the
/// bytes behind an argument again, so such a file can be opened.
enum CommandLineBytes {
    static let raw: [[UInt8]] = (0..<Int(CommandLine.argc)).map { index in
        guard let pointer = CommandLine.unsafeArgv[index] else { return [] }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
    }

    /// The bytes of the argument that reads as `argument`: itself when UTF-8, else the first raw
    /// argument whose repaired text is `argument`.
    static func bytes(of argument: String) -> [UInt8] {
        guard argument.unicodeScalars.contains("\u{FFFD}") else { return Array(argument.utf8) }
        return raw.first { String(decoding: $0, as: UTF8.self) == argument && String(validating: $0, as: UTF8.self) == nil }
            ?? Array(argument.utf8)
    }
}
