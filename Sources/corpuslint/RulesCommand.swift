import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `corpuslint rules`: every rule the configuration loads, with its severity and description.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules in force, with severity and description.")

    @OptionGroup var ruleArguments: RuleArguments

    @Option(help: ArgumentHelp("text (a table) or json.", valueName: "FORMAT"))
    var format: ListFormat = .text

    enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    struct Row: Encodable {
        var id: String
        var severity: String
        var kind: String
        var file: String
        var description: String
    }

    func run() throws {
        let (_, rules) = try ruleArguments.options.load()
        var rows: [Row] = []
        for rule in rules.rules {
            for report in rule.info.allReports {
                rows.append(Row(id: report.id, severity: report.severity?.rawValue ?? "off", kind: rule.info.kind, file: rule.info.file,
                                description: report.description.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
            }
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(Listing(packs: rules.packs, rules: rows))
            Output.write(String(decoding: data, as: UTF8.self) + "\n")
        case .text:
            Output.write(Self.table(rows) + "\(rows.count) rule\(rows.count == 1 ? "" : "s") from \(rules.packs.joined(separator: ", "))\n")
        }
    }

    /// `rules --format json`: `{"packs": [...], "rules": [{"id", "severity", "kind", "file", "description"}]}`.
    struct Listing: Encodable {
        var packs: [String]
        var rules: [Row]
    }

    /// Columns as wide as their widest entry, so no id or kind is cut.
    static func table(_ rows: [Row]) -> String {
        let idWidth = rows.map(\.id.count).max() ?? 0
        let kindWidth = rows.map(\.kind.count).max() ?? 0
        let severityWidth = "warning".count
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        return rows.map { row in
            "\(pad(row.id, idWidth))  \(pad(row.severity, severityWidth))  \(pad(row.kind, kindWidth))  \(row.description)\n"
        }.joined()
    }
}

/// `corpuslint explain RULE`: a rule's documentation, its kind's documentation and its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show a rule's documentation and examples.")

    @Argument(help: "A rule id, such as numbering/gap; or `kind` and a kind's name, such as `kind sequence`.", completion: Completions.ruleIDs)
    var rule: String

    @Argument(help: ArgumentHelp("After `kind`: the kind to explain.", valueName: "kind-name"))
    var kindName: String?

    @OptionGroup var ruleArguments: RuleArguments

    func run() throws {
        if rule == "kind" { return try ExplainKind.run(kindName) }
        let (_, rules) = try ruleArguments.options.load()
        let ids = rules.reportIDs
        if let info = ids[rule] {
            Output.write(RuleDocumentation.text(for: rule, in: info))
        } else if let entry = ToolFindings.byID[rule] {
            Output.write(ToolFindings.text(for: entry))
        } else {
            let known = ids.keys.sorted() + ToolFindings.all.map(\.id)
            // The closest spelling, else an id whose name after the family is the word given (`gap`).
            let nearest = Suggestion.closest(to: rule, among: known) ?? known.first { $0.split(separator: "/").last.map(String.init) == rule }
            let hint = nearest.map { "; did you mean `\($0)`?" } ?? ""
            Output.error("corpuslint: unknown rule `\(rule)`\(hint) (`corpuslint rules` lists the rules in force)")
            throw ExitCode(2)
        }
    }
}
