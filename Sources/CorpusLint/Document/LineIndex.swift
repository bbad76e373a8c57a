/// Where each line of a text starts and ends, counting `\n`, `\r\n` and a lone `\r` as one line
/// break each, as editors do.
///
/// Five bytes a line, allocated once: the low 32 bits of where it starts, and how it ends. A file
/// of 64 MiB of line breaks has 64 million lines; at the 17 bytes a line of three arrays of
/// offsets, its index alone took more than a gigabyte.
public struct LineIndex: Sendable {
    /// How a line ends.
    public enum Terminator: UInt8, Sendable {
        case lf, crlf, cr, none

        var length: Int {
            switch self {
            case .lf, .cr: 1
            case .crlf: 2
            case .none: 0
            }
        }
    }

    /// The low `lowBits` bits of the byte offset of each line's first byte (index 0 is line 1).
    private let lowStarts: [UInt32]
    /// For texts past 4 GiB: `wraps[k]` is the index of the first line starting at or after
    /// (k + 1) << lowBits. Empty otherwise, which is the fast path.
    private let wraps: [Int]
    private let terminators: [Terminator]
    private let byteCount: Int
    private let lowBits: Int

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, lowBits: 32)
    }

    /// `lowBits` below 32 lets a test exercise texts past 4 GiB with a few bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>, lowBits: Int) {
        let count = bytes.count
        var lineCount = 0
        var i = 0
        var lineStart = 0
        while case let found = Self.nextBreak(bytes, from: i), found < count {
            i = found + 1
            if bytes[found] == 0x0D, i < count, bytes[i] == 0x0A { i += 1 }
            lineCount += 1
            lineStart = i
        }
        // A final line without a terminator is still a line; a final terminator opens none.
        if lineStart < count { lineCount += 1 }

        var lowStarts: [UInt32] = []
        var wraps: [Int] = []
        var terminators: [Terminator] = []
        lowStarts.reserveCapacity(lineCount)
        terminators.reserveCapacity(lineCount)
        let mask = lowBits >= 32 ? Int(UInt32.max) : (1 << lowBits) - 1
        func add(_ start: Int, _ terminator: Terminator) {
            while start >> lowBits > wraps.count { wraps.append(lowStarts.count) }
            lowStarts.append(UInt32(start & mask))
            terminators.append(terminator)
        }
        lineStart = 0
        i = 0
        while case let found = Self.nextBreak(bytes, from: i), found < count {
            if bytes[found] == 0x0A {
                add(lineStart, .lf)
                i = found + 1
            } else if found + 1 < count, bytes[found + 1] == 0x0A {
                add(lineStart, .crlf)
                i = found + 2
            } else {
                add(lineStart, .cr)
                i = found + 1
            }
            lineStart = i
        }
        if lineStart < count { add(lineStart, .none) }
        self.lowStarts = lowStarts
        self.wraps = wraps
        self.terminators = terminators
        self.byteCount = count
        self.lowBits = lowBits
    }

    /// The offset of the first CR or LF at or after `start`; `bytes.count` when there is none.
    /// Eight bytes at a time while none of them is below 0x0E (a word-wide test): reading byte by
    /// byte, the two passes over each document took 2.4% of a run's instructions.
    @inline(__always)
    private static func nextBreak(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return count }
        var i = start
        while true {
            // A byte of the word is below 0x0E exactly when this is not zero (subtracting 0x0E
            // from such a byte borrows into its top bit, which the byte itself did not have).
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            // A tab or another control byte stops the word-wide test too: look at those bytes one by one.
            let end = min(i + 8, count)
            while i < end {
                if base[i] == 0x0A || base[i] == 0x0D { return i }
                i += 1
            }
            if i >= count { return count }
        }
    }

    /// The number of lines.
    public var count: Int { lowStarts.count }

    /// The byte offset of the first byte of line `line` (1-based).
    public func start(ofLine line: Int) -> Int {
        let low = Int(lowStarts[line - 1])
        guard !wraps.isEmpty else { return low }
        // How many wraps come at or before this line: the high bits of its offset.
        var lower = 0, upper = wraps.count
        while lower < upper {
            let mid = (lower + upper) / 2
            if wraps[mid] <= line - 1 { lower = mid + 1 } else { upper = mid }
        }
        return lower << lowBits | low
    }

    /// The byte offset just past the content of line `line`, before its terminator.
    public func end(ofLine line: Int) -> Int {
        (line < count ? start(ofLine: line + 1) : byteCount) - terminators[line - 1].length
    }

    /// How line `line` ends.
    public func terminator(ofLine line: Int) -> Terminator { terminators[line - 1] }

    /// The byte range of line `line` (1-based), without its terminator.
    public func range(ofLine line: Int) -> Range<Int> {
        start(ofLine: line)..<end(ofLine: line)
    }

    /// The 1-based line holding byte `offset`.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if start(ofLine: mid + 1) <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low, 1)
    }

    /// The 1-based column of byte `offset` on its line, counting Unicode scalars.
    public func column(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let line = self.line(containing: offset)
        guard line <= count else { return 1 }
        var column = 1
        var i = start(ofLine: line)
        while i < offset && i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }
}
