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

    /// Runs of whitespace as one space, none at the ends.
    static func collapsingSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Each whole word found in `table` replaced by its value.
    static func replacingWords(_ text: String, _ table: [String: String]) -> String {
        var out = ""
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            let found = String(word)
            out += table[found] ?? found
            word.removeAll()
        }
        for scalar in text.unicodeScalars {
            if isWordCharacter(scalar) {
                word.append(scalar)
            } else {
                flush()
                out.unicodeScalars.append(scalar)
            }
        }
        flush()
        return out
    }
}
