/// The pieces rule packs and configurations share: texts, regular expressions, severities,
/// operands, transforms, date formats, line filters and `when:` conditions. Each mirrors what a
/// reader in Rules/ or Checks/ accepts, naming the same lists of words it checks against.
enum SchemaParts {
    static func described(_ schema: JSONValue, _ description: String?) -> JSONValue {
        guard let description, !description.isEmpty, case var .object(pairs) = schema else { return schema }
        pairs.removeAll { $0.0 == "description" }
        pairs.insert(("description", .string(description)), at: 0)
        return .object(pairs)
    }

    /// A definition by name; with a description, wrapped in `allOf`, since draft-07 ignores the
    /// siblings of `$ref`.
    static func reference(_ name: String, _ description: String? = nil) -> JSONValue {
        let ref: JSONValue = ["$ref": .string("#/definitions/" + name)]
        guard let description else { return ref }
        return ["description": .string(description), "allOf": [ref]]
    }

    static func words(_ list: [String]) -> JSONValue { ["type": "string", "enum": .array(list.map { .string($0) })] }

    static func list(of item: JSONValue, nonEmpty: Bool = false) -> JSONValue {
        nonEmpty ? ["type": "array", "items": item, "minItems": 1] : ["type": "array", "items": item]
    }

    /// One item, or a list of them (`NodeReader.strings` and the readers built like it).
    static func oneOrList(_ item: JSONValue) -> JSONValue { ["anyOf": [item, list(of: item)]] }

    static func object(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", "object"), ("properties", .object(properties)), ("additionalProperties", false)]
        if !required.isEmpty { pairs.append(("required", .array(required.map { .string($0) }))) }
        return .object(pairs)
    }

    static let text: JSONValue = ["type": "string"]
    /// A value read as text (`NodeReader.string` takes any scalar: `language: 1` reads "1").
    static let scalar: JSONValue = ["type": ["string", "number", "boolean"]]
    static let bool: JSONValue = ["type": "boolean"]
    static let integer: JSONValue = ["type": "integer"]
    static func integer(minimum: Int) -> JSONValue { ["type": "integer", "minimum": .int(minimum)] }
    static let regex = described(text, "A regular expression (PCRE2; `\\d`, `\\w`, `\\s` are Unicode-aware).")
    static let texts = oneOrList(text)
    static let regexes = oneOrList(regex)

    static let severityWords = RuleReader.severityWords
    static let severity = described(words(severityWords), "error, warning, info, or off (the rule reports nothing).")
    /// `severity: { rule-id: error|warning|info|off }`, in packs and configurations alike.
    static let severityMap: JSONValue = described([
        "type": "object",
        "propertyNames": ruleID,
        "additionalProperties": severity,
    ], "Re-grades rules by the id their findings carry: error, warning, info, or off to silence one.")
    static let ruleID: JSONValue = described(
        ["type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$"],
        "A rule id: kebab-case with a family prefix, like `numbering/gap`.")

    /// The definitions every schema refers to by `#/definitions/NAME`.
    static var definitions: [(String, JSONValue)] {
        [
            ("condition", condition),
            ("operand", operand),
            ("transform", transform),
            ("transforms", oneOrList(reference("transform"))),
            ("date-formats", dateFormats),
        ]
    }

    // MARK: Operands and transforms (Checks/Support/Operand.swift)

    static var operand: JSONValue {
        let source = ["field", "value", "document", "literal", "template"]
        let mapping = object([
            ("field", described(text, "A front-matter field, or a path into it (`refs[0].id`).")),
            ("value", described(text, "A value an `extract` rule read from the body (its `name`).")),
            ("document", described(words(Condition.documentParts), "A part of the document's path: path, name, stem or folder.")),
            ("literal", described(scalar, "A text written in the rule.")),
            ("template", described(text, "A text joined from values: `{doc_num}-{slug(title)}.md`.")),
            ("transform", reference("transforms", "Steps applied to the value, in order.")),
        ])
        let oneSource: JSONValue = .object([("anyOf", .array(source.map { ["required": [.string($0)]] }))])
        return described(["anyOf": [
            described(text, "A front-matter field, or `$NAME` for a value an `extract` rule read."),
            .object(mapping.pairs + oneSource.pairs),
        ]], "A value a rule reads: a field (`date`), an extracted value (`$adoption-date`), or a mapping with "
            + "`field`, `value`, `document`, `literal` or `template`, and `transform`.")
    }

