import YAML

/// What a rule reports under: an id, a severity (nil when switched off) and a message.
public struct Report: Sendable, Equatable {
    public var id: String
    public var severity: Severity?
    public var message: MessageTemplate
    public var description: String
}

/// Everything about a rule except its check: identity, reports per outcome, documentation.
///
/// A check kind may have several outcomes (a sequence has gaps, duplicates and items out of
/// order); each outcome reports under the rule's id unless the rule's `reports` gives it its own.
public final class RuleInfo: Sendable {
    public let id: String
    public let kind: String
    public let description: String
    public let link: String?
    public let when: Condition?
    public let examples: [RuleExample]
    /// Where the rule is defined: `file:line:column`.
    public let file: String
    public let mark: Mark
    public let primary: Report
    public let outcomes: [String: Report]
    /// The paths the rule runs on (`files:`, `exclude:`).
    public let scope: PathScope
    /// The index, in `RuleSet.packs`, of the pack that defines the rule: its `applies-to` applies.
    public let pack: Int?

    /// The same rule with each report passed through `adjust` (severity overrides, examples of
    /// a rule its pack ships switched off).
    func adjustingReports(_ adjust: (Report) -> Report) -> RuleInfo {
        RuleInfo(id: id, kind: kind, description: description, link: link, when: when, examples: examples, file: file, mark: mark,
                 primary: adjust(primary), outcomes: outcomes.mapValues(adjust), scope: scope, pack: pack)
    }

    init(id: String, kind: String, description: String, link: String?, when: Condition?, examples: [RuleExample],
         file: String, mark: Mark, primary: Report, outcomes: [String: Report], scope: PathScope = PathScope(), pack: Int? = nil) {
        self.scope = scope
        self.pack = pack
        self.id = id
        self.kind = kind
        self.description = description
        self.link = link
        self.when = when
        self.examples = examples
        self.file = file
        self.mark = mark
        self.primary = primary
        self.outcomes = outcomes
    }

    /// The report for an outcome (the rule's own when the outcome has none).
    public func report(_ outcome: String?) -> Report {
        guard let outcome, let report = outcomes[outcome] else { return primary }
        return report
    }

    /// Every report the rule can make, its own id first when an outcome uses it.
    public var allReports: [Report] {
        let others = outcomes.keys.sorted().compactMap { outcomes[$0] }.filter { $0.id != primary.id }
        var seen = Set<String>()
        let distinct = others.filter { seen.insert($0.id).inserted }
        let primaryUsed = outcomes.isEmpty || outcomes.values.contains { $0.id == primary.id }
        return (primaryUsed ? [primary] : []) + distinct
    }
}

/// A document a rule's documentation shows, and the lines where the rule must (or must not) report.
public struct RuleExample: Sendable, Equatable {
    /// The file name the example is linted under (some rules read the name).
    public var path: String
    public var document: String
    /// Lines where the rule must report; empty for an example that must pass.
    public var triggers: [Int]
    public var mark: Mark
}
