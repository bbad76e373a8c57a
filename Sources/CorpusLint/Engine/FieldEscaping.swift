/// Text fields of the line-per-record files corpuslint writes (the baseline, cache segments):
/// backslash, tab, line feed and carriage return are escaped, so a field holds no separator and
/// a record stays one line; everything else is written as it is.
enum FieldEscaping {
    struct Problem: Error {
        /// The offset, in Unicode scalars, of the bad escape in the field.
        var offset: Int
        var message: String
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// The text of an escaped field; an unknown escape or a lone `\` at the end is a problem,
    /// worded for `what` the field is (`the path`).
    static func unescaped(_ field: Substring, what: String) -> Result<String, Problem> {
        guard field.utf8.contains(0x5C) else { return .success(String(field)) }
        var text = ""
        var escaping = false
        for (offset, scalar) in field.unicodeScalars.enumerated() {
            if escaping {
                switch scalar {
                case "\\": text += "\\"
                case "t": text += "\t"
                case "n": text += "\n"
                case "r": text += "\r"
                default: return .failure(Problem(offset: offset - 1, message: "unknown escape `\\\(scalar)` in \(what) (known: \\\\, \\t, \\n, \\r)"))
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        if escaping { return .failure(Problem(offset: field.unicodeScalars.count - 1, message: "\(what) ends in a lone `\\`")) }
        return .success(text)
    }
}