    /// A word, or a mapping of exactly one step (`Transform.read` reads one and calls any other
    /// key unknown); `replace` alone takes `with`.
    static var transform: JSONValue {
        let table: JSONValue = ["type": "object", "additionalProperties": scalar]
        let steps: [[(String, JSONValue)]] = [
            [("replace", described(regex, "Replaces every match of this pattern by `with`.")),
             ("with", described(scalar, "The replacement for `replace` (default: nothing)."))],
            [("capture", described(regex, "Keeps the group named `value` (else group 1) of the first match; no match: no value."))],
            [("strip-suffix", described(scalar, "Removes this text from the end."))],
            [("strip-prefix", described(scalar, "Removes this text from the start."))],
            [("date", reference("date-formats", "Reads the text as a date in one of these formats."))],
            [("map", described(table, "A lookup table; a text not in it makes the value absent."))],
            [("words", described(table, "Whole words replaced by others, the rest kept."))],
        ]
        return described(["anyOf": .array([words(Transform.words)] + steps.map { object($0, required: [$0[0].0]) })],
                         "A step: " + Transform.words.joined(separator: ", ") + ", or a mapping with one of replace (+ with), "
                         + "capture, strip-suffix, strip-prefix, date, map or words.")
    }

    static var dateFormats: JSONValue {
        let format: JSONValue = ["anyOf": [words(DateFormat.words), text]]
        return described(oneOrList(format), "Date formats, any of which may match: " + DateFormat.words.joined(separator: ", ")
                         + ", or a pattern such as `DD.MM.YYYY`.")
    }

    // MARK: Line filters (Kit/LineFilter.swift)

    static var lineFilters: [(String, JSONValue)] {
        [
            ("in-zone", described(texts, "Only the lines in these zones (zone names the packs define).")),
            ("outside-zone", described(texts, "No line in these zones.")),
            ("after", described(regex, "Only the lines after the first line matching this.")),
            ("before", described(regex, "Only the lines before the first line matching this.")),
            ("first-lines", described(integer(minimum: 1), "Only the first N lines of the body (blank lines counted).")),
            ("outside-code-spans", described(bool, "Matches inside Markdown code spans are ignored.")),
        ]
    }

    // MARK: Conditions (Rules/Condition.swift)

    static var condition: JSONValue {
        let test = object([
            ("equals", described(scalar, "The text is this.")),
            ("in", described(oneOrList(scalar), "The text is one of these.")),
            ("matches", described(regex, "The text matches this pattern.")),
            ("not-matches", described(regex, "The text does not match this pattern (or is absent).")),
            ("present", described(bool, "true: the subject is present; false: it is absent.")),
        ])
        let documentKeys = Condition.documentParts.map { JSONValue.string("document." + $0) }
        return described([
            "type": "object",
            "properties": ["any": described(list(of: reference("condition"), nonEmpty: true), "One of these conditions holds.")],
            "propertyNames": ["if": ["pattern": "^document\\."], "then": ["enum": .array(documentKeys)]],
            "additionalProperties": described(["anyOf": [scalar, list(of: scalar), test]],
                                              "A value it equals, a list of values, or { equals, in, matches, not-matches, present }."),
        ], "Conditions that must all hold: on a front-matter field (`symbol`), an extracted value (`$adoption-date`), "
            + "the document's path (`document.path`, `document.name`, `document.stem`, `document.folder`), or `any:`.")
    }
}

extension JSONValue {
    /// An object's pairs; empty for any other value.
    var pairs: [(String, JSONValue)] {
        guard case let .object(pairs) = self else { return [] }
        return pairs
    }
}
