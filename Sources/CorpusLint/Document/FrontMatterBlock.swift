/// Where the front-matter block of a text is: the lines of its two `---` delimiters.
struct FrontMatterBlock {
    enum Outcome {
        /// Line 1 is not `---`: no front matter; the body is the whole file.
        case absent
        /// Line 1 opens a block that never closes; `bodyStart` is where the body seems to begin.
        case unterminated(bodyStart: Int)
        /// The block runs from line 1 to `closingLine`, both delimiters included.
        case closed(closingLine: Int)
    }

    /// Finds the block. A `---` further down is the closing delimiter only if no paragraph of
    /// prose comes first: otherwise the first page break of the body would swallow the body.
    static func locate(lines: LineIndex, bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard lines.count > 0, isDelimiter(lines.range(ofLine: 1), bytes, allowDots: false) else { return .absent }
        var previousBlank: Int?
        var line = 2
        while line <= lines.count {
            let range = lines.range(ofLine: line)
            if isDelimiter(range, bytes, allowDots: true) { return .closed(closingLine: line) }
            if isBlank(range, bytes) {
                if previousBlank == nil { previousBlank = line }
            } else if let blank = previousBlank {
                if !looksLikeYAML(range, bytes) { return .unterminated(bodyStart: blank) }
                previousBlank = nil
            }
            line += 1
        }
        return .unterminated(bodyStart: previousBlank ?? min(2, lines.count + 1))
    }

    private static func isDelimiter(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, allowDots: Bool) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end - range.lowerBound == 3 else { return false }
        let first = bytes[range.lowerBound]
        guard first == UInt8(ascii: "-") || (allowDots && first == UInt8(ascii: ".")) else { return false }
        return bytes[range.lowerBound + 1] == first && bytes[range.lowerBound + 2] == first
    }

    private static func isBlank(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// A line that YAML could continue with after a blank line: indented, a comment, a sequence
    /// entry, a flow collection, a quoted key, or a `key:` pair.
    private static func looksLikeYAML(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[range.lowerBound]
        if "\t #-[{\"'?&*!|>%".utf8.contains(first) { return true }
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == UInt8(ascii: ":") {
                return i + 1 == range.upperBound || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09
            }
            if bytes[i] == 0x20, i + 1 < range.upperBound, bytes[i + 1] == 0x20 { return false }
            i += 1
        }
        return false
    }
}
