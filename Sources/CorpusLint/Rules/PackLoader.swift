#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAML

/// A pack named by a user: on the command line (no file), or in a configuration file at a position.
public struct PackReference: Sendable {
    public var name: String
    public var file: String?
    public var mark: Mark?
    /// The folder this reference, and every `extends` it leads to, must stay inside (a
    /// configuration's project: a configuration found among the files linted is not trusted to
    /// read elsewhere); nil: anywhere (packs named on the command line).
    public var confinedTo: String?

    public init(name: String, file: String? = nil, mark: Mark? = nil, confinedTo: String? = nil) {
        self.name = name
        self.file = file
        self.mark = mark
        self.confinedTo = confinedTo
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
                let given = pair.value.scalarValue.map { ", not `\($0)`" } ?? ""
                sink.add(file, pair.value.start, "a severity must be one of error, warning, info, off\(given)"
                         + Suggestion.hint(for: pair.value.scalarValue ?? "", among: RuleReader.severityWords))
                continue
            }
            result.append(SeverityOverride(id: id, severity: Severity(rawValue: word), file: file, mark: pair.key.start))
        }
        return result
    }

    static let packKeys = ["pack", "description", "extends", "applies-to", "zones", "severity", "rules"]

    /// Loads `references` (built-in names or paths relative to `baseDirectory`), then applies
    /// `overrides` (from a configuration file) on top of the packs' own.
    public static func load(_ references: [String], store: PackStore = .builtIn, baseDirectory: String? = nil,
                            overrides: [SeverityOverride] = [], limits: PackLimits = PackLimits()) throws(PackErrors) -> RuleSet {
        try load(references.map { PackReference(name: $0) }, store: store, baseDirectory: baseDirectory, overrides: overrides, limits: limits)
    }

    /// `load` for references written in a file (a configuration's `packs`): a missing pack is
    /// reported where it is named.
    public static func load(_ references: [PackReference], store: PackStore = .builtIn, baseDirectory: String? = nil,
                            overrides: [SeverityOverride] = [], limits: PackLimits = PackLimits()) throws(PackErrors) -> RuleSet {
        var state = LoadState(store: store, limits: limits)
        let base = baseDirectory ?? FileManager.default.currentDirectoryPath
        for reference in references {
            let origin = reference.file.map { ($0, reference.mark ?? Mark(line: 1, column: 1)) }
            state.include(PackRequest(name: reference.name, base: base, shownBase: baseDirectory, from: origin,
                                      confinedTo: reference.confinedTo.map { PackStore.realPath($0) ?? $0 }))
        }
        state.overrides += overrides
        // A pattern written in several rules is compiled once for all of them.
        let built = PatternReuse.$current.withValue(PatternReuse()) { Result { () throws(PackErrors) in try state.build() } }
        return try built.get()
    }
}

/// One pack to load: its name, where relative paths start, who named it, and the folder it must
/// stay inside (nil: anywhere).
private struct PackRequest {
    var name: String
    var base: String?
    var shownBase: String?
    var from: (file: String, mark: Mark)?
    var confinedTo: String?
}

/// What loading has gathered so far, file by file, before rules are compiled.
private struct LoadState {
    let store: PackStore
    let limits: PackLimits
    let sink = ErrorSink()
    var loaded: Set<String> = []
    /// How each loaded pack is named in messages (paths as the user would write them).
    var shownNames: [String: String] = [:]
    var packNames: [String] = []
    var zoneNodes: [(name: String, node: Node, file: String)] = []
    var ruleNodes: [(node: Node, file: String, pack: String)] = []
    /// Each loaded pack's identity, in the order of `packNames`.
    var packIdentities: [String] = []
    /// Where each pack that declares `applies-to` does so.
    var appliesToNodes: [String: (node: Node, file: String)] = [:]
    var overrides: [SeverityOverride] = []
    /// Every pack file read, in order: what the rule set's fingerprint is made of.
    var sources: [(path: String, text: String)] = []
    var filesRead = 0
    var bytesRead = 0
    /// A run-wide limit reached: nothing more is read (its error is recorded once).
    var stopped = false

    init(store: PackStore, limits: PackLimits) {
        self.store = store
        self.limits = limits
    }

    /// A pack being loaded: its files' YAML, and the packs its `extends` name still to load.
    private struct Frame {
        var identity: String
        var name: String
        var parsed: [(file: PackStore.File, root: Node)]
        var extends: [PackRequest]
        var next = 0
    }

