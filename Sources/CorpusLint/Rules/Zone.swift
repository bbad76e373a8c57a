import YAML

/// A named region of a body, defined by a pack: after a line matching `start`, the following
/// non-blank lines that match `lines` are in the zone, until a non-blank line that does not.
/// Lines matching `look-past` (a raw layout's page furniture and footnotes at a page turn) are
/// passed over like blank lines: an annex heading at a page's foot keeps its title, on the next
/// page, in its zone.
/// Or a region Markdown defines: `markdown: fenced-code`, the lines of a fenced code block
/// (its fences included), which prose rules skip with `outside-zone`.
///
/// ```yaml
/// zones:
///   footnotes:
///     start: '^---$'          # a page break
///     lines: '^[0-9]{1,3} \S'  # footnote lines at the top of the next page
///     look-past: '^_{5,}$'     # optional: lines passed over, neither in the zone nor ending it
///   code:
///     markdown: fenced-code
/// ```
public struct Zone: Sendable {
    public let name: String
    public let start: Pattern
    public let lines: Pattern
    /// Lines passed over while the zone is open: neither in it nor ending it.
    public let lookPast: Pattern?
    /// Set for `markdown: fenced-code`: the zone follows fences, not patterns.
    public let isFencedCode: Bool

    static func read(name: String, _ node: Node, file: String, sink: ErrorSink) -> Zone? {
        guard var reader = NodeReader(node, file: file, sink: sink, what: "zone `\(name)`") else { return nil }
        if reader.has("markdown") {
            let kind = reader.choice("markdown", ["fenced-code"])
            reader.finish()
            guard kind != nil, let never = try? Pattern("(?!)") else { return nil }
            return Zone(name: name, start: never, lines: never, lookPast: nil, isFencedCode: true)
        }
        let start = reader.pattern("start", required: true)
        let lines = reader.pattern("lines", required: true)
        let lookPast = reader.pattern("look-past")
        reader.finish()
        guard let start, let lines else { return nil }
        return Zone(name: name, start: start, lines: lines, lookPast: lookPast, isFencedCode: false)
    }
}

/// Where a Markdown fenced code block opens and closes: a line of three or more backticks or
/// tildes, indented by at most three spaces, closed by a fence of the same character at least
/// as long (CommonMark's rule).
public struct MarkdownFence: Sendable {
    /// The open fence: its character and length; nil outside a block.
    private var open: (character: UInt8, length: Int)?

    public init() {}

    public var isOpen: Bool { open != nil }

    /// Takes the next line; whether it belongs to a block (its fences included).
    public mutating func step(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        var indent = 0
        while i < range.upperBound, bytes[i] == 0x20, indent < 4 { i += 1; indent += 1 }
        let fence: (UInt8, Int)? = {
            guard indent < 4, i < range.upperBound, bytes[i] == 0x60 || bytes[i] == 0x7E else { return nil }
            let character = bytes[i]
            var j = i
            while j < range.upperBound, bytes[j] == character { j += 1 }
            guard j - i >= 3 else { return nil }
            // A backtick fence's info string cannot hold a backtick.
            if character == 0x60, bytes[j..<range.upperBound].contains(0x60) { return nil }
            return (character, j - i)
        }()
        if let current = open {
            if let fence, fence.0 == current.character, fence.1 >= current.length {
                // A closing fence holds nothing but the fence and spaces.
                var k = i + fence.1
                while k < range.upperBound, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
                if k == range.upperBound { open = nil }
            }
            return true
        }
        if let fence {
            open = (fence.0, fence.1)
            return true
        }
        return false
    }
}
