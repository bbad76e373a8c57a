import CorpusLint

/// Hover and code actions, answered from the findings published for a document's current text.
extension LanguageServer {
    func hover(_ params: JSON) -> JSON {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = documents[uri],
              let position = Position(params["position"]) else { return .null }
        let findings = currentFindings(uri)
        return Hover.result(at: position, findings: findings, rules: try? linters.linter(for: document).get().rules)
    }

    func codeActions(_ params: JSON) -> [JSON] {
        guard let uri = params["textDocument"]?["uri"]?.string, let range = TextRange(params["range"]) else { return [] }
        let findings = currentFindings(uri)
        guard let document = documents[uri] else { return [] }
        let linter = try? linters.linter(for: document).get()
        let links = linter?.rules.reportIDs ?? [:]
        let only = params["context"]?["only"]?.array?.compactMap(\.string)
        var actions = CodeActions.actions(for: range, only: only, document: document, findings: findings, link: { links[$0]?.link })
        if let linter, findings.contains(where: { $0.diagnostic.fix?.safety == .safe }),
           let fixAll = CodeActions.fixAll(document, linter: linter, kinds: only) {
            actions.append(fixAll)
        }
        return actions
    }
}
