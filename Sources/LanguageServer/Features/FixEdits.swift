import CorpusLint

/// A fix's edits (byte ranges of the text as linted) as the protocol's `TextEdit`s.
enum FixEdits {
    /// The edits of `fix` on `lines`. A bound between the `\r` and `\n` of a line break is a place
    /// the protocol cannot name (its positions are lines and characters), so such an edit takes
    /// in the whole break and puts back the half it did not change.
    static func json(_ edits: [TextEdit], in lines: LineTable) -> [JSON] {
        let text = lines.text
        func insideBreak(_ offset: Int) -> Bool {
            offset > 0 && offset < text.count && text[offset - 1] == 0x0D && text[offset] == 0x0A
        }
        return edits.map { edit in
            var (start, end, replacement) = (edit.range.lowerBound, edit.range.upperBound, edit.replacement)
            if insideBreak(start) {
                start -= 1
                replacement = "\r" + replacement
            }
            if insideBreak(end) {
                end += 1
                replacement += "\n"
            }
            let range = TextRange(start: lines.position(ofOffset: start), end: lines.position(ofOffset: end))
            return ["range": range.json, "newText": .string(replacement)]
        }
    }

    /// The edit that turns the whole of `lines` into `bytes`: the part between the common
    /// beginning and the common end is replaced.
    static func replacing(_ lines: LineTable, with bytes: [UInt8]) -> JSON {
        let old = lines.text
        var prefix = 0
        while prefix < old.count, prefix < bytes.count, old[prefix] == bytes[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < bytes.count - prefix, old[old.count - 1 - suffix] == bytes[bytes.count - 1 - suffix] { suffix += 1 }
        // Bounds on whole scalars and outside line breaks: back off to a line start.
        while prefix > 0, !isBoundary(old, prefix) || old[prefix - 1] == 0x0D { prefix -= 1 }
        while suffix > 0, !isBoundary(old, old.count - suffix) || old[old.count - suffix] == 0x0A { suffix -= 1 }
        let edit = TextEdit(range: prefix..<(old.count - suffix), replacement: String(decoding: bytes[prefix..<(bytes.count - suffix)], as: UTF8.self))
        return json([edit], in: lines)[0]
    }

    /// Whether `offset` starts a scalar (or is the end).
    private static func isBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset == bytes.count || bytes[offset] & 0xC0 != 0x80
    }
}
