import ArgumentParser
import CorpusLint

/// `corpuslint rules`: every rule the configuration loads, with its severity and description.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules in force, with severity and description.")

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let (_, rules) = try ruleOptions.load()
        var lines: [String] = []
        for rule in rules.rules {
            for report in rule.info.allReports {
                let severity = report.severity?.rawValue ?? "off"
                lines.append("\(report.id.padding(toLength: 40, withPad: " ", startingAt: 0)) \(severity.padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.info.kind.padding(toLength: 9, withPad: " ", startingAt: 0)) \(report.description.split(whereSeparator: \.isWhitespace).joined(separator: " "))")
            }
        }
        Output.write(lines.joined(separator: "\n") + "\n\(lines.count) rules from \(rules.packs.joined(separator: ", "))\n")
    }
}

/// `corpuslint explain RULE`: a rule's documentation, its kind's documentation and its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show a rule's documentation and examples.")

    @Argument(help: "A rule id, such as numbering/gap; or `kind` and a kind's name, such as `kind sequence`.", completion: Completions.ruleIDs)
    var rule: String

    @Argument(help: ArgumentHelp("After `kind`: the kind to explain.", valueName: "kind-name"))
    var kindName: String?

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        if rule == "kind" { return try ExplainKind.run(kindName) }
        let (_, rules) = try ruleOptions.load()
        let ids = rules.reportIDs
        guard let info = ids[rule] else {
            Output.error("unknown rule `\(rule)`" + Suggestion.hint(for: rule, among: ids.keys.sorted()))
            throw ExitCode(2)
        }
        Output.write(RuleDocumentation.text(for: rule, in: info))
    }
}
