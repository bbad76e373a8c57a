/// One line of a document's body as checks see it during the single body pass.
public struct BodyLine: Sendable {
    /// The 1-based line number in the file.
    public let number: Int
    /// The line's bytes in the document's text, without the terminator.
    public let range: Range<Int>
    /// The zones (pack-defined regions such as footnotes) the line is in, as a bit set.
    public let zones: UInt64
    public let isBlank: Bool
}
