/// One change to a file: the bytes in `range` give way to `replacement`. Offsets count bytes of
/// the file as it was read (a byte-order mark included), so an edit applies to exactly the bytes
/// that were linted, whatever the decoder made of them.
public struct TextEdit: Sendable, Hashable, Codable {
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// An edit that inserts `text` before byte `offset`.
    public static func insert(_ text: String, at offset: Int) -> TextEdit {
        TextEdit(range: offset..<offset, replacement: text)
    }

    /// An edit that removes the bytes of `range`.
    public static func delete(_ range: Range<Int>) -> TextEdit {
        TextEdit(range: range, replacement: "")
    }

    /// Whether two edits touch the same bytes. Two insertions at one offset overlap too: their
    /// order would be a guess.
    public func overlaps(_ other: TextEdit) -> Bool {
        if range.isEmpty || other.range.isEmpty {
            return range.lowerBound == other.range.lowerBound
                || (range.lowerBound > other.range.lowerBound && range.lowerBound < other.range.upperBound)
                || (other.range.lowerBound > range.lowerBound && other.range.lowerBound < range.upperBound)
        }
        return range.overlaps(other.range)
    }
}
