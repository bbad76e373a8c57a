/// A rule ready to run: what it reports and its compiled check.
public struct Rule: Sendable {
    public let info: RuleInfo
    public let check: any Check
}

/// The rules of a run, compiled once, and the zones their packs define.
public struct RuleSet: Sendable {
    public internal(set) var rules: [Rule] {
        didSet { silent = Self.silent(rules) }
    }
    /// By rule index: whether the rule can be skipped, as every report of it is switched off and
    /// no other rule reads values from it. Such a rule would only spend time on every line.
    private(set) var silent: [Bool]
    public let zones: [Zone]
    /// The packs loaded, in the order they were read (extended packs first).
    public let packs: [String]
    /// The `applies-to` condition of packs that declare one, by index in `packs`: their rules
    /// run only on the documents it holds for.
    public var appliesTo: [Int: Condition] = [:]

    init(rules: [Rule], zones: [Zone], packs: [String], appliesTo: [Int: Condition] = [:]) {
        self.rules = rules
        silent = Self.silent(rules)
        self.zones = zones
        self.packs = packs
        self.appliesTo = appliesTo
    }

    private static func silent(_ rules: [Rule]) -> [Bool] {
        rules.map { rule in !rule.check.producesValues && rule.info.allReports.allSatisfy { $0.severity == nil } }
    }

    /// A hash of every pack file read and of the severity overrides: equal rule sets, equal
    /// fingerprints (the cache and shard reports tell runs with other rules by it). Hashed when
    /// asked, not when the packs load: a run without the cache or shard reports never needs it,
    /// and hashing the shipped packs costs 4.4 M instructions (4% of a one-file run).
    public var fingerprint: String { SHA256.hex(Array(fingerprintText.utf8)) }

    /// What `fingerprint` hashes: each pack file read (its path, a line break, its text), then
    /// each override (`id=severity`), joined by NUL.
    var fingerprintText: String {
        (packFilesRead.map { "\($0.path)\n\($0.text)" } + overridesApplied).joined(separator: "\u{0}")
    }

    /// The pack files read, in order, and the overrides as `id=severity`; set by the loader.
    /// Kept apart and joined only when asked: the shipped packs' texts are the binary's own
    /// strings, and joining them copied 85 KB twice at every start (the pages it touched are
    /// page faults a one-file run pays).
    var packFilesRead: [(path: String, text: String)] = []
    var overridesApplied: [String] = []

    /// The packs read from disk, each a file or a folder (absolute): what a long-running caller
    /// (the language server) watches to know when to load the rules again.
    public internal(set) var packLocations: [String] = []

    /// Every report id the set can emit, with the rule that emits it.
    public var reportIDs: [String: RuleInfo] {
        var ids: [String: RuleInfo] = [:]
        for rule in rules {
            for report in rule.info.allReports where ids[report.id] == nil { ids[report.id] = rule.info }
        }
        return ids
    }
}
