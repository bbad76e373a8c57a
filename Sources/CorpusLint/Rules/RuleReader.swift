import YAML

/// Builds one rule from its YAML mapping: the keys every rule has, then the kind's own options.
enum RuleReader {
    static let commonKeys = ["id", "kind", "severity", "message", "description", "link", "when", "examples", "reports", "files", "exclude"]
    static let severityWords = ["error", "warning", "info", "off"]

    static func read(_ node: Node, file: String, sink: ErrorSink, zones: [Zone], pack: Int? = nil) -> Rule? {
        guard var reader = NodeReader(node, file: file, sink: sink, what: "a rule") else { return nil }
        let errorsBefore = sink.errors.count
        let id = reader.string("id", required: true)
        if let id, !isValidID(id) {
            reader.error(reader.value("id")!.start, "rule id `\(id)` must be kebab-case with a family prefix, like `numbering/gap`")
        }
        let kindName = reader.string("kind", required: true)
        var kind: (any CheckKind.Type)?
        if let kindName {
            kind = KindRegistry.byName[kindName]
            if kind == nil {
                reader.error(reader.value("kind")!.start, "unknown kind `\(kindName)`" + Suggestion.hint(for: kindName, among: KindRegistry.byName.keys.sorted())
                             + "; kinds: " + KindRegistry.kinds.map { $0.name }.joined(separator: ", "))
            }
        }
        let severity = severityValue(&reader, "severity") ?? .some(.error)
        let message = reader.string("message").map(MessageTemplate.init)
        let description = reader.string("description") ?? ""
        let link = reader.string("link")
        let when = reader.value("when").flatMap { Condition.read($0, file: file, sink: sink) }
        let examples = reader.value("examples").map { readExamples($0, file: file, sink: sink) } ?? []
        let scope = PathScope.read(&reader)
        guard let id, let kindName, let kind else {
            // A known kind still reads its options, so that they are not called unknown keys too.
            var options = reader
            if let kind { _ = kind.make(&options, KindEnvironment(zones: zones, ruleID: id ?? "")) }
            options.finish(alsoKnown: commonKeys)
            return nil
        }
        let outcomes = kind.outcomes
        var reports: [String: Report] = [:]
        for outcome in outcomes {
            reports[outcome.name] = Report(id: id, severity: severity, message: message ?? MessageTemplate(outcome.message), description: description)
        }
        if var reportsReader = reader.mapping("reports") {
            readReports(&reportsReader, into: &reports, outcomes: outcomes.map(\.name), description: description)
        }
        var options = reader
        let check = kind.make(&options, KindEnvironment(zones: zones, ruleID: id))
        options.finish(alsoKnown: commonKeys)
        guard let check, sink.errors.count == errorsBefore else { return nil }
        let primaryOutcome = outcomes.first?.name ?? ""
        let primary = Report(id: id, severity: severity, message: message ?? reports[primaryOutcome]?.message ?? MessageTemplate(""), description: description)
        let info = RuleInfo(id: id, kind: kindName, description: description, link: link, when: when, examples: examples,
                            file: file, mark: node.start, primary: primary, outcomes: reports, scope: scope, pack: pack)
        return Rule(info: info, check: check)
    }

    /// `family/name`, each part kebab-case: words of a-z and 0-9 joined by single hyphens (no
    /// empty word, so no leading, trailing or doubled hyphen), and exactly one slash.
    static func isValidID(_ id: String) -> Bool {
        // One pass over the UTF-8 bytes: `Character` comparisons and Foundation's `contains("--")`
        // cost about 14,000 instructions an id, splitting into arrays of words 7,500.
        let slash = UInt8(ascii: "/"), hyphen = UInt8(ascii: "-")
        var slashes = 0
        // The byte before, a slash at the start: a hyphen or slash may not follow either.
        var previous = slash
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            case hyphen, slash:
                guard previous != slash, previous != hyphen else { return false }
                if byte == slash { slashes += 1 }
            default:
                return false
            }
            previous = byte
        }
        return slashes == 1 && previous != slash && previous != hyphen
    }

    /// A severity word; `.some(nil)` is "off", nil is absent or wrong.
    static func severityValue(_ reader: inout NodeReader, _ key: String) -> Severity?? {
        guard let word = reader.choice(key, severityWords) else { return nil }
        return .some(Severity(rawValue: word))
    }

    private static func readReports(_ reader: inout NodeReader, into reports: inout [String: Report], outcomes: [String], description: String) {
        for pair in reader.node.pairs ?? [] {
            guard let outcome = pair.key.scalarValue else { continue }
            guard outcomes.contains(outcome) else {
                reader.error(pair.key.start, "unknown outcome `\(outcome)`" + Suggestion.hint(for: outcome, among: outcomes)
                             + "; this kind reports: " + outcomes.joined(separator: ", "))
                continue
            }
            guard var entry = reader.mapping(outcome), var report = reports[outcome] else { continue }
            if let id = entry.string("id") {
                if isValidID(id) { report.id = id } else {
                    entry.error(entry.value("id")!.start, "rule id `\(id)` must be kebab-case with a family prefix, like `numbering/gap`")
                }
            }
            if let severity = severityValue(&entry, "severity") { report.severity = severity }
            if let message = entry.string("message") { report.message = MessageTemplate(message) }
            report.description = entry.string("description") ?? description
            entry.finish()
            reports[outcome] = report
        }
    }

    private static func readExamples(_ node: Node, file: String, sink: ErrorSink) -> [RuleExample] {
        guard case let .sequence(items) = node.content else {
            sink.add(file, node.start, "`examples` must be a list")
            return []
        }
        var examples: [RuleExample] = []
        for item in items {
            guard var reader = NodeReader(item, file: file, sink: sink, what: "an example") else { continue }
            let document = reader.string("document", required: true)
            let path = reader.string("path") ?? "example.md"
            var triggers: [Int] = []
            if let list = reader.value("triggers") {
                if case let .sequence(lines) = list.content {
                    for line in lines {
                        if case let .int(_, number?) = line.coreValue { triggers.append(number) } else {
                            reader.error(line.start, "`triggers` lists line numbers")
                        }
                    }
                } else {
                    reader.error(list.start, "`triggers` must be a list of line numbers ([] for an example that must pass)")
                }
            } else {
                reader.error(reader.mark, "missing required key `triggers` (the lines where the rule must report; [] when it must not)")
            }
            reader.finish()
            if let document { examples.append(RuleExample(path: path, document: document, triggers: triggers, mark: item.start)) }
        }
        return examples
    }
}