    /// Loads `request` and everything its `extends` lead to, depth first so that a pack's own
    /// rules come after the rules it builds on. The chain is walked with a stack of its own, not
    /// by recursion (4,500 chained packs overflowed the thread's stack), and bounded by
    /// `limits.depth`.
    mutating func include(_ request: PackRequest) {
        var stack: [Frame] = []
        if let frame = enter(request, inProgress: stack) { stack.append(frame) }
        while !stack.isEmpty {
            let top = stack.count - 1
            guard stack[top].next < stack[top].extends.count else {
                let frame = stack.removeLast()
                for (file, root) in frame.parsed { absorb(root, file, pack: frame.identity) }
                packNames.append(frame.identity.hasPrefix("builtin:") ? String(frame.identity.dropFirst(8)) : frame.name)
                packIdentities.append(frame.identity)
                continue
            }
            let next = stack[top].extends[stack[top].next]
            stack[top].next += 1
            if stack.count >= limits.depth {
                let origin = next.from ?? (next.name, Mark(line: 1, column: 1))
                let chain = stack.prefix(2).map { shownNames[$0.identity] ?? $0.name } + ["…", shownNames[stack[top].identity] ?? stack[top].name, next.name]
                sink.add(origin.file, origin.mark, "`extends` chains more than \(limits.depth) packs (\(chain.joined(separator: " -> ")))"
                         + PackLimits.over("depth", limits.depth, "packs in one chain"))
                continue
            }
            if let frame = enter(next, inProgress: stack) { stack.append(frame) }
        }
    }

    /// Finds, checks and parses the files of one requested pack; nil when there is nothing to
    /// load (an error recorded, or the pack already loaded).
    private mutating func enter(_ request: PackRequest, inProgress: [Frame]) -> Frame? {
        guard !stopped else { return nil }
        let reference = request.name
        let origin = request.from ?? (reference, Mark(line: 1, column: 1))
        guard let (identity, files) = store.files(reference, relativeTo: request.base, shownBase: request.shownBase) else {
            let message = "rule pack `\(reference)` not found" + Suggestion.hint(for: reference, among: store.builtInNames)
                + " (built-in packs: \(store.builtInNames.joined(separator: ", ")); a path is read relative to "
                + (request.from == nil ? "the working directory)" : "the file that names it)")
            sink.add(origin.file, origin.mark, message)
            return nil
        }
        if inProgress.contains(where: { $0.identity == identity }) {
            let cycle = (inProgress.map(\.identity) + [identity]).map { shownNames[$0] ?? $0 }.joined(separator: " -> ")
            sink.add(origin.file, origin.mark, "`extends` makes a cycle: \(cycle)")
            return nil
        }
        if shownNames[identity] == nil { shownNames[identity] = identity.hasPrefix("builtin:") ? String(identity.dropFirst(8)) : files.first?.path ?? reference }
        guard !loaded.contains(identity) else { return nil }
        if let root = request.confinedTo, !identity.hasPrefix("builtin:") {
            let outside = ([identity] + files.compactMap(\.location)).first { path in
                guard let real = PackStore.realPath(path) else { return false }
                return real != root && !real.hasPrefix(root == "/" ? "/" : root + "/")
            }
            if outside != nil {
                sink.add(origin.file, origin.mark, "rule pack `\(reference)` is outside the configuration's project (\(root)): a configuration "
                         + "may come with the files it sits among, so its packs stay inside its project; name the pack with `--rules` "
                         + "on the command line, or pass `--allow-outside-packs`, to use it")
                return nil
            }
        }
        loaded.insert(identity)
        if files.isEmpty { sink.add(origin.file, origin.mark, "rule pack `\(reference)` holds no .yml file") }
        var parsed: [(file: PackStore.File, root: Node)] = []
        for file in files {
            filesRead += 1
            if filesRead > limits.files {
                sink.add(origin.file, origin.mark, "more than \(limits.files) pack files read in this run (at `\(file.path)`)" + PackLimits.over("files", limits.files, "pack files a run"))
                stopped = true
                break
            }
            guard let root = parse(file) else { continue }
            parsed.append((file, root))
            if stopped { break }
        }
        // Every file's `extends` first, so a pack's own rules come after the rules it builds on.
        var extends: [PackRequest] = []
        for (file, root) in parsed {
            guard let node = root["extends"], let reader = NodeReader(root, file: file.path, sink: ErrorSink(), what: "a rule pack") else { continue }
            for name in NodeReader.strings(node, key: "extends", reader: reader) ?? [] {
                extends.append(PackRequest(name: name, base: file.directory, shownBase: file.shownDirectory, from: (file.path, node.start),
                                           confinedTo: request.confinedTo))
            }
        }
        return Frame(identity: identity, name: reference, parsed: parsed, extends: extends)
    }

