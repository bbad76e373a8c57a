import Foundation
import YAML

/// A pack named by a user: on the command line (no file), or in a configuration file at a position.
public struct PackReference: Sendable {
    public var name: String
    public var file: String?
    public var mark: Mark?

    public init(name: String, file: String? = nil, mark: Mark? = nil) {
        self.name = name
        self.file = file
        self.mark = mark
    }
}

/// A severity set for a report id by a pack or a configuration file; nil switches it off.
public struct SeverityOverride: Sendable {
    public var id: String
    public var severity: Severity?
    public var file: String
    public var mark: Mark

    public init(id: String, severity: Severity?, file: String, mark: Mark) {
        self.id = id
        self.severity = severity
        self.file = file
        self.mark = mark
    }
}

/// Loads rule packs into a `RuleSet`: follows `extends`, compiles every rule once, applies
/// severity overrides, and reports every mistake with its position before anything is linted.
public enum PackLoader {
    /// `severity: { rule-id: error|warning|info|off }`.
    static func readOverrides(_ node: Node, sink: ErrorSink, file: String) -> [SeverityOverride] {
        guard case let .mapping(pairs) = node.content else {
            sink.add(file, node.start, "`severity` must map rule ids to error, warning, info or off")
            return []
        }
        var result: [SeverityOverride] = []
        for pair in pairs {
            guard let id = pair.key.scalarValue, let word = pair.value.scalarValue,
                  RuleReader.severityWords.contains(word) else {
                sink.add(file, pair.value.start, "a severity must be one of error, warning, info, off"
                         + Suggestion.hint(for: pair.value.scalarValue ?? "", among: RuleReader.severityWords))
                continue
            }
            result.append(SeverityOverride(id: id, severity: Severity(rawValue: word), file: file, mark: pair.key.start))
        }
        return result
    }

    static let packKeys = ["pack", "description", "extends", "zones", "severity", "rules"]

    /// Loads `references` (built-in names or paths relative to `baseDirectory`), then applies
    /// `overrides` (from a configuration file) on top of the packs' own.
    public static func load(_ references: [String], store: PackStore = .builtIn, baseDirectory: String? = nil,
                            overrides: [SeverityOverride] = []) throws(PackErrors) -> RuleSet {
        try load(references.map { PackReference(name: $0) }, store: store, baseDirectory: baseDirectory, overrides: overrides)
    }

    /// `load` for references written in a file (a configuration's `packs`): a missing pack is
    /// reported where it is named.
    public static func load(_ references: [PackReference], store: PackStore = .builtIn, baseDirectory: String? = nil,
                            overrides: [SeverityOverride] = []) throws(PackErrors) -> RuleSet {
        var state = LoadState(store: store)
        let base = baseDirectory ?? FileManager.default.currentDirectoryPath
        for reference in references {
            let origin = reference.file.map { ($0, reference.mark ?? Mark(line: 1, column: 1)) }
            state.include(reference.name, relativeTo: base, shownBase: baseDirectory, from: origin)
        }
        state.overrides += overrides
        return try state.build()
    }
}

/// What loading has gathered so far, file by file, before rules are compiled.
private struct LoadState {
    let store: PackStore
    let sink = ErrorSink()
    var loaded: Set<String> = []
    var inProgress: [String] = []
    /// How each loaded pack is named in messages (paths as the user would write them).
    var shownNames: [String: String] = [:]
    var packNames: [String] = []
    var zoneNodes: [(name: String, node: Node, file: String)] = []
    var ruleNodes: [(node: Node, file: String)] = []
    var overrides: [SeverityOverride] = []
    /// Every pack file read, in order: what the rule set's fingerprint is made of.
    var sources: [String] = []

    init(store: PackStore) { self.store = store }

    mutating func include(_ reference: String, relativeTo base: String?, shownBase: String?, from: (file: String, mark: Mark)?) {
        guard let (identity, files) = store.files(reference, relativeTo: base, shownBase: shownBase) else {
            let message = "rule pack `\(reference)` not found" + Suggestion.hint(for: reference, among: store.builtInNames)
                + " (built-in packs: \(store.builtInNames.joined(separator: ", ")); a path is read relative to "
                + (from == nil ? "the working directory)" : "the file that names it)")
            if let from { sink.add(from.file, from.mark, message) } else { sink.add(reference, Mark(line: 1, column: 1), message) }
            return
        }
        if inProgress.contains(identity) {
            let cycle = (inProgress + [identity]).map { shownNames[$0] ?? $0 }.joined(separator: " -> ")
            sink.add(from?.file ?? reference, from?.mark ?? Mark(line: 1, column: 1), "`extends` makes a cycle: \(cycle)")
            return
        }
        if shownNames[identity] == nil { shownNames[identity] = identity.hasPrefix("builtin:") ? String(identity.dropFirst(8)) : files.first?.path ?? reference }
        guard loaded.insert(identity).inserted else { return }
        inProgress.append(identity)
        defer { inProgress.removeLast() }
        if files.isEmpty {
            sink.add(from?.file ?? reference, from?.mark ?? Mark(line: 1, column: 1), "rule pack `\(reference)` holds no .yml file")
        }
        // Every file's `extends` first, so a pack's own rules come after the rules it builds on.
        let parsed = files.compactMap { file in parse(file).map { (file, $0) } }
        sources += files.map { "\($0.path)\n\($0.text ?? "")" }
        for (file, root) in parsed { followExtends(root, file) }
        for (file, root) in parsed { absorb(root, file) }
        packNames.append(identity.hasPrefix("builtin:") ? String(identity.dropFirst(8)) : reference)
    }

