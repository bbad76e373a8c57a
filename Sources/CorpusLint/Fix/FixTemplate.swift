import YAML

/// A rule's `fix:` in YAML, for kinds whose findings are matches of a pattern (`forbid`): what to
/// do with the match, how safe that is, and how to say it.
///
/// ```yaml
/// fix: { replace: "\n---", safety: safe }              # the match gives way to the template
/// fix: { remove: line, safety: unsafe }                 # the matched line goes, line break included
/// fix: { remove: blank-lines-after, safety: unsafe }    # the paragraph joins the next one
/// ```
/// `replace` is a template like a message's: `{match}` and each named capture group.
struct FixTemplate: Sendable {
    enum Action: Sendable {
        case replace(MessageTemplate)
        case removeLine
        case removeBlankLinesAfter
    }

    let action: Action
    let safety: Fix.Safety
    /// The rule's own words for the fix; nil for the default, worded from what it does.
    let description: MessageTemplate?

    static let keys = ["replace", "remove", "safety", "description"]
    static let removals = ["line", "blank-lines-after"]

    /// Reads the rule's `fix` (nil when it has none, or with mistakes recorded at their places).
    /// `placeholders` are the names a `replace` template may use; `paragraphEnd` whether the
    /// rule's matches end a paragraph (`blank-lines-after` needs it).
    static func read(_ options: inout NodeReader, placeholders: Set<String>, paragraphEnd: Bool) -> FixTemplate? {
        guard options.has("fix"), var reader = options.mapping("fix") else { return nil }
        defer { reader.finish() }
        let replace = reader.string("replace")
        let remove = reader.choice("remove", removals)
        let safety = reader.choice("safety", Fix.Safety.allCases.map(\.rawValue)).flatMap(Fix.Safety.init(rawValue:))
        let description = reader.string("description")
        if !reader.has("safety") {
            reader.error(reader.mark, "`fix` needs `safety`: safe (no word a reader sees changes) or unsafe")
        }
        let action: Action
        if replace != nil, remove != nil {
            reader.error(reader.mark, "`fix` takes `replace` or `remove`, not both")
            return nil
        } else if let replace {
            let parsed = MessageTemplate(replace)
            for name in parsed.placeholders where !placeholders.contains(name) {
                reader.error(reader.value("replace")!.start, "`replace` uses `{\(name)}`, which this rule's patterns do not capture"
                             + Suggestion.hint(for: name, among: placeholders.sorted()) + "; known: " + placeholders.sorted().joined(separator: ", "))
                return nil
            }
            action = .replace(parsed)
        } else if remove == "line" {
            action = .removeLine
        } else if remove == "blank-lines-after" {
            guard paragraphEnd else {
                reader.error(reader.value("remove")!.start, "`remove: blank-lines-after` joins a paragraph to the next: it needs `paragraph-end: true`")
                return nil
            }
            action = .removeBlankLinesAfter
        } else {
            // A bad value of `replace` or `remove` is already reported where it stands.
            if !reader.has("replace"), !reader.has("remove") {
                reader.error(reader.mark, "`fix` needs `replace: TEMPLATE`, `remove: line` or `remove: blank-lines-after`")
            }
            return nil
        }
        guard let safety else { return nil }
        return FixTemplate(action: action, safety: safety, description: description.map(MessageTemplate.init))
    }

    /// The fix for one match: `match` in the text, on line `line`; `nextLine` is where the next
    /// non-blank line starts (for joining), nil when unknown.
    func fix(match: Range<Int>, line: Int, values: [String: String], nextLine: Int?, _ context: DocumentContext) -> Fix? {
        let edit: TextEdit
        switch action {
        case .replace(let template):
            edit = context.edit(match, template.render(values))
        case .removeLine:
            edit = context.edit(context.rangeWithTerminator(ofLine: line), "")
        case .removeBlankLinesAfter:
            let from = context.rangeWithTerminator(ofLine: line).upperBound
            guard let nextLine, nextLine > from else { return nil }
            edit = context.edit(from..<nextLine, "")
        }
        return Fix(description?.render(values) ?? defaultDescription(values, replacement: edit.replacement), safety: safety, edits: [edit])
    }

    private func defaultDescription(_ values: [String: String], replacement: String) -> String {
        switch action {
        case .replace:
            // Scalar by scalar: a `\r\n` is one Character, which a Character-wise replace would miss.
            var shown = ""
            for scalar in replacement.unicodeScalars {
                switch scalar {
                case "\r": shown += "\\r"
                case "\n": shown += "\\n"
                default: shown.unicodeScalars.append(scalar)
                }
            }
            return "replace `\(values["match"] ?? "")` with `\(shown)`"
        case .removeLine: return "remove the line"
        case .removeBlankLinesAfter: return "join the paragraph to the next line of text"
        }
    }
}
