/// The commented `.corpuslint.yml` that `corpuslint init` writes: each key in force with its
/// default value, what it does, and an example to start from.
public enum ConfigurationTemplate {
    struct Section {
        var comment: [String]
        var value: [String]
        var example: [String]
    }

    /// The configuration's JSON Schema, written beside it by `corpuslint init` (the text of
    /// `corpuslint schema config`), so that the modeline below works offline and matches the
    /// version that wrote it.
    public static let schemaFileName = ".corpuslint.schema.json"

    /// Tells the YAML language server (VS Code, Neovim, Helix…) which schema checks this file.
    static let modeline = "# yaml-language-server: $schema=./" + schemaFileName

    static let introduction = [
        "corpuslint configuration: corpuslint reads the nearest .corpuslint.yml from the working",
        "directory up (`--config FILE` names another, `--no-config` ignores it). Every key is optional;",
        "the values in force below are the defaults. Globs and pack paths are read from this file's folder.",
        "Editors with the YAML language server complete and check this file against the schema the",
        "first line names; after upgrading, refresh it: corpuslint schema config > \(schemaFileName)",
    ]

    static let sections = [
        Section(comment: [
            "packs: the rule packs to run, by built-in name (core; un, which extends core) or by the path",
            "of a pack file or folder of your own, e.g. [un, rules/local.yml]. `corpuslint rules` lists the",
            "rules in force; `corpuslint explain RULE` documents one.",
        ], value: ["packs: [un]"], example: []),
        Section(comment: [
            "include: when a folder is walked, only the .md and .txt files matching one of these globs are",
            "read (none: all of them). `*` stays within a name, `**` spans folders, `drafts/` is `drafts/**`.",
            "Files named on the command line are always read.",
        ], value: ["include: []"], example: ["include: ['corpus/**']"]),
        Section(comment: [
            "exclude: files found in a walk that match one of these globs are skipped.",
        ], value: ["exclude: []"], example: ["exclude: ['corpus/drafts/**', '*.tmp.md']"]),
        Section(comment: [
            "severity: re-grades rules by the id their findings carry: error, warning, info, or off to",
            "silence one everywhere. An id no loaded rule reports is an error.",
        ], value: ["severity: {}"], example: [
            "severity:",
            "  extraction/page-furniture: warning",
            "  symbol/session-mismatch: off",
        ]),
        Section(comment: [
            "overrides: severities for some files only, applied after `severity`, later entries over",
            "earlier ones; `off` drops those findings in those files.",
        ], value: ["overrides: []"], example: [
            "overrides:",
            "  - files: ['legacy/**', '**/*-AR.md']",
            "    severity: { date/distribution-mismatch: off, numbering/gap: warning }",
        ]),
    ]

    /// The file `corpuslint init` writes.
    public static var text: String { render(examples: false) }

    /// The file `corpuslint init` writes for a corpus it has looked at: the packs proposed, with
    /// what they recognised. With no document seen, the default template.
    public static func text(proposing proposal: PackProposal) -> String {
        guard proposal.documents > 0 else { return text }
        var comment = ["corpuslint init looked at \(proposal.documents) document\(proposal.documents == 1 ? "" : "s") here:"]
        for name in proposal.packs where name != "core" {
            comment.append("`\(name)` applies to \(proposal.matches[name] ?? 0) of them (its `applies-to`); `core` checks every file.")
        }
        if proposal.packs == ["core"] {
            comment.append("no built-in pack but `core` recognises them: write a pack of your own for what only")
            comment.append("your corpus knows (docs/writing-a-pack.md) and add its path here.")
        }
        let packs: String = "packs: [" + proposal.packs.joined(separator: ", ") + "]"
        let commented: String = comment.map { "# " + $0 }.joined(separator: "\n")
        let replacement: String = "\n" + commented + "\n" + packs + "\n"
        return render(examples: false).replacing("\npacks: [un]\n", with: replacement)
    }

    /// The template, or (for tests, so the examples never rot) with each example in force
    /// instead of the default.
    static func render(examples: Bool) -> String {
        var lines = [modeline] + introduction.map { "# " + $0 }
        for section in sections {
            lines.append("")
            lines += section.comment.map { "# " + $0 }
            if examples, !section.example.isEmpty {
                lines += section.example
            } else {
                lines += section.value
                if !section.example.isEmpty { lines += ["# for example:"] + section.example.map { "# " + $0 } }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
