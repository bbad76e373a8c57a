/// A file's bytes made into valid UTF-8 text, with what had to be done to get there.
struct DecodedText {
    /// Valid UTF-8 without a byte-order mark; each invalid sequence became U+FFFD.
    var bytes: [UInt8]
    var hadByteOrderMark = false
    var isUTF16 = false
    /// Where invalid sequences were: offset in `bytes` (of the U+FFFD) and in the original file.
    var invalidSequences: [(offset: Int, originalOffset: Int)] = []
    /// Offsets in `bytes` of NUL bytes.
    var nulOffsets: [Int] = []

    /// Positions kept per kind: enough to point at the trouble, bounded for a hostile file.
    static let positionsKept = 1_000

    init(_ input: [UInt8]) {
        var start = 0
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
            hadByteOrderMark = true
            start = 3
        } else if input.count >= 2, (input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF) {
            // UTF-16 text read as UTF-8 is noise on every line: report it once and read nothing.
            isUTF16 = true
            bytes = []
            return
        }
        bytes = []
        let (nuls, firstInvalid) = Self.scan(input, from: start)
        if firstInvalid == nil {
            bytes = start == 0 ? input : Array(input[start...])
            nulOffsets = nuls
            return
        }
        repair(input, from: start)
    }

    /// Fast path: finds NULs and the first invalid byte without copying anything.
    private static func scan(_ input: [UInt8], from start: Int) -> (nuls: [Int], firstInvalid: Int?) {
        var nuls: [Int] = []
        var i = start
        let count = input.count
        return input.withUnsafeBufferPointer { buffer in
            while i < count {
                // Eight ASCII bytes without a NUL at a time (a word-wide test): byte by byte,
                // this scan of every document was 1.2% of a run's instructions.
                i = skippingPlainASCII(buffer, from: i, to: count)
                // Then the next eight bytes (at least) one by one: text in another script fails
                // the word-wide test at almost every word.
                let end = min(i + 8, count)
                while i < end {
                    let byte = buffer[i]
                    if byte < 0x80 {
                        if byte == 0, nuls.count < positionsKept { nuls.append(i - start) }
                        i += 1
                        continue
                    }
                    let length = validSequenceLength(buffer, at: i)
                    guard length > 0 else { return (nuls, i) }
                    i += length
                }
            }
            return (nuls, nil)
        }
    }

    /// Copies the input, replacing each maximal invalid subpart with U+FFFD.
    private mutating func repair(_ input: [UInt8], from start: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        input.withUnsafeBufferPointer { buffer in
            var i = start
            while i < buffer.count {
                let byte = buffer[i]
                if byte < 0x80 {
                    if byte == 0, nulOffsets.count < Self.positionsKept { nulOffsets.append(output.count) }
                    output.append(byte)
                    i += 1
                    continue
                }
                let length = Self.validSequenceLength(buffer, at: i)
                if length > 0 {
                    output.append(contentsOf: buffer[i..<(i + length)])
                    i += length
                } else {
                    if invalidSequences.count < Self.positionsKept { invalidSequences.append((output.count, i)) }
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    i += Self.invalidSubpartLength(buffer, at: i)
                }
            }
        }
        bytes = output
    }

    /// The length of a sequence a lead byte opens, and the range its second byte must be in
    /// (Unicode's table of well-formed UTF-8: no overlongs, no surrogates, nothing past U+10FFFF).
    private static func shape(_ lead: UInt8) -> (length: Int, low: UInt8, high: UInt8)? {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80, 0xBF)
        case 0xE0: return (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
        case 0xED: return (3, 0x80, 0x9F)
        case 0xF0: return (4, 0x90, 0xBF)
        case 0xF1...0xF3: return (4, 0x80, 0xBF)
        case 0xF4: return (4, 0x80, 0x8F)
        default: return nil
        }
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 if it is not valid.
    /// Where the first group of eight bytes from `start` that holds a NUL or a non-ASCII byte
    /// begins (or the last whole group's end, before `end`): the bytes before it need no look
    /// one by one. Read a word at a time, since every byte of every file passes here.
    static func skippingPlainASCII(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            let word = UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
            // Not zero when a byte has its top bit set, or is NUL (subtracting 1 borrows into its top bit).
            if (word | ((word &- 0x0101_0101_0101_0101) & ~word)) & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        return i
    }

    static func validSequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        guard let (length, low, high) = shape(b[i]), i + length <= b.count, b[i + 1] >= low, b[i + 1] <= high else { return 0 }
        for k in 2..<max(length, 2) where k < length {
            guard b[i + k] & 0xC0 == 0x80 else { return 0 }
        }
        return length
    }

    /// How many bytes one U+FFFD stands for: the lead byte and the continuation bytes that fit it.
    private static func invalidSubpartLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        guard let (length, low, high) = shape(b[i]) else { return 1 }
        var consumed = 1
        if i + 1 < b.count, b[i + 1] >= low, b[i + 1] <= high {
            consumed = 2
            while consumed < length, i + consumed < b.count, b[i + consumed] & 0xC0 == 0x80 { consumed += 1 }
        }
        return consumed
    }
}
