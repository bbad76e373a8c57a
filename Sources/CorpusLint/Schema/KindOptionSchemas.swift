/// Each kind's own options, as its `make` reads them (Checks/*.swift), for the rule-pack schema.
/// Descriptions written here are fallbacks: the kind's documentation page wins where it
/// describes the option (see `OptionDocumentation`). A kind missing here gets no options in
/// the schema, which `KindOptionSchemasTests` reports; it also checks each kind reads exactly
/// the keys listed here.
enum KindOptionSchemas {
    struct Options {
        var properties: [(String, JSONValue)]
        /// What must be present besides `id` and `kind` (`required`, or an `anyOf` of them).
        var requirement: [(String, JSONValue)] = []
    }

    typealias P = SchemaParts

    static func required(_ keys: String...) -> [(String, JSONValue)] { [("required", .array(keys.map { .string($0) }))] }

    static func oneOf(_ keys: String...) -> [(String, JSONValue)] {
        [("anyOf", .array(keys.map { ["required": [.string($0)]] }))]
    }

    static let languageField = ("language-field", P.described(P.text, "The field naming the language written dates are in (default `language`)."))
    static let patterns: [(String, JSONValue)] = [
        ("pattern", P.regex),
        ("patterns", P.list(of: P.regex)),
    ]

    static let byKind: [String: Options] = [
        DocumentStructureCheck.name: Options(properties: [
            ("problems", P.oneOrList(P.words(DocumentProblem.Kind.allCases.map(\.rawValue)))),
        ], requirement: required("problems")),

        FieldsCheck.name: Options(properties: [
            ("fields", ["anyOf": [P.texts, ["type": "object", "additionalProperties": ["anyOf": [["type": "null"], fieldConstraints]]]]]),
        ] + fieldConstraintProperties + [
            ("unknown", P.bool),
            ("allowed", P.texts),
        ], requirement: oneOf("fields", "unknown")),

        DateCheck.name: Options(properties: [
            ("fields", P.texts),
            ("values", P.texts),
            ("format", P.reference("date-formats")),
            languageField,
        ], requirement: oneOf("fields", "values")),

        ExtractCheck.name: Options(properties: [
            ("name", P.text),
        ] + patterns + [
            ("occurrence", P.words(["first", "last", "all"])),
            ("required", P.bool),
            ("join-lines", P.bool),
        ] + P.lineFilters, requirement: required("name") + oneOf("pattern", "patterns")),

        CompareCheck.name: Options(properties: comparisonProperties(withMessage: false) + [
            languageField,
            ("comparisons", P.list(of: P.object(comparisonProperties(withMessage: true), required: ["left"]), nonEmpty: true)),
        ], requirement: oneOf("left", "comparisons")),

        ForbidCheck.name: Options(properties: patterns + [
            ("line-equals", P.reference("operand")),
            ("unless-next-line", P.regex),
            ("unless-previous-line", P.regex),
            ("paragraph-end", P.bool),
            ("next-line", P.regex),
            ("look-past", P.regex),
            ("fix", P.described(P.object([
                ("replace", P.described(P.text, "The text that replaces the match; `{match}`, `{code}` and the patterns' named groups may be used.")),
                ("remove", P.words(FixTemplate.removals)),
                ("safety", P.words(Fix.Safety.allCases.map(\.rawValue))),
                ("description", P.text),
            ], required: ["safety"]), "The repair `--fix` applies: `replace` the match, or `remove` the line or the blank lines after it; `safety: safe` changes no word a reader sees (docs/fixes.md).")),
            ("scope", P.words(["body", "front-matter", "all"])),
            ("max-per-document", P.integer),
        ] + P.lineFilters, requirement: oneOf("pattern", "patterns", "line-equals")),

        RequireCheck.name: Options(properties: patterns + [
            ("report-at", P.words(["front-matter-end", "body-start", "first-line"])),
        ] + P.lineFilters, requirement: oneOf("pattern", "patterns")),

        UniqueCheck.name: Options(properties: [
            ("fields", P.texts),
        ], requirement: required("fields")),

        ReferencesCheck.name: Options(properties: [
            ("markers", P.list(of: labelPattern(candidate: true), nonEmpty: true)),
            ("definitions", P.list(of: labelPattern(candidate: false), nonEmpty: true)),
            ("numbered", P.bool),
            ("ordered", P.bool),
        ], requirement: required("markers", "definitions")),

        RunningHeaderCheck.name: Options(properties: [
            ("symbol", P.reference("operand")),
            ("symbols", P.list(of: P.reference("operand"))),
            ("title", P.reference("operand")),
            ("titles", P.list(of: P.reference("operand"))),
            ("page-furniture", P.regexes),
            ("repeated-lines", P.integer),
            ("unless-previous-line", P.regex),
            ("look-past", P.regex),
        ] + P.lineFilters, requirement: oneOf("symbol", "symbols", "title", "titles")),

        SequenceCheck.name: Options(properties: [
            ("levels", P.list(of: P.object(sequenceLevel + [("start", P.integer(minimum: 0))], required: ["pattern", "labels"]), nonEmpty: true)),
        ] + sequenceLevel + [
            ("start", P.integer(minimum: 0)),
            ("restart", P.regexes),
            ("nested-after", P.regexes),
        ] + P.lineFilters, requirement: oneOf("levels", "pattern")),

        CrossReferenceCheck.name: Options(properties: [
            ("from", P.text),
            ("transform", P.reference("transforms")),
            ("target", ["anyOf": [P.words(["file", "document"]), P.object([("field", P.text)], required: ["field"])]]),
            ("ignore", P.regex),
            ("agree", P.list(of: P.object([
                ("field", P.described(P.text, "This document's field; the target's field of the same name unless `other` says another.")),
                ("capture", P.described(P.text, "A named group of the reference's match.")),
                ("value", P.described(P.text, "A value this document's extract rule read.")),
                ("other", P.described(P.text, "The target's field, or `$NAME`, a value the target's extract rule read.")),
                ("transform", P.reference("transforms")),
            ]))),
            languageField,
        ], requirement: required("from")),

        SeriesCheck.name: Options(properties: [
            ("group", P.scalar),
            ("number", P.scalar),
            ("number-pattern", P.regex),
            ("start", ["anyOf": [P.integer, ["const": "none"]]]),
            ("order-by", P.object([("field", P.text), ("format", P.reference("date-formats"))], required: ["field"])),
        ], requirement: required("number")),

        HeadingsCheck.name: Options(properties: [
            ("one-h1", P.bool),
            ("no-skipped-levels", P.bool),
            ("levels", ["type": "object", "propertyNames": ["pattern": "^[1-6]$"], "additionalProperties": P.regex]),
        ] + P.lineFilters),

        ReferenceLinksCheck.name: Options(properties: [
            ("shortcut", P.bool),
        ] + P.lineFilters),

        FileEndingCheck.name: Options(properties: [
            ("checks", P.oneOrList(P.words(FileEndingCheck.Fact.allCases.map(\.rawValue)))),
            ("allow-hard-breaks", P.bool),
        ]),
    ]

