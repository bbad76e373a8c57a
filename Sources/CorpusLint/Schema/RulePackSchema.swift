/// The JSON Schema (draft-07, what the YAML language server reads) of a rule pack, built from the
/// kind registry: every kind's name, outcomes and documentation come from the kinds themselves,
/// so a new kind is in the schema the moment it is registered.
public enum RulePackSchema {
    public static let draft = "http://json-schema.org/draft-07/schema#"

    /// `corpuslint schema pack`.
    public static var schema: JSONValue {
        let P = SchemaParts.self
        return .object([
            ("$schema", .string(draft)),
            ("title", "corpuslint rule pack"),
            ("description", "A corpuslint rule pack: rules, each of a kind of check with that kind's options (docs/rule-packs.md)."),
            ("type", "object"),
            ("properties", .object([
                ("pack", P.described(P.text, "The pack's name.")),
                ("description", P.described(P.text, "What the pack checks, for people.")),
                ("extends", P.described(P.texts, "Packs loaded first: built-in names, or paths relative to this file.")),
                ("applies-to", P.reference("condition", "The documents this pack recognises (what `corpuslint init` proposes it for); a condition as in `when`.")),
                ("zones", P.described(["type": "object", "additionalProperties": zone],
                                      "Named regions of a body, for the line filters `in-zone` and `outside-zone`.")),
                ("severity", P.severityMap),
                ("rules", P.described(P.list(of: ["$ref": "#/definitions/rule"]), "The pack's rules.")),
            ])),
            ("additionalProperties", false),
            ("definitions", .object([("rule", rule)] + P.definitions)),
        ])
    }

    static var zone: JSONValue {
        let P = SchemaParts.self
        return P.described(["anyOf": [
            P.object([("markdown", P.described(P.words(["fenced-code"]), "A region Markdown defines: the lines of fenced code blocks."))], required: ["markdown"]),
            P.object([
                ("start", P.described(P.regex, "The line after which the zone begins.")),
                ("lines", P.described(P.regex, "The following non-blank lines that match this are in the zone.")),
                ("look-past", P.described(P.regex, "Lines passed over while the zone is open: neither in it nor ending it (page furniture at a page turn).")),
            ], required: ["start", "lines"]),
        ]], "A zone: `start` and `lines` patterns, or `markdown: fenced-code`.")
    }

    /// The keys every rule has, then one `if kind == X then …` per kind with the complete list of
    /// keys that kind accepts: a key of another kind, or a misspelt one, is flagged.
    static var rule: JSONValue {
        let P = SchemaParts.self
        let kinds = KindRegistry.kinds.map { $0.name }
        let common: [(String, JSONValue)] = [
            ("id", P.ruleID),
            ("kind", .object([
                ("description", .string("The kind of check (`corpuslint explain kind NAME`).")),
                ("type", "string"),
                ("enum", .array(kinds.map { .string($0) })),
                ("enumDescriptions", .array(kinds.map { .string(kindDocumentation($0).headline) })),
            ])),
            ("severity", P.described(P.severity, "How the rule's findings are graded (default error).")),
            ("message", P.described(P.scalar, "The finding's message; `{placeholders}` as the kind documents.")),
            ("description", P.described(P.scalar, "Why the rule matters, for `corpuslint explain`.")),
            ("link", P.described(P.text, "A page that says more.")),
            ("when", P.reference("condition", "The documents the rule applies to.")),
            ("examples", P.described(P.list(of: example), "Documents the rule must report (`triggers`: the lines) or pass (`triggers: []`); `corpuslint test` runs them.")),
            ("reports", P.described(["type": "object"], "An outcome's own id, severity, message or description.")),
            ("files", P.described(P.texts, "Globs: the rule runs only on documents whose path matches one.")),
            ("exclude", P.described(P.texts, "Globs: documents whose path matches one are left out.")),
        ]
        var branches: [JSONValue] = []
        for kind in KindRegistry.kinds {
            let name: String = kind.name
            let outcomes: [(name: String, message: String)] = kind.outcomes
            branches.append(branch(name, outcomes: outcomes, common: common.map(\.0)))
        }
        return .object([
            ("type", "object"),
            ("required", ["id", "kind"]),
            ("properties", .object(common)),
            ("allOf", .array(branches)),
        ])
    }

    /// `if kind == name then` the common keys and the kind's options, and nothing else.
    static func branch(_ name: String, outcomes: [(name: String, message: String)], common: [String]) -> JSONValue {
        let P = SchemaParts.self
        let options = KindOptionSchemas.byKind[name] ?? KindOptionSchemas.Options(properties: [])
        let documentation = kindDocumentation(name)
        let described = options.properties.map { key, schema in
            (key, P.described(schema, description(page: documentation.options[key], schema: schema["description"]?.stringValue)))
        }
        let reports = P.object(outcomes.map { outcome in
            (outcome.name, P.object([
                ("id", P.ruleID),
                ("severity", P.severity),
                ("message", P.described(P.scalar, "Default: " + outcome.message)),
                ("description", P.scalar),
            ]))
        })
        let then: JSONValue = .object([
            ("description", .string("`kind: \(name)`" + (documentation.title.isEmpty ? "" : " — " + documentation.title) + ". " + documentation.summary)),
            ("properties", .object(common.map { key in (key, key == "reports" ? reports : true) } + described)),
            ("additionalProperties", false),
        ] + options.requirement)
        return ["if": ["properties": ["kind": ["const": .string(name)]], "required": ["kind"]], "then": then]
    }

    /// The page's words for an option; when they are only a word or two (`required`), followed
    /// by the schema's own.
    static func description(page: String?, schema: String?) -> String? {
        guard let page, !page.isEmpty else { return schema }
        guard page.count < 20, let schema else { return page }
        return page + ". " + schema
    }

    static var example: JSONValue {
        let P = SchemaParts.self
        return P.object([
            ("document", P.described(P.text, "The whole document, front matter included.")),
            ("path", P.described(P.text, "The document's path, for rules that read it (default example.md).")),
            ("triggers", P.described(P.list(of: P.integer), "The lines where the rule must report; [] when it must not.")),
        ], required: ["document", "triggers"])
    }

    static func kindDocumentation(_ name: String) -> OptionDocumentation {
        OptionDocumentation(page: KindDocumentation.page(for: name) ?? "")
    }
}

extension JSONValue {
    var stringValue: String? {
        guard case let .string(text) = self else { return nil }
        return text
    }
}
