import ArgumentParser

/// A plain lint run (`corpuslint [OPTIONS] PATHS…`) parsed by the lint command alone.
///
/// Parsed from the root, ArgumentParser builds the lint command's argument set by reflection six
/// times (to learn whether the default command or a subcommand named among the paths takes all
/// remaining input, then to parse) and parses twice more for `--generate-completion-script`; the
/// lint command parsed on its own builds it twice. Parsing took 35.6 M of the 87.3 M
/// instructions of a one-file run (`lint --no-config FILE`, what a pre-commit hook pays on every
/// commit), 23.9 M this way: what remains is the first build, the runtime's type lookups.
///
/// Anything else goes to the root as before, so help, versions, completions and every message
/// stay ArgumentParser's own: a first word that is a command, and any arguments the lint command
/// alone does not take as a run (an error, `--help`, `--version`, `--generate-completion-script`).
enum LintShortcut {
    /// The lint command when `arguments` are a lint run as the root would parse them; nil to
    /// leave them to the root.
    static func parse(_ arguments: [String]) -> LintCommand? {
        var arguments = arguments
        // `lint` first (as the pre-commit hook writes it) names the command the rest is for.
        if arguments.first == LintCommand._commandName {
            arguments.removeFirst()
        } else if let first = arguments.first, TopLevelHelp.subcommands.contains(first) || first.hasPrefix("---") {
            // Another command, or `---completion` asking the root for a shell's completions.
            return nil
        }
        // What the root answers itself goes to it straight away: a parse by the lint command
        // first would only fail, and cost `--version` half again (10 M instructions). Anything
        // these words miss (`-qh`) still fails below and goes to the root. After `--`, words are paths.
        if arguments.prefix(while: { $0 != "--" }).contains(where: { Self.rootWords.contains($0) || $0.hasPrefix("--generate-completion-script") }) {
            return nil
        }
        return (try? LintCommand.parseAsRoot(arguments)) as? LintCommand
    }

    private static let rootWords: Set<String> = ["-h", "--help", "--help-hidden", "--version", "--experimental-dump-help"]
}