    /// The file's YAML with aliases resolved; nil (with errors recorded) when it cannot be read.
    private func parse(_ file: PackStore.File) -> Node? {
        guard let text = file.text else {
            sink.add(file.path, Mark(line: 1, column: 1), "cannot read the file as UTF-8 text")
            return nil
        }
        let documents: [YAMLDocument]
        do {
            documents = try Composer.load(text, limits: ParseLimits(maxDepth: 64, maxNodes: 200_000, maxBytes: 4 << 20))
        } catch {
            sink.add(file.path, error.mark, "YAML error: \(error.message)")
            return nil
        }
        guard let parsed = documents.first?.root else { return nil }
        for duplicate in documents.first?.duplicateKeys ?? [] {
            sink.add(file.path, duplicate.second, "key `\(duplicate.key)` is already defined at line \(duplicate.first.line)")
        }
        return AliasResolver.resolve(parsed, file: file.path, sink: sink)
    }

    private mutating func followExtends(_ root: Node, _ file: PackStore.File) {
        guard let extends = root["extends"], let reader = NodeReader(root, file: file.path, sink: ErrorSink(), what: "a rule pack") else { return }
        for name in NodeReader.strings(extends, key: "extends", reader: reader) ?? [] {
            include(name, relativeTo: file.directory, shownBase: file.shownDirectory, from: (file.path, extends.start))
        }
    }

    private mutating func absorb(_ root: Node, _ file: PackStore.File) {
        guard var reader = NodeReader(root, file: file.path, sink: sink, what: "a rule pack") else { return }
        _ = reader.string("pack")
        _ = reader.string("description")
        _ = reader.value("extends")
        if let zones = reader.value("zones") {
            if case let .mapping(pairs) = zones.content {
                for pair in pairs { if let name = pair.key.scalarValue { zoneNodes.append((name, pair.value, file.path)) } }
            } else {
                sink.add(file.path, zones.start, "`zones` must be a mapping of zone names to definitions")
            }
        }
        if let severity = reader.value("severity") {
            overrides += PackLoader.readOverrides(severity, sink: sink, file: file.path)
        }
        if let rules = reader.value("rules") {
            if case let .sequence(items) = rules.content {
                for item in items { ruleNodes.append((item, file.path)) }
            } else {
                sink.add(file.path, rules.start, "`rules` must be a list of rules")
            }
        }
        reader.finish()
    }

    func build() throws(PackErrors) -> RuleSet {
        var zones: [Zone] = []
        for (name, node, file) in zoneNodes {
            if zones.contains(where: { $0.name == name }) {
                sink.add(file, node.start, "zone `\(name)` is defined twice")
                continue
            }
            if let zone = Zone.read(name: name, node, file: file, sink: sink) { zones.append(zone) }
        }
        if zones.count > 64 { sink.add(zoneNodes[64].file, zoneNodes[64].node.start, "at most 64 zones can be defined") }
        var rules: [Rule] = []
        var firstDefinition: [String: (file: String, mark: Mark)] = [:]
        for (node, file) in ruleNodes {
            guard let rule = RuleReader.read(node, file: file, sink: sink, zones: zones) else { continue }
            for id in Set(rule.info.allReports.map(\.id)).sorted() {
                if let first = firstDefinition[id] {
                    sink.add(file, node.start, "duplicate rule id `\(id)`, first defined at \(first.file):\(first.mark)")
                } else {
                    firstDefinition[id] = (file, node.start)
                }
            }
            rules.append(rule)
        }
        let applied = apply(overrides, to: rules)
        if !sink.errors.isEmpty { throw PackErrors(PackErrors.ordered(sink.errors)) }
        var set = RuleSet(rules: applied, zones: zones, packs: packNames)
        set.fingerprint = SHA256.hex(Array((sources + overrides.map { "\($0.id)=\($0.severity?.rawValue ?? "off")" }).joined(separator: "\u{0}").utf8))
        return set
    }

    /// Bakes severity overrides into the rules' reports; an unknown id is a mistake.
    private func apply(_ overrides: [SeverityOverride], to rules: [Rule]) -> [Rule] {
        guard !overrides.isEmpty else { return rules }
        var severities: [String: Severity?] = [:]
        let known = Set(rules.flatMap { $0.info.allReports.map(\.id) })
        for override in overrides {
            guard known.contains(override.id) else {
                sink.add(override.file, override.mark, "unknown rule id `\(override.id)`" + Suggestion.hint(for: override.id, among: known.sorted()))
                continue
            }
            severities[override.id] = override.severity
        }
        return rules.map { rule in
            let info = rule.info
            func adjust(_ report: Report) -> Report {
                var report = report
                if let severity = severities[report.id] { report.severity = severity }
                return report
            }
            let adjusted = RuleInfo(id: info.id, kind: info.kind, description: info.description, link: info.link, when: info.when,
                                    examples: info.examples, file: info.file, mark: info.mark, primary: adjust(info.primary),
                                    outcomes: info.outcomes.mapValues(adjust))
            return Rule(info: adjusted, check: rule.check)
        }
    }
}
