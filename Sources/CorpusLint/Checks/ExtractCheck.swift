/// `kind: extract` — captures a named value from the body for other rules (`compare`, `date`,
/// `when`) to use; with `required: true`, a body without the line is itself a finding.
///
/// ```yaml
/// - id: date/adoption-line
///   kind: extract
///   name: adoption-date
///   pattern: 'adopted by the General Assembly on (?<value>.+?)\s*$'
///   before: '^1\. '       # only in the masthead, before the first numbered paragraph
/// ```
/// The value is the group named `value`, else group 1, else the whole match.
struct ExtractCheck: CheckKind {
    static let name = "extract"
    static let outcomes = [(name: "missing", message: "no line matches `{pattern}`: the {name} is missing")]
    static let documentation = """
        Captures a value from the body for other rules. Options: `name` — the value's name (others read it as \
        `$name`); `pattern` — the regex (group `value`, else group 1, else the whole match), or `patterns`, a list \
        tried in order on each line; `occurrence` — first \
        (default), last or all (every match of every line); `required` — report `missing` when nothing matches (default false); the line filters \
        `in-zone`, `outside-zone`, `before`, `after`; `join-lines` — when true, the value goes on over the following \
        non-blank lines up to the next blank line (a title wrapped by the extractor), joined with spaces. \
        Placeholders: {name}, {pattern}.
        """

    enum Occurrence: String, Sendable { case first, last, all }

    let valueName: String
    /// Tried in order on each line; the first that matches gives the value.
    let patterns: PatternSet
    let occurrence: Occurrence
    let required: Bool
    /// An extractor reports only when its value is required.
    var reports: Bool { required }
    let joinLines: Bool
    let filter: LineFilter

    var producesValues: Bool { true }

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> ExtractCheck? {
        let name = options.string("name", required: true)
        let patterns = PatternSet.read(&options)
        let occurrence = options.choice("occurrence", ["first", "last", "all"]).flatMap(Occurrence.init) ?? .first
        let required = options.bool("required") ?? false
        let joinLines = options.bool("join-lines") ?? false
        let filter = LineFilter.read(&options, zones: environment.zones)
        guard let name, let patterns else { return nil }
        return ExtractCheck(valueName: name, patterns: patterns, occurrence: occurrence, required: required, joinLines: joinLines, filter: filter)
    }

    /// Its state is `@exclusivity(unchecked)`: a visitor lives on one thread for one document,
    /// and the search it lends `inout` never reaches the visitor (one run-time check a line, and
    /// one each time the pass asks whether it is finished, were 1% of a run's instructions).
    final class Visitor: LineVisitor {
        @exclusivity(unchecked) private var search: Search

        init(_ check: ExtractCheck, _ rule: RuleInfo) { search = Search(check: check, rule: rule) }

        var found: [ExtractedValue] { search.found }

        /// A blank line ends a value that goes on over lines.
        var readsBlankLines: Bool { search.check.joinLines }

        var isFinished: Bool { search.isFinished }

        func visit(_ line: BodyLine, _ context: DocumentContext) { search.visit(line, context) }
    }

    /// The visitor's state as a value: each use of a class's stored property cost a dynamic
    /// exclusivity check (5% of a run's instructions over all rules); a mutating method's
    /// accesses are checked when compiling.
    private struct Search {
        let check: ExtractCheck
        let rule: RuleInfo
        var state = LineFilter.State()
        var found: [ExtractedValue] = []
        /// Set while the last value found goes on over the following lines (`join-lines`).
        var joining = false

        var isFinished: Bool {
            !joining && ((check.occurrence == .first && !found.isEmpty) || check.filter.isExhausted(state))
        }

        mutating func visit(_ line: BodyLine, _ context: DocumentContext) {
            if joining {
                if line.isBlank || found.isEmpty {
                    joining = false
                } else {
                    found[found.count - 1].text += " " + context.text(of: line).trimmingSpaces()
                    return
                }
            }
            if check.occurrence == .first, !found.isEmpty { return }
            guard !line.isBlank, check.filter.accepts(line, &state, context, rule) else { return }
            guard check.patterns.mayMatch(line.range, context, rule) else { return }
            var hit: (Pattern, RegexMatch)?
            for pattern in check.patterns.patterns {
                if let match = context.firstMatch(pattern, in: line.range, for: rule) {
                    hit = (pattern, match)
                    break
                }
            }
            guard let (pattern, match) = hit else { return }
            var matches = [match]
            if check.occurrence == .all || check.filter.outsideCodeSpans {
                // Every match of the line: two citations, or two links, on one line are two values.
                matches.removeAll()
                context.forEachMatch(pattern, in: line.range, for: rule) { next in
                    matches.append(next)
                    return true
                }
            }
            let spans = check.filter.codeSpans(line.range, context)
            if !spans.isEmpty { matches.removeAll { MarkdownCodeSpans.overlaps($0.range, spans) } }
            if check.occurrence != .all { matches = Array(matches.prefix(1)) }
            for match in matches {
                guard let range = match.captures[ExtractCheck.valueGroup(pattern)] else { continue }
                var captures: [String: String] = [:]
                for (name, index) in pattern.captureNames {
                    if let capture = match.captures[index] { captures[name] = context.text(capture) }
                }
                let value = ExtractedValue(text: context.text(range), line: line.number,
                                           column: context.column(ofByte: range.lowerBound, lineStart: line.range.lowerBound),
                                           endColumn: context.column(ofByte: range.upperBound, lineStart: line.range.lowerBound),
                                           captures: captures)
                if check.occurrence == .last { found = [value] } else { found.append(value) }
            }
            joining = check.joinLines && !found.isEmpty
        }
    }

    func makeVisitor(_ context: DocumentContext, rule: RuleInfo) -> (any LineVisitor)? { Visitor(self, rule) }

    /// The group that holds the value: `value` if named, else the first, else the whole match.
    static func valueGroup(_ pattern: Pattern) -> Int {
        pattern.captureNames["value"] ?? (pattern.captureCount >= 1 ? 1 : 0)
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        let found = (visitor as? Visitor)?.found ?? []
        if found.isEmpty {
            if required {
                let line = context.document.frontMatterClosingLine ?? 1
                context.emit(rule, "missing", line: line, values: ["name": valueName, "pattern": patterns.patterns.map(\.source).joined(separator: "`, `")])
            }
            return
        }
        // Two rules may fill one name (one per language, chosen by `when`): the first found stands.
        if context.values[valueName] == nil { context.setValues(valueName, found) }
    }
}
