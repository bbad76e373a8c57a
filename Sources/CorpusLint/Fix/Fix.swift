/// How a finding can be repaired: edits to the file, how safe they are, and a few words saying
/// what they do. A plain value, made by the check that reports the finding.
public struct Fix: Sendable, Hashable, Codable {
    /// `safe` fixes change no word a reader sees (encoding, line endings, whitespace, quoting);
    /// `unsafe` ones do (removing a running header, joining a paragraph) and are applied only
    /// when asked for with `--unsafe-fixes`.
    public enum Safety: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case safe
        case unsafe

        public static func < (a: Safety, b: Safety) -> Bool { a == .safe && b == .unsafe }
    }

    /// Short, imperative: "remove the byte-order mark".
    public var description: String
    public var safety: Safety
    /// Edits that do not overlap one another, in any order.
    public var edits: [TextEdit]

    public init(_ description: String, safety: Safety, edits: [TextEdit]) {
        self.description = description
        self.safety = safety
        self.edits = edits
    }

    /// Whether any edit of `self` touches bytes that an edit of `other` touches.
    public func overlaps(_ other: Fix) -> Bool {
        edits.contains { edit in other.edits.contains(where: edit.overlaps) }
    }
}