    // MARK: Pieces of several kinds

    static let fieldConstraintProperties: [(String, JSONValue)] = [
        ("required", P.described(P.bool, "The field must be present and not empty (default false).")),
        ("type", P.words(FieldsCheck.types)),
        ("utc", P.described(P.bool, "With type datetime: must end in Z or +00:00.")),
        ("quoted", P.described(P.bool, "true: a quoted scalar; false: a plain one.")),
        ("pattern", P.described(P.regex, "The text must match (a search: anchor it).")),
        ("expected", P.described(P.text, "What `pattern` asks for, in words, for the message.")),
        ("enum", P.described(P.oneOrList(P.scalar), "The text must be one of these.")),
        ("min-length", P.described(P.integer, "At least N characters.")),
        ("max-length", P.described(P.integer, "At most N characters.")),
        ("format", P.reference("date-formats", "With type date or datetime: the formats the text may be in.")),
    ]

    static var fieldConstraints: JSONValue { P.object(fieldConstraintProperties) }

    static func comparisonProperties(withMessage: Bool) -> [(String, JSONValue)] {
        var properties: [(String, JSONValue)] = [
            ("left", P.reference("operand", "The value tested: a field, `$value`, or { field | value | document | literal | template, transform }.")),
            ("right", P.reference("operand", "The value it is compared with, in the same form as `left`.")),
            ("op", P.words(CompareCheck.Operator.allCases.map(\.rawValue))),
            ("pattern", P.described(P.regex, "With `op: matches` or `not-matches`: the pattern `left` is tested with.")),
            ("days", P.described(P.integer, "With `op: within-days`: the largest difference in days.")),
            ("report-at", P.words(["left", "right"])),
        ]
        if withMessage { properties.append(("message", P.described(P.scalar, "This comparison's message."))) }
        return properties
    }

    static func labelPattern(candidate: Bool) -> JSONValue {
        var properties: [(String, JSONValue)] = [
            ("pattern", P.described(P.regex, "Group 1, or the group named `label`, is the footnote label.")),
            ("weak", P.described(P.bool, "Only vouches: satisfies the other side, never reported itself.")),
        ]
        if candidate {
            properties.append(("candidate", P.described(P.bool, "With `ordered: true`: a marker only where its label is the one expected next.")))
        } else {
            properties.append(("wraps", P.described(P.bool, "The text may wrap onto lines right under it: there, only the next label opens a definition.")))
        }
        return P.object(properties + P.lineFilters, required: ["pattern"])
    }

    static let sequenceLevel: [(String, JSONValue)] = [
        ("pattern", P.described(P.regex, "Matches an item's line; captures the label (group 1 or `label`).")),
        ("labels", P.words(SequenceLabels.allCases.map(\.rawValue))),
        ("inserted", P.described(P.bool, "Arabic labels: `9a`, `9 bis` are items inserted after 9.")),
        ("inline", P.described(P.regex, "Finds this level's labels written inside a line (group 1).")),
        ("unlabelled", P.described(P.regex, "How an item of this level reads once its label is lost.")),
    ]
}
