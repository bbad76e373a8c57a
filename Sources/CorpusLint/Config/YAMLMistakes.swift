/// Explains the YAML error new users meet most: a plain (unquoted) value holding `: `, such as
/// `description: Note: the date…`, which YAML reads as a second mapping. The parser stops at the
/// first one; this finds every line with the same mistake, so that all are fixed in one go.
enum YAMLMistakes {
    /// libyaml's words for it.
    static func isColonInPlainValue(_ message: String) -> Bool {
        message.contains("mapping values are not allowed")
    }

    /// Each line where a `key: value` pair's plain value holds `: `, with the 1-based column of
    /// that `:`. Quoted, block (`|`, `>`) and flow (`[`, `{`) values are fine and skipped, as are
    /// comments and list items whose value is itself a mapping.
    static func colonsInPlainValues(_ text: String) -> [(line: Int, column: Int)] {
        var found: [(line: Int, column: Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var i = 0
            while i < scalars.count, scalars[i] == " " || scalars[i] == "-" { i += 1 }
            // Comments, quoted keys and flow collections (`- { a: 1 }`) are not `key: plain value` lines.
            guard i < scalars.count, !"#'\"{[".unicodeScalars.contains(scalars[i]) else { continue }
            // The key: up to the first `: `.
            var keyEnd: Int?
            var j = i
            while j + 1 < scalars.count {
                if scalars[j] == ":", scalars[j + 1] == " " { keyEnd = j; break }
                if scalars[j] == "#" && j > 0 && scalars[j - 1] == " " { break }
                j += 1
            }
            guard let keyEnd else { continue }
            var v = keyEnd + 1
            while v < scalars.count, scalars[v] == " " { v += 1 }
            guard v < scalars.count, !"'\"|>[{&*!#".unicodeScalars.contains(scalars[v]) else { continue }
            var k = v
            while k + 1 < scalars.count {
                if scalars[k] == " ", scalars[k + 1] == "#" { break }
                if scalars[k] == ":", scalars[k + 1] == " " || scalars[k + 1] == "\t" {
                    found.append((index + 1, k + 1))
                    break
                }
                k += 1
            }
            if k + 1 == scalars.count, scalars[k] == ":", k > v { found.append((index + 1, k + 1)) }
        }
        return found
    }

    static let advice = "a plain value cannot hold `: ` (YAML reads a second key); quote the value: key: 'text: more' or key: \"text: more\""

    /// The errors to report for a YAML error in `text`: the parser's, explained, plus every other
    /// line with the same mistake.
    static func errors(for message: String, at mark: (line: Int, column: Int), in text: String) -> [(line: Int, column: Int, message: String)] {
        guard isColonInPlainValue(message) else { return [(mark.line, mark.column, "YAML error: " + YAMLTrapHint.message(message))] }
        var errors = [(mark.line, mark.column, "YAML error: \(message): " + advice)]
        for other in colonsInPlainValues(text) where other.line != mark.line {
            errors.append((other.line, other.column, "YAML error: " + advice))
        }
        return errors.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }
}
