/// `kind: file-ending` — whole-file whitespace facts: the file ends with exactly one line break,
/// no blank lines at its end, no spaces or tabs at the end of a line. Files a rule must not judge
/// (generated ones, Markdown that relies on two-space line breaks) are left out with the rule's
/// path scope, or the hard breaks allowed with `allow-hard-breaks`.
///
/// ```yaml
/// - id: text/trailing-space
///   kind: file-ending
///   checks: [trailing-space]
///   allow-hard-breaks: true
/// ```
struct FileEndingCheck: CheckKind {
    static let name = "file-ending"
    static let outcomes = [
        (name: "missing-final-newline", message: "the file does not end with a line break"),
        (name: "blank-lines-at-end", message: "{count} blank lines at the end of the file"),
        (name: "trailing-space", message: "{count} spaces or tabs at the end of the line"),
    ]
    static let documentation = """
        Whole-file whitespace: the last line ends with a line break, no blank lines at the end, no spaces or tabs \
        at the end of a line. Options: `checks` — which of missing-final-newline, blank-lines-at-end, trailing-space \
        (default: all three); `allow-hard-breaks` — two spaces after text (a Markdown line break) are not trailing \
        space (default false). Placeholders: {count}.
        """

    enum Fact: String, CaseIterable {
        case missingFinalNewline = "missing-final-newline"
        case blankLinesAtEnd = "blank-lines-at-end"
        case trailingSpace = "trailing-space"
    }

    let facts: Set<Fact>
    let allowHardBreaks: Bool

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> FileEndingCheck? {
        var facts = Set(Fact.allCases)
        if let names = options.strings("checks") {
            facts = []
            let known = Fact.allCases.map(\.rawValue)
            for name in names {
                guard let fact = Fact(rawValue: name) else {
                    options.error(options.value("checks")!.start, "unknown check `\(name)`" + Suggestion.hint(for: name, among: known)
                                  + "; known: " + known.joined(separator: ", "))
                    return nil
                }
                facts.insert(fact)
            }
        }
        return FileEndingCheck(facts: facts, allowHardBreaks: options.bool("allow-hard-breaks") ?? false)
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        let lines = context.document.lines
        let buffer = context.buffer
        guard lines.count > 0, !buffer.isEmpty else { return }
        if facts.contains(.trailingSpace) {
            for number in 1...lines.count { reportTrailingSpace(line: number, lines.range(ofLine: number), context, rule) }
        }
        // A final line break opens no line in the index: the last line is the last one written.
        let last = lines.count
        if facts.contains(.missingFinalNewline), lines.terminator(ofLine: last) == .none {
            let range = lines.range(ofLine: last)
            // A last line of spaces only is removed rather than ended: the file then ends on the line break before it.
            let fix = Self.isBlank(buffer, range) && last > 1
                ? Fix("remove the spaces after the last line break", safety: .safe, edits: [context.edit(range, "")])
                : Fix("end the file with a line break", safety: .safe, edits: [context.edit(range.upperBound..<range.upperBound, Self.lineBreak(context))])
            context.emit(rule, Fact.missingFinalNewline.rawValue, line: last,
                         column: context.column(ofByte: range.upperBound, lineStart: range.lowerBound), fix: fix)
        }
        if facts.contains(.blankLinesAtEnd) {
            var firstBlank = last + 1
            while firstBlank > 1, Self.isBlank(buffer, lines.range(ofLine: firstBlank - 1)) { firstBlank -= 1 }
            // Every line blank: the file is empty of text, which other rules report.
            if firstBlank <= last, firstBlank > 1 {
                let blank = lines.start(ofLine: firstBlank)..<buffer.count
                context.emit(rule, Fact.blankLinesAtEnd.rawValue, line: firstBlank, endLine: last,
                             values: ["count": String(last - firstBlank + 1)],
                             fix: Fix("remove the blank lines at the end", safety: .safe, edits: [context.edit(blank, "")]))
            }
        }
    }

    private func reportTrailingSpace(line: Int, _ range: Range<Int>, _ context: DocumentContext, _ rule: RuleInfo) {
        let buffer = context.buffer
        var start = range.upperBound
        while start > range.lowerBound, buffer[start - 1] == 0x20 || buffer[start - 1] == 0x09 { start -= 1 }
        let count = range.upperBound - start
        guard count > 0, start > range.lowerBound else { return }  // a blank line is not trailing space
        if allowHardBreaks, count == 2, buffer[start] == 0x20, buffer[start + 1] == 0x20 { return }
        context.emit(rule, Fact.trailingSpace.rawValue, line: line, column: context.column(ofByte: start, lineStart: range.lowerBound),
                     endColumn: context.column(ofByte: range.upperBound, lineStart: range.lowerBound), values: ["count": String(count)],
                     fix: Fix("remove the spaces at the end of the line", safety: .safe, edits: [context.edit(start..<range.upperBound, "")]))
    }

    /// The line break the file already uses (its first line's), so a fix adds no second kind.
    private static func lineBreak(_ context: DocumentContext) -> String {
        switch context.document.lines.terminator(ofLine: 1) {
        case .crlf: return "\r\n"
        case .cr: return "\r"
        default: return "\n"
        }
    }

    private static func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        buffer[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
