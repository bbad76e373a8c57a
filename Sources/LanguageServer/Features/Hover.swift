import CorpusLint

/// `textDocument/hover`: on a finding, what `corpuslint explain` prints for its rule.
enum Hover {
    /// The hover for `position`, from the findings published for the document; nil (the
    /// protocol's null) where there is none.
    static func result(at position: Position, findings: [PublishedFinding], rules: RuleSet?) -> JSON {
        let here = findings.filter { TextRange(start: position, end: position).touches($0.range) }
        guard !here.isEmpty else { return .null }
        var seen = Set<String>()
        var parts: [String] = []
        for finding in here {
            let rule = finding.diagnostic.rule
            parts.append("\(rule) (\(finding.diagnostic.severity.rawValue)): \(finding.diagnostic.message)")
            guard seen.insert(rule).inserted else { continue }
            if let explanation = explanation(of: rule, rules: rules) { parts.append(explanation) }
        }
        return ["contents": ["kind": "plaintext", "value": .string(parts.joined(separator: "\n\n"))],
                "range": here[0].range.json]
    }

    /// `corpuslint explain ID`'s text: the rule's documentation, or the tool's own finding's.
    static func explanation(of rule: String, rules: RuleSet?) -> String? {
        if let info = rules?.reportIDs[rule] { return RuleDocumentation.text(for: rule, in: info) }
        return ToolFindings.byID[rule].map(ToolFindings.text)
    }
}
