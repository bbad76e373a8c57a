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
        var parts: [Part] = []
        var text = ""
        var chars = source.makeIterator()
        var pending: Character?
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        while let c = next() {
            if c == "{" {
                guard let d = next() else { text.append(c); break }
                if d == "{" { text.append("{"); continue }
                // `{}` names nothing: kept as text, so it cannot swallow the placeholder after it.
                if d == "}" { text += "{}"; continue }
                var name = String(d)
                var closed = false
                while let e = next() {
                    if e == "}" { closed = true; break }
                    name.append(e)
                }
                if closed {
                    if !text.isEmpty { parts.append(.text(text)); text = "" }
                    parts.append(.placeholder(name.trimmingSpaces()))
                } else {
                    text += "{" + name
                }
            } else if c == "}" {
                if let d = next(), d != "}" { pending = d }
                text.append("}")
            } else {
                text.append(c)
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
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

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self).unicodeScalars
        while let f = s.first, TextScalars.isSpace(f) { s.removeFirst() }
        while let l = s.last, TextScalars.isSpace(l) { s.removeLast() }
        return String(s)
    }
}
