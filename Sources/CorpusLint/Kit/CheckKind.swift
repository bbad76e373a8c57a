/// A kind of check: how to build one from a rule's YAML options, and what it can report.
///
/// A new kind is one file that conforms to this protocol, its tests, its documentation, and one
/// line in `KindRegistry.kinds` (Rules/KindRegistry.swift).
protocol CheckKind: Check {
    /// The `kind:` name in rule packs.
    static var name: String { get }
    /// The outcomes the kind reports, each with its default message; the first is the primary one.
    static var outcomes: [(name: String, message: String)] { get }
    /// The kind's user documentation, shown by `corpuslint explain`.
    static var documentation: String { get }
    /// Reads the kind's own options from the rule; records mistakes in the reader and returns nil.
    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> Self?
}

/// What a kind may need while it reads its options: the pack's zones, and the rule being built.
struct KindEnvironment {
    let zones: [Zone]
    let ruleID: String
}
