/// Markdown code spans on one line: a run of backticks, the code, and a run of as many
/// backticks (CommonMark's rule, within one line). Text in them is code, not prose: rules with
/// `outside-code-spans: true` ignore matches there.
enum MarkdownCodeSpans {
    /// The byte ranges of the spans in `range`, backticks included, left to right.
    static func ranges(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard bytes[i] == 0x60 else {
                // A backslash-escaped backtick opens nothing.
                i += bytes[i] == 0x5C ? 2 : 1
                continue
            }
            let open = i
            while i < range.upperBound, bytes[i] == 0x60 { i += 1 }
            let length = i - open
            var j = i
            var closed: Int?
            while j < range.upperBound {
                guard bytes[j] == 0x60 else { j += 1; continue }
                let run = j
                while j < range.upperBound, bytes[j] == 0x60 { j += 1 }
                if j - run == length { closed = j; break }
            }
            if let closed {
                spans.append(open..<closed)
                i = closed
            }
            // An unmatched run is literal backticks; the search goes on after it.
        }
        return spans
    }

    /// Whether `match` overlaps one of `spans`.
    static func overlaps(_ match: Range<Int>, _ spans: [Range<Int>]) -> Bool {
        spans.contains { $0.overlaps(match) || ($0.contains(match.lowerBound) && match.isEmpty) }
    }
}
