/// The patterns of one rule (`pattern: X` or `patterns: [X, Y]`), with one alternation of them
/// all: a line that none of them matches, the common case, costs one regex call instead of one
/// per pattern.
struct PatternSet: Sendable {
    let patterns: [Pattern]
    /// `(?:X)|(?:Y)|…`, nil for a single pattern or when the patterns cannot be joined
    /// (back-references would change meaning, or group names clash).
    let any: Pattern?

    init(_ patterns: [Pattern]) {
        self.patterns = patterns
        // Like the JIT, the alternation pays for its compiling only over enough text: a run over
        // a few small files (compiled without the JIT, see the CLI's PatternCompilation) asks each
        // pattern instead, which cost 2.1 M instructions less in a one-file run.
        guard patterns.count > 1, Pattern.compilesWithJIT, !patterns.contains(where: { Self.hasBackReference($0.source) }) else {
            any = nil
            return
        }
        any = try? Pattern(patterns.map { "(?:" + $0.source + ")" }.joined(separator: "|"), options: [], jit: true,
                           narrowing: Prefilter.union(patterns.map(\.prefilter)))
    }

    /// Whether some pattern may match `range`: false means none does.
    func mayMatch(_ range: Range<Int>, _ context: DocumentContext, _ rule: RuleInfo) -> Bool {
        guard let any else { return true }
        return context.matches(any, in: range, for: rule)
    }

    private static func hasBackReference(_ source: String) -> Bool {
        var escaped = false
        for character in source {
            if escaped {
                if character.isNumber || character == "g" || character == "k" { return true }
                escaped = false
            } else if character == "\\" {
                escaped = true
            }
        }
        return false
    }

    /// Reads `pattern: X` or `patterns: [X, Y]`; nil (with the mistake recorded) when neither is usable.
    static func read(_ options: inout NodeReader) -> PatternSet? {
        var patterns: [Pattern] = []
        if let single = options.pattern("pattern") { patterns.append(single) }
        if let list = options.value("patterns") {
            let reader = options
            if case let .sequence(items) = list.content {
                for item in items {
                    guard let source = item.scalarValue else { reader.error(item.start, "`patterns` lists regular expressions"); continue }
                    if let pattern = NodeReader.compile(source, at: item, key: "patterns", reader: reader) { patterns.append(pattern) }
                }
            } else {
                reader.error(list.start, "`patterns` must be a list of regular expressions")
            }
        }
        if patterns.isEmpty, !options.has("pattern"), !options.has("patterns") {
            options.error(options.mark, "missing required key `pattern` (or `patterns`)")
        }
        return patterns.isEmpty ? nil : PatternSet(patterns)
    }
}
