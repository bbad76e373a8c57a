/// The JSON Schema (draft-07) of `.corpuslint.yml`, key for key what `Configuration` reads.
public enum ConfigurationSchema {
    /// `corpuslint schema config`.
    public static var schema: JSONValue {
        let P = SchemaParts.self
        let properties: [(String, JSONValue)] = [
            ("packs", P.described(P.texts, "The rule packs to run: built-in names (`corpuslint rules --packs` lists them) or paths "
                                   + "of pack files or folders, relative to this file. Default: [un].")),
            ("include", P.described(P.texts, "When a folder is walked, only the files matching one of these globs are read (none: all). "
                                     + "`*` stays within a name, `**` spans folders, `drafts/` is `drafts/**`.")),
            ("exclude", P.described(P.texts, "Files found in a walk that match one of these globs are skipped.")),
            ("severity", P.severityMap),
            ("overrides", P.described(P.list(of: P.object([
                ("files", P.described(P.texts, "Globs of the files this entry applies to.")),
                ("severity", P.severityMap),
            ], required: ["files"])), "Severities for some files only, applied after `severity`, later entries over earlier ones.")),
            ("front-matter", P.described(P.words(["required", "optional"]),
                                         "optional: files without front matter are linted as bodies, not reported (default required).")),
            ("reference", P.described(P.text, "Another extraction of the corpus to compare with (relative to this file).")),
            ("reference-key", P.described(P.texts, "The front-matter fields that pair the reference's documents with the linted ones "
                                           + "(default [symbol, language]).")),
        ]
        return .object([
            ("$schema", .string(RulePackSchema.draft)),
            ("title", "corpuslint configuration (.corpuslint.yml)"),
            ("description", "Which packs, which files, and severities by rule and by path (docs/configuration.md)."),
            ("type", "object"),
            ("properties", .object(properties)),
            ("additionalProperties", false),
        ])
    }
}
