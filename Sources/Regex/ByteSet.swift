/// A set of byte values, as 256 bits: which bytes a line holds, or which bytes a pattern needs.
/// Asking whether two sets meet costs four ANDs, so a line's set, made once, answers every
/// pattern's question about it without a call into PCRE2.
package struct ByteSet: Sendable, Equatable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    package init() {}

    /// The bytes that occur in `range` of `buffer`.
    package init(bytesOf buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        // Four accumulators, one per quarter of the byte values, instead of a tuple indexed at
        // run time: the loop is a shift, a compare and an OR a byte.
        var (w0, w1, w2, w3): (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for index in range {
            let byte = buffer[index]
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: w0 |= bit
            case 1: w1 |= bit
            case 2: w2 |= bit
            default: w3 |= bit
            }
        }
        words = (w0, w1, w2, w3)
    }

    package mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    package func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// Whether a byte is in both sets.
    @inline(__always) package func meets(_ other: ByteSet) -> Bool {
        (words.0 & other.words.0) | (words.1 & other.words.1) | (words.2 & other.words.2) | (words.3 & other.words.3) != 0
    }

    package var isEmpty: Bool { words.0 | words.1 | words.2 | words.3 == 0 }

    package static func == (lhs: ByteSet, rhs: ByteSet) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }
}
