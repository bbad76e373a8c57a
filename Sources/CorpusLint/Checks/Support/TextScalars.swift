/// Whitespace and word characters decided on Unicode scalars with an ASCII fast path: the
/// `Character` properties Swift offers cost a Unicode table lookup each, which showed in profiles
/// of transforms run on every document.
enum TextScalars {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Runs of whitespace as one space, none at the ends. The result is built as UTF-8 bytes:
    /// appending to a `String.UnicodeScalarView` scalar by scalar cost about 70 instructions a
    /// scalar, on titles compared in every document.
    static func collapsingSpaces(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                append(scalar, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each whole word found in `table` replaced by its value (built as UTF-8 bytes, as above).
    static func replacingWords(_ text: String, _ table: [String: String]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            if let replacement = table[String(decoding: word, as: UTF8.self)] { out += replacement.utf8 } else { out += word }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isWordCharacter(scalar) {
                append(scalar, to: &word)
            } else {
                flush()
                append(scalar, to: &out)
            }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }
}
