/// The findings the tool itself makes, outside any rule pack: files it cannot read, bounds it
/// reached, suppression comments that silence nothing. `corpuslint explain` documents them as it
/// documents a pack's rules, so every id the tool can print has an explanation.
public enum ToolFindings {
    public struct Entry: Sendable {
        public let id: String
        public let severity: Severity
        public let description: String
    }

    public static let all: [Entry] = [
        Entry(id: "io/not-found", severity: .error,
              description: "A file vanished between being found and being read (a path named on the command line that does not exist is a usage error, exit code 2, before anything is linted)."),
        Entry(id: "io/unreadable", severity: .error,
              description: "A file or folder exists but cannot be opened or read (permissions, an I/O error, a path longer than the system allows). The run goes on with the other files."),
        Entry(id: "io/output-is-input", severity: .error,
              description: "A file the run would write (its --output report or its --write-baseline baseline) is also one of the files linted, under any name or through a link: the command refuses the run (exit code 2) before anything is read or written, so no input is ever overwritten. Name an output outside the files linted."),
        Entry(id: "io/not-a-file", severity: .error,
              description: "A path named is a FIFO, a device or another special file: it is not read, since reading it could block or never end."),
        Entry(id: "io/broken-link", severity: .error,
              description: "A symbolic link points to nothing. Fix or remove the link."),
        Entry(id: "io/link-loop", severity: .error,
              description: "A symbolic link leads into a loop of links. Links to folders are never followed while walking, so a loop cannot trap a run."),
        Entry(id: "io/too-large", severity: .error,
              description: "A file is larger than --max-file-size (default 64 MiB): it is reported and skipped without being read. Raise the limit with --max-file-size BYTES."),
        Entry(id: "io/binary", severity: .error,
              description: "A file holds NUL bytes or is mostly invalid UTF-8: it is not a text document (a PDF, an image, an archive named .md or .txt). It gets this one finding and no rule reads it."),
        Entry(id: "engine/regex-limit", severity: .warning,
              description: "A rule's pattern hit PCRE2's backtracking limit on a line: the pattern is not tried again in that file, so one catastrophic pattern cannot stall a run. Rewrite the pattern (possessive quantifiers, anchors) or report the rule."),
        Entry(id: "engine/too-many-findings", severity: .warning,
              description: "A rule found more problems in one file than it may report (500): the first ones are reported and the rest counted. Usually the file is damaged or the rule does not fit it."),
        Entry(id: "reference/lost-text", severity: .warning,
              description: "With --reference (or `reference:`): four words or more of the other extraction of this document are nowhere in this file, in that order. Reported after the line where they belong; a passage the other extraction prints on several pages (a running header) is not."),
        Entry(id: "reference/lost-paragraph", severity: .warning,
              description: "With --reference (or `reference:`): a numbered paragraph (`12. Decides…`) of the other extraction of this document has no counterpart here: the number, or the paragraph, was lost."),
        Entry(id: "reference/lost-label", severity: .warning,
              description: "With --reference (or `reference:`): a sub-paragraph label (`(k) Promoting…`) of the other extraction of this document has no counterpart here: the extractor dropped it."),
        Entry(id: "fix/changed-on-disk", severity: .warning,
              description: "With --fix: the file changed on disk between being read and being written (an editor saved it, another tool ran). Its fixes were worked out on the old text, so it is left as it is; run --fix again."),
        Entry(id: "fix/not-written", severity: .error,
              description: "With --fix: the fixed file could not be written (no temporary file could be made in its folder, the disk is full, the folder is read-only). The file is left as it was: fixes write a temporary file beside it and rename it over the original, never half a file."),
        Entry(id: "suppression/unused", severity: .warning,
              description: "A `<!-- corpuslint-disable… -->` comment silences nothing: the rule it names no longer reports there (fixed, or misspelt). Remove the comment or correct the rule id."),
    ]

    public static let byID: [String: Entry] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// What `corpuslint explain ID` prints for one of them.
    public static func text(for entry: Entry) -> String {
        "\(entry.id)\n\(String(repeating: "=", count: entry.id.count))\n\nseverity: \(entry.severity.rawValue)    made by: corpuslint itself, not a rule pack\n\n\(entry.description)\n"
    }
}
