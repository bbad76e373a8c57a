/// The documentation `corpuslint explain` prints for a rule: its own words, its kind's, and its
/// examples, all from the pack and the kind's source, so docs and behaviour cannot drift apart.
public enum RuleDocumentation {
    public static func text(for id: String, in rule: RuleInfo) -> String {
        let report = rule.allReports.first { $0.id == id } ?? rule.primary
        var out = "\(id)\n\(String(repeating: "=", count: id.count))\n\n"
        out += "severity: \(report.severity?.rawValue ?? "off")    kind: \(rule.kind)    defined at \(rule.file):\(rule.mark)\n"
        if let link = rule.link { out += "more: \(link)\n" }
        out += "\n" + (report.description.isEmpty ? "(no description)" : report.description) + "\n"
        if let kind = KindRegistry.byName[rule.kind] {
            out += "\nHow `\(rule.kind)` rules work:\n" + kind.documentation.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        for (index, example) in rule.examples.enumerated() {
            let verdict = example.triggers.isEmpty ? "passes" : "reports at line" + (example.triggers.count > 1 ? "s " : " ") + example.triggers.map(String.init).joined(separator: ", ")
            out += "\nExample \(index + 1) (\(example.path), \(verdict)):\n"
            for (number, line) in example.document.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let marker = example.triggers.contains(number + 1) ? "→" : " "
                let label = String(number + 1)
                out += marker + " " + String(repeating: " ", count: max(0, 3 - label.count)) + label + " | " + line + "\n"
            }
        }
        return out
    }
}
