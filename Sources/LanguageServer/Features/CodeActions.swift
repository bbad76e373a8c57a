import CorpusLint

/// `textDocument/codeAction`: for each finding on the lines asked about, its fix when it has one
/// (a safe fix is the preferred action) and an action that silences it with a
/// `corpuslint-disable-next-line` comment; for the document, one action applying every safe fix
/// as `corpuslint lint --fix` would.
enum CodeActions {
    static let fixAllKind = "source.fixAll.corpuslint"

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
            if let fix = finding.diagnostic.fix { actions.append(fixAction(fix, finding: finding, document: document, link: link(rule))) }
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

    /// A finding's own fix, as one action.
    static func fixAction(_ fix: Fix, finding: PublishedFinding, document: OpenDocument, link: String?) -> JSON {
        let caution = fix.safety == .safe ? "" : " (unsafe: changes words a reader sees)"
        return [
            "title": .string("Fix \(finding.diagnostic.rule): \(fix.description)\(caution)"),
            "kind": "quickfix",
            "isPreferred": .bool(fix.safety == .safe),
            "diagnostics": [finding.json(link: link)],
            "edit": ["changes": .object([document.uri: .array(FixEdits.json(fix.edits, in: document.lines))])],
        ]
    }

    /// Every safe fix of the document at once, fixing again until nothing changes, as `--fix` does;
    /// nil when there is nothing to fix.
    static func fixAll(_ document: OpenDocument, linter: Linter, kinds: [String]?) -> JSON? {
        guard wants(fixAllKind, kinds) else { return nil }
        let outcome = Fixer(linter: linter, includesUnsafe: false).fix(path: document.path, bytes: document.text)
        guard outcome.changed, outcome.bytes != document.text else { return nil }
        let count = outcome.applied.count
        return [
            "title": .string("Fix all safe problems (corpuslint, \(count) fix\(count == 1 ? "" : "es"))"),
            "kind": .string(fixAllKind),
            "edit": ["changes": .object([document.uri: [FixEdits.replacing(document.lines, with: outcome.bytes)]])],
        ]
    }

    /// Whether a request limited to `kinds` accepts actions of `kind` (a kind covers its sub-kinds).
    static func wants(_ kind: String, _ kinds: [String]?) -> Bool {
        guard let kinds, !kinds.isEmpty else { return true }
        return kinds.contains { kind == $0 || kind.hasPrefix($0 + ".") }
    }
}