    /// The file's YAML with aliases resolved; nil (with errors recorded) when it cannot be read.
    /// A file that is not a rule pack is named, never quoted: a configuration may point at any
    /// file (`packs: [/etc/shadow]`), and its errors may end up in a public log.
    private mutating func parse(_ file: PackStore.File) -> Node? {
        let start = Mark(line: 1, column: 1)
        let text: String
        switch PackStore.text(of: file, maxBytes: 4 << 20) {
        case let .success(read):
            text = read
            sources.append((file.path, read))
        case .failure(.notRegular):
            sink.add(file.path, start, "not a regular file, so not a rule pack; it was not read")
            return nil
        case let .failure(.tooLarge(size)):
            sink.add(file.path, start, "\(size) bytes, more than a rule pack file may hold (4 MiB); it was not read")
            return nil
        case let .failure(.unreadable(reason)):
            sink.add(file.path, start, "cannot read the file (\(reason))")
            return nil
        case .failure(.notUTF8):
            sink.add(file.path, start, "cannot read the file as UTF-8 text")
            return nil
        }
        bytesRead += text.utf8.count
        if bytesRead > limits.bytes {
            sink.add(file.path, start, "rule packs of more than \(limits.bytes) bytes read in this run" + PackLimits.over("bytes", limits.bytes, "bytes of packs a run"))
            stopped = true
            return nil
        }
        guard let documents = compose(file, text), let document = documents.first else { return nil }
        guard let parsed = document.root else { return nil }
        // No key is a pack's, nor a misspelling of one (`rule:` is a pack with a typo, and is told so).
        if let keys = parsed.pairs?.compactMap(\.key.scalarValue), !keys.isEmpty,
           !keys.contains(where: { PackLoader.packKeys.contains($0) || !Suggestion.hint(for: $0, among: PackLoader.packKeys).isEmpty }) {
            sink.add(file.path, parsed.start, "not a rule pack: none of its keys is one of \(PackLoader.packKeys.joined(separator: ", ")) "
                     + "(its content is not shown)")
            return nil
        }
        for duplicate in document.duplicateKeys {
            sink.add(file.path, duplicate.second, "key `\(duplicate.key)` is already defined at line \(duplicate.first.line)")
        }
        // Without an alias there is nothing to resolve (within a pack's limits on nodes and
        // depth, the resolver's own budget cannot be reached): most shipped files skip the walk.
        return document.containsAliases ? AliasResolver.resolve(parsed, file: file.path, sink: sink) : parsed
    }

    /// The file's YAML documents; nil (with errors recorded) when it is no YAML.
    private func compose(_ file: PackStore.File, _ text: String) -> [YAMLDocument]? {
        // A shipped pack was composed at build time: the same tree, for a small part of the cost.
        if let tree = file.bundledTree.flatMap(TreeText.decode) { return [tree] }
        do {
            return try Composer.load(text, limits: .rulePack)
        } catch {
            for found in YAMLMistakes.errors(for: error.message, at: (error.mark.line, error.mark.column), in: text) {
                sink.add(file.path, Mark(line: found.line, column: found.column), found.message)
            }
            return nil
        }
    }

    private mutating func absorb(_ root: Node, _ file: PackStore.File, pack: String) {
        guard var reader = NodeReader(root, file: file.path, sink: sink, what: "a rule pack") else { return }
        _ = reader.string("pack")
        _ = reader.string("description")
        _ = reader.value("extends")
        if let appliesTo = reader.value("applies-to") {
            if let first = appliesToNodes[pack] {
                sink.add(file.path, appliesTo.start, "`applies-to` is already declared for this pack at \(first.file):\(first.node.start)")
            } else {
                appliesToNodes[pack] = (appliesTo, file.path)
            }
        }
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
                for item in items where withinLimits(item, file.path) { ruleNodes.append((item, file.path, pack)) }
            } else {
                sink.add(file.path, rules.start, "`rules` must be a list of rules")
            }
        }
        reader.finish()
    }

    /// Whether one more rule fits the run's limits: rules in a run, items in one list of a rule.
    private mutating func withinLimits(_ rule: Node, _ file: String) -> Bool {
        if ruleNodes.count >= limits.rules {
            if !stopped { sink.add(file, rule.start, "more than \(limits.rules) rules in this run" + PackLimits.over("rules", limits.rules, "rules a run")) }
            stopped = true
            return false
        }
        for pair in rule.pairs ?? [] {
            guard case let .sequence(items) = pair.value.content, items.count > limits.patterns else { continue }
            sink.add(file, pair.value.start, "`\(pair.key.scalarValue ?? "?")` lists \(items.count) items"
                     + PackLimits.over("patterns", limits.patterns, "items in one list of a rule", needed: items.count))
            return false
        }
        return true
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
        var appliesTo: [Int: Condition] = [:]
        for (pack, declared) in appliesToNodes {
            guard let index = packIdentities.firstIndex(of: pack),
                  let condition = Condition.read(declared.node, file: declared.file, sink: sink, what: "`applies-to`") else { continue }
            appliesTo[index] = condition
        }
        for (node, file, pack) in ruleNodes {
            let packIndex = packIdentities.firstIndex(of: pack)
            guard let rule = RuleReader.read(node, file: file, sink: sink, zones: zones, pack: packIndex) else { continue }
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
        var set = RuleSet(rules: applied, zones: zones, packs: packNames, appliesTo: appliesTo)
        set.packLocations = packIdentities.filter { !$0.hasPrefix("builtin:") }
        set.packFilesRead = sources
        set.overridesApplied = overrides.map { "\($0.id)=\($0.severity?.rawValue ?? "off")" }
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
            Rule(info: rule.info.adjustingReports { report in
                var report = report
                if let severity = severities[report.id] { report.severity = severity }
                return report
            }, check: rule.check)
        }
    }
}
