/// Escaping for the XML formats (JUnit, Checkstyle). XML 1.0 cannot carry most C0 control
/// characters even as references, so they become U+FFFD rather than a malformed report.
enum XMLText {
    /// A value for an attribute between double quotes. Tab, line feed and carriage return are
    /// written as references: written raw, attribute-value normalisation would turn them into spaces.
    static func attribute(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "\t": return "&#9;"
            case "\n": return "&#10;"
            case "\r": return "&#13;"
            case "\"": return "&quot;"
            case "'": return "&apos;"
            default: return nil
            }
        }
    }

    /// Character data of an element; line breaks stay as they are.
    static func text(_ text: String) -> String {
        escape(text) { _ in nil }
    }

    private static func escape(_ text: String, _ special: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let replacement = special(scalar) {
                out += replacement
                continue
            }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
