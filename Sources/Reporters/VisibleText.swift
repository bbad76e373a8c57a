/// Text for people (the text format, GitHub's annotations and log lines, errors on standard error)
/// with what a terminal or a log viewer would act on made visible: C0 and C1 control characters
/// (an escape sequence can move the cursor, rewrite a line or set the clipboard; a line break in a
/// message can forge a line of its own) and the bidirectional overrides and isolates (which can
/// make a line read in another order than it is written). Machine formats need none of this:
/// their own escaping (JSON, XML) already holds.
public enum VisibleText {
    /// `text` with each such character written as `\t`, `\n`, `\r` or `\u{1B}` (hexadecimal).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// C0 controls and DEL, C1 controls, the line and paragraph separators, and the bidi
    /// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
