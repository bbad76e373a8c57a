/// A message with `{placeholders}` filled from what a check found (`{value}`, `{expected}`,
/// `{field}`; each kind documents its own). Parsed once per run; `{{` and `}}` are braces; an
/// unknown placeholder stays visible in the message, so a typo shows in the rule's examples.
public struct MessageTemplate: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    let parts: [Part]
    public let source: String

    public init(_ source: String) {
        self.source = source
        // On UTF-8 bytes when every brace stands alone as a character (ASCII on both sides: no
        // combining mark can join it), which gives the same parts as reading characters for
        // about a tenth of the cost: characters cost 1.5 M instructions a run with the shipped packs.
        let bytes = Array(source.utf8)
        let braces = [UInt8(ascii: "{"), UInt8(ascii: "}")]
        let standAlone = bytes.indices.allSatisfy { index in
            !braces.contains(bytes[index]) || ((index == 0 || bytes[index - 1] < 0x80) && (index == bytes.count - 1 || bytes[index + 1] < 0x80))
        }
        parts = standAlone ? Self.parts(bytes, open: braces[0], close: braces[1]) { String(decoding: $0, as: UTF8.self) }
                           : Self.parts(Array(source), open: "{", close: "}") { String($0) }
    }

    /// Text and placeholders of `units` (characters, or bytes where braces are whole characters).
    private static func parts<Unit: Equatable>(_ units: [Unit], open: Unit, close: Unit, string: ([Unit]) -> String) -> [Part] {
        var parts: [Part] = []
        var text: [Unit] = []
        var index = 0
        var pending: Unit?
        func next() -> Unit? {
            if let p = pending { pending = nil; return p }
            guard index < units.count else { return nil }
            index += 1
            return units[index - 1]
        }
        while let c = next() {
            if c == open {
                guard let d = next() else { text.append(c); break }
                if d == open { text.append(open); continue }
                // `{}` names nothing: kept as text, so it cannot swallow the placeholder after it.
                if d == close { text += [open, close]; continue }
                var name = [d]
                var closed = false
                while let e = next() {
                    if e == close { closed = true; break }
                    name.append(e)
                }
                if closed {
                    if !text.isEmpty { parts.append(.text(string(text))); text = [] }
                    parts.append(.placeholder(string(name).trimmingSpaces()))
                } else {
                    text += [open] + name
                }
            } else if c == close {
                if let d = next(), d != close { pending = d }
                text.append(close)
            } else {
                text.append(c)
            }
        }
        if !text.isEmpty { parts.append(.text(string(text))) }
        return parts
    }

    /// The names the template uses.
    public var placeholders: [String] {
        parts.compactMap { if case let .placeholder(name) = $0 { return name } else { return nil } }
    }

    /// The message with each placeholder replaced; an unknown one stays visible as `{name}`.
    public func render(_ values: [String: String]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case let .text(text): out += text
            case let .placeholder(name): out += values[name] ?? "{\(name)}"
            }
        }
        return out
    }
}

extension StringProtocol {
    /// The text without the white space at its ends (spaces, tabs, line breaks, and Unicode's
    /// other white space).
    package func trimmingSpaces() -> String {
        var s = Substring(self).unicodeScalars
        while let f = s.first, TextScalars.isSpace(f) { s.removeFirst() }
        while let l = s.last, TextScalars.isSpace(l) { s.removeLast() }
        return String(s)
    }
}
