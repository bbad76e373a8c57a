/// `kind: unique` — a field, or a combination of fields, that must be unique across the files of
/// a run (`record_id` + `language`). Each later file with a key already seen is reported, naming
/// the file that has it first.
///
/// ```yaml
/// - id: front-matter/duplicate-record
///   kind: unique
///   fields: [record_id, language]
/// ```
struct UniqueCheck: CorpusCheck, CheckKind {
    static let name = "unique"
    static let outcomes = [(name: "duplicate", message: "{value} is also the key of {other}")]
    static let documentation = """
        Requires a field or combination of fields to be unique across the files of a run. Options: `fields` — the \
        field names. Reported at the first field of each later file with the same key. Placeholders: {value} (the key, \
        fields joined by ` + `), {other} (the file that has the key first).
        """

    let fields: [String]

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> UniqueCheck? {
        guard let fields = options.strings("fields"), !fields.isEmpty else {
            options.error(options.mark, "missing required key `fields` (the fields whose values must be unique together)")
            return nil
        }
        return UniqueCheck(fields: fields)
    }

    func key(_ context: DocumentContext, rule: RuleInfo) -> CorpusKey? {
        var parts: [String] = []
        for field in fields {
            guard let text = context.fieldText(field), !text.isEmpty else { return nil }
            parts.append(text)
        }
        guard let node = context.field(fields[0]) else { return nil }
        return CorpusKey(key: parts.joined(separator: " + "), line: node.start.line, column: node.start.column)
    }

    func judge(_ entry: CorpusEntry, seen: inout FirstSeenKeys, path: (Int) -> String) -> CorpusFinding? {
        guard let other = seen.owner(of: entry.key.key, else: entry.file) else { return nil }
        return CorpusFinding(file: entry.file, line: entry.key.line, column: entry.key.column,
                             outcome: Self.outcomes[0].name, values: ["value": entry.key.key, "other": path(other)])
    }
}
