/// A set of byte values, as 256 bits: which bytes a line holds, or which bytes a pattern needs.
/// Asking whether two sets meet costs four ANDs, so a line's set, made once, answers every
/// pattern's question about it without a call into PCRE2.
package struct ByteSet: Sendable, Equatable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    package init() {}

    /// The bytes that occur in `range` of `buffer`.
    package init(bytesOf buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        // The four words as a buffer indexed by the byte's top two bits: a shift, a load, an OR
        // and a store a byte, with no branch to mispredict on text that mixes scripts.
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            let word = raw.bindMemory(to: UInt64.self)
            for index in range {
                let byte = buffer[index]
                word[Int(byte >> 6)] |= UInt64(1) << UInt64(byte & 63)
            }
        }
        bits = words
    }

    package mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    package func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }

    package mutating func formUnion(_ other: ByteSet) {
        bits = (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3)
    }

    /// Whether a byte is in both sets.
    @inline(__always) package func meets(_ other: ByteSet) -> Bool {
        (bits.0 & other.bits.0) | (bits.1 & other.bits.1) | (bits.2 & other.bits.2) | (bits.3 & other.bits.3) != 0
    }

    /// The four 64-bit words, lowest byte values first.
    package var words: [UInt64] { [bits.0, bits.1, bits.2, bits.3] }

    package var isEmpty: Bool { bits.0 | bits.1 | bits.2 | bits.3 == 0 }

    package static func == (lhs: ByteSet, rhs: ByteSet) -> Bool {
        lhs.bits.0 == rhs.bits.0 && lhs.bits.1 == rhs.bits.1 && lhs.bits.2 == rhs.bits.2 && lhs.bits.3 == rhs.bits.3
    }
}
