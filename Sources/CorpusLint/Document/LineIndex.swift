/// Where each line of a text starts and ends, counting `\n`, `\r\n` and a lone `\r` as one line
/// break each, as editors do.
public struct LineIndex: Sendable {
    /// How a line ends.
    public enum Terminator: Sendable { case lf, crlf, cr, none }

    /// Byte offset of the first byte of each line (index 0 is line 1).
    public let starts: [Int]
    /// Byte offset just past each line's content, before its terminator.
    public let ends: [Int]
    public let terminators: [Terminator]

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var starts: [Int] = []
        var ends: [Int] = []
        var terminators: [Terminator] = []
        starts.reserveCapacity(bytes.count / 40 + 1)
        var lineStart = 0
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte == 0x0A {
                starts.append(lineStart); ends.append(i); terminators.append(.lf)
                i += 1
                lineStart = i
            } else if byte == 0x0D {
                starts.append(lineStart); ends.append(i)
                if i + 1 < count, bytes[i + 1] == 0x0A {
                    terminators.append(.crlf)
                    i += 2
                } else {
                    terminators.append(.cr)
                    i += 1
                }
                lineStart = i
            } else {
                i += 1
            }
        }
        // A final line without a terminator is still a line; a final terminator opens none.
        if lineStart < count {
            starts.append(lineStart); ends.append(count); terminators.append(.none)
        }
        self.starts = starts
        self.ends = ends
        self.terminators = terminators
    }

    /// The number of lines.
    public var count: Int { starts.count }

    /// The byte range of line `line` (1-based), without its terminator.
    public func range(ofLine line: Int) -> Range<Int> {
        starts[line - 1]..<ends[line - 1]
    }

    /// The 1-based line holding byte `offset`.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low, 1)
    }

    /// The 1-based column of byte `offset` on its line, counting Unicode scalars.
    public func column(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let line = self.line(containing: offset)
        guard line <= starts.count else { return 1 }
        var column = 1
        var i = starts[line - 1]
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }
}
