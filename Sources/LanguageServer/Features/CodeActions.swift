import CorpusLint

/// `textDocument/codeAction`: for each finding on the lines asked about, an action that
/// silences it with a `corpuslint-disable-next-line` comment.
enum CodeActions {
    /// The actions (`CodeAction[]`) for `range` of `document`, given the findings published for it.
    static func actions(for range: TextRange, only kinds: [String]?, document: OpenDocument, findings: [PublishedFinding],
                        link: (String) -> String?) -> [JSON] {
        guard wants("quickfix", kinds) else { return [] }
        let here = findings.filter { $0.range.start.line <= range.end.line && range.start.line <= $0.range.end.line }
        guard !here.isEmpty else { return [] }
        let frontMatter = FrontMatterLines(document)
        var actions: [JSON] = []
        var offered = Set<String>()
        for finding in here {
            let rule = finding.diagnostic.rule
            // A suppression that silences nothing is mended by removing it, not by another.
            guard !rule.hasPrefix("suppression/"), offered.insert("\(rule)@\(finding.diagnostic.line)").inserted,
                  let edit = SuppressionEdit.edit(silencing: rule, onLine: finding.diagnostic.line, in: document, frontMatter: frontMatter)
            else { continue }
            actions.append([
                "title": .string("Disable \(rule) for this line (corpuslint-disable-next-line)"),
                "kind": "quickfix",
                "diagnostics": [finding.json(link: link(rule))],
                "edit": ["changes": .object([document.uri: [edit]])],
            ])
        }
        return actions
    }

    /// Whether a request limited to `kinds` accepts actions of `kind` (a kind covers its sub-kinds).
    static func wants(_ kind: String, _ kinds: [String]?) -> Bool {
        guard let kinds, !kinds.isEmpty else { return true }
        return kinds.contains { kind == $0 || kind.hasPrefix($0 + ".") }
    }
}
