#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as text and as bytes, without Foundation's path methods: in Swift 6.3.1,
/// `NSString.deletingLastPathComponent` traps on a one-character string (`--config c` crashed).
public enum PathText {
    /// The folder part of `path`, as `dirname` gives it but `""` for a bare name:
    /// `a/b.yml` → `a`, `b` → `""`, `/b` → `/`, `a/b/` → `a`, `/` → `/`.
    public static func folder(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == slash { bytes.removeLast() }
        guard let last = bytes.lastIndex(of: slash) else { return "" }
        var end = last
        while end > 0, bytes[end - 1] == slash { end -= 1 }
        if end == 0 { return "/" }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// `path` as `NSString.standardizingPath` gives it on Linux, without linking Foundation's
    /// string extensions (see `Locking.Lock` for why): a leading `~` or `~/` made the home folder,
    /// empty and `.` components dropped (but a leading `./`), `..` taken back over the component
    /// before it in an absolute path only (lexically: no link is read), no trailing slash:
    /// `/a//b/./c/../d/` → `/a/b/d`, `/..` → `/`, `./a/./b` → `./a/b`, `a/../b` → `a/../b`.
    public static func standardized(_ path: String) -> String {
        var path = path
        if path == "~" || path.hasPrefix("~/"), let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty {
            path = home + path.dropFirst()
        }
        guard !path.isEmpty else { return path }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for (index, part) in path.split(separator: "/", omittingEmptySubsequences: true).enumerated() {
            switch part {
            case "." where !(index == 0 && !absolute): continue
            case ".." where absolute:
                if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The last component of `path`: `a/b.yml` → `b.yml`, `a/b/` → `b`, `/` → `/`.
    public static func lastComponent(of path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard trimmed != "/" else { return "/" }
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? trimmed
    }

    /// The extension of the last component, without its dot: `a/b.YML` → `YML`, `.hidden` → ``.
    public static func pathExtension(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// `folder/name`, or `name` alone when `folder` is empty.
    public static func joined(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || name.hasPrefix("/") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// How a path of raw bytes is shown: as UTF-8 when it is UTF-8; otherwise each byte that is
    /// not part of a valid UTF-8 sequence as `\xFF` (upper-case hex), the rest as text. The bytes
    /// themselves are kept to open the file; this text is only for people and reports.
    public static func shown(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length > 0 {
                out += String(decoding: bytes[index..<index + length], as: UTF8.self)
                index += length
            } else {
                let byte = bytes[index]
                out += "\\x" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0xF)])
                index += 1
            }
        }
        return out
    }

    /// The length of the valid UTF-8 sequence starting at `index` (RFC 3629: no overlong forms,
    /// no surrogates, nothing past U+10FFFF), or 0 when the byte there starts none.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= min && byte <= max else { return 0 }
        }
        return length
    }

    private static let slash = UInt8(ascii: "/")
    private static let hexDigits = Array("0123456789ABCDEF")
}
