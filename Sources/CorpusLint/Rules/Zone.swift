import YAML

/// A named region of a body, defined by a pack: after a line matching `start`, the following
/// non-blank lines that match `lines` are in the zone, until a non-blank line that does not.
///
/// ```yaml
/// zones:
///   footnotes:
///     start: '^---$'          # a page break
///     lines: '^[0-9]{1,3} \S'  # footnote lines at the top of the next page
/// ```
public struct Zone: Sendable {
    public let name: String
    public let start: Pattern
    public let lines: Pattern

    static func read(name: String, _ node: Node, file: String, sink: ErrorSink) -> Zone? {
        guard var reader = NodeReader(node, file: file, sink: sink, what: "zone `\(name)`") else { return nil }
        let start = reader.pattern("start", required: true)
        let lines = reader.pattern("lines", required: true)
        reader.finish()
        guard let start, let lines else { return nil }
        return Zone(name: name, start: start, lines: lines)
    }
}
