import YAML

/// Which body lines a line-reading rule looks at: inside or outside pack zones, and before or
/// after the first line matching a pattern.
///
/// ```yaml
/// outside-zone: footnotes
/// before: '^1\. '    # only the lines before the first numbered paragraph
/// ```
public struct LineFilter: Sendable {
    var inZones: UInt64 = 0
    var outsideZones: UInt64 = 0
    var after: Pattern?
    var before: Pattern?

    /// What the filter remembers while it walks one document.
    public struct State {
        var beforeReached = false
        var afterReached = false
        public init() {}
    }

    static let keys = ["in-zone", "outside-zone", "after", "before"]

    static func read(_ reader: inout NodeReader, zones: [Zone]) -> LineFilter {
        var filter = LineFilter()
        filter.inZones = mask(reader.strings("in-zone"), key: "in-zone", reader: &reader, zones: zones)
        filter.outsideZones = mask(reader.strings("outside-zone"), key: "outside-zone", reader: &reader, zones: zones)
        filter.after = reader.pattern("after")
        filter.before = reader.pattern("before")
        return filter
    }

    private static func mask(_ names: [String]?, key: String, reader: inout NodeReader, zones: [Zone]) -> UInt64 {
        var mask: UInt64 = 0
        for name in names ?? [] {
            if let index = zones.firstIndex(where: { $0.name == name }) {
                mask |= 1 << UInt64(index)
            } else {
                let known = zones.map(\.name)
                reader.error(reader.value(key)!.start, "unknown zone `\(name)`" + Suggestion.hint(for: name, among: known)
                             + (known.isEmpty ? " (the packs define no zones)" : ""))
            }
        }
        return mask
    }

    /// Whether no later line can be accepted: the `before` boundary has been passed.
    public func isExhausted(_ state: State) -> Bool { before != nil && state.beforeReached }

    /// Whether the rule looks at `line`.
    public func accepts(_ line: BodyLine, _ state: inout State, _ context: DocumentContext, _ rule: RuleInfo) -> Bool {
        if let before {
            if state.beforeReached { return false }
            if !line.isBlank, context.matches(before, in: line.range, for: rule) {
                state.beforeReached = true
                return false
            }
        }
        if let after, !state.afterReached {
            if !line.isBlank, context.matches(after, in: line.range, for: rule) { state.afterReached = true }
            return false
        }
        if inZones != 0, line.zones & inZones == 0 { return false }
        if outsideZones != 0, line.zones & outsideZones != 0 { return false }
        return true
    }
}
