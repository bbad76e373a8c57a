/// Where a byte offset of a file lies as editors count: a 0-based line and a 0-based column in
/// UTF-16 code units (the Language Server Protocol's default), or in bytes. Lines end at LF, CRLF
/// or a lone CR, as `LineIndex` ends them.
public struct TextPosition: Sendable, Hashable {
    public var line: Int
    public var utf16Column: Int
    public var byteColumn: Int

    /// The position of `offset` (clamped to the text) in `bytes`.
    public init(ofByte offset: Int, in bytes: [UInt8]) {
        let offset = max(0, min(offset, bytes.count))
        var line = 0, lineStart = 0, i = 0
        while i < offset {
            let byte = bytes[i]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                    // A CRLF split by the offset leaves the position on the CR's line.
                    if i + 1 >= offset { break }
                    i += 1
                }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        self.line = line
        byteColumn = offset - lineStart
        var units = 0, j = lineStart
        while j < offset {
            let byte = bytes[j]
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            units += length == 4 ? 2 : 1
            j += length
        }
        utf16Column = units
    }
}
