import CorpusLint

/// The edit that silences one finding with a `corpuslint-disable-next-line` comment, written as
/// the engine reads suppressions (Sources/CorpusLint/Engine/Suppressions.swift).
///
/// In the body the comment is an HTML comment on a line of its own; in the front matter, where
/// that would be a YAML error, it is behind a YAML `#` (the engine finds the HTML comment in any
/// line). When the line above already holds a `disable-next-line` comment, the rule is added to it.
enum SuppressionEdit {
    static let directive = "corpuslint-disable-next-line"

    /// The text edit (`TextEdit`), or nil where no comment can go: above the opening `---` of
    /// the front matter nothing may come.
    static func edit(silencing rule: String, onLine line: Int, in document: OpenDocument, frontMatter: FrontMatterLines) -> JSON? {
        let lines = document.lines
        let index = line - 1
        guard index >= 0, index < lines.lineCount else { return nil }
        if line == 1 && frontMatter.opens { return nil }
        if index > 0, let addition = additionToComment(above: index, rule: rule, lines: lines) { return addition }
        let comment = "<!-- \(directive) \(rule) -->"
        let text = (frontMatter.contains(line) ? "# " + comment : comment) + lineBreak(near: index, lines: lines)
        let start = Position(line: index, character: 0)
        return ["range": TextRange(start: start, end: start).json, "newText": .string(text)]
    }

    /// Adds `rule` to a `disable-next-line` comment on the line above, if there is one.
    private static func additionToComment(above index: Int, rule: String, lines: LineTable) -> JSON? {
        let above = String(decoding: lines.content(ofLine: index - 1), as: UTF8.self)
        guard let directiveRange = above.firstRange(of: "<!-- " + directive),
              let close = above[directiveRange.upperBound...].firstRange(of: "-->") else { return nil }
        let words = above[directiveRange.upperBound..<close.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        // No rule named: it silences every rule already.
        guard !words.isEmpty, !words.contains(where: { $0 == rule }) else { return nil }
        var insertAt = close.lowerBound
        while insertAt > directiveRange.upperBound, above[above.index(before: insertAt)] == " " { insertAt = above.index(before: insertAt) }
        let character = above[..<insertAt].utf16.count
        let position = Position(line: index - 1, character: character)
        return ["range": TextRange(start: position, end: position).json, "newText": .string(" " + rule)]
    }

    /// The document's own line break: the one ending this line, else the one before it, else `\n`.
    private static func lineBreak(near index: Int, lines: LineTable) -> String {
        for candidate in [index, index - 1] where candidate >= 0 {
            let lineBreak = lines.lineBreak(ofLine: candidate)
            if !lineBreak.isEmpty { return lineBreak }
        }
        return "\n"
    }
}

/// Which lines are the front matter's, as the engine reads the document.
struct FrontMatterLines {
    /// The document opens with `---`.
    var opens: Bool
    /// The line of the closing `---`, when the block is closed.
    var closingLine: Int?

    init(_ document: OpenDocument) {
        let parsed = Document(path: document.path, bytes: document.text)
        opens = String(decoding: document.lines.content(ofLine: 0), as: UTF8.self).trimmingTrailingSpaces == "---"
            || String(decoding: document.lines.content(ofLine: 0), as: UTF8.self) == "\u{FEFF}---"
        closingLine = parsed.frontMatterClosingLine
    }

    /// Whether a comment put above `line` lands inside the front matter.
    func contains(_ line: Int) -> Bool {
        guard opens, let closingLine else { return false }
        return line > 1 && line <= closingLine
    }
}

private extension String {
    var trimmingTrailingSpaces: Substring {
        var text = self[...]
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
