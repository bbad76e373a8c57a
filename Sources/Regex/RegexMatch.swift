/// One match, as byte offsets into the buffer that was searched.
public struct RegexMatch: Sendable, Equatable {
    /// Byte offsets of the whole match in the buffer.
    public let range: Range<Int>
    /// Byte offsets of each capture group in the buffer; index 0 is the whole
    /// match, index n is group n; `nil` for a group that did not participate.
    public let captures: [Range<Int>?]

    public init(range: Range<Int>, captures: [Range<Int>?]) {
        self.range = range
        self.captures = captures
    }

    /// The range of capture group `index`, or nil if the group did not
    /// participate or does not exist.
    public subscript(capture index: Int) -> Range<Int>? {
        captures.indices.contains(index) ? captures[index] : nil
    }

    /// The range of the named group `name` of `pattern` (the pattern that
    /// produced this match), or nil if it did not participate or is unknown.
    public func capture(named name: String, in pattern: Pattern) -> Range<Int>? {
        guard let index = pattern.captureNames[name] else { return nil }
        return self[capture: index]
    }

    /// The text of capture `index` (0 = whole match), decoded from `buffer`
    /// (the buffer that was searched).
    public func string(in buffer: UnsafeBufferPointer<UInt8>, capture index: Int = 0) -> String? {
        guard let r = self[capture: index] else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[r]), as: UTF8.self)
    }
}
