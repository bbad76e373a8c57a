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
        let links = (try? linters.linter(for: document).get().rules.reportIDs) ?? [:]
        return CodeActions.actions(for: range, only: params["context"]?["only"]?.array?.compactMap(\.string), document: document,
                                   findings: findings, link: { links[$0]?.link })
    }
}
