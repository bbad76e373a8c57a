import ArgumentParser
import CorpusLint

/// The command line. It holds no checking logic: it turns arguments into engine calls and the
/// engine's diagnostics into output and an exit code.
@main
struct CorpusLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpuslint",
        abstract: "Validate and lint corpora of extracted documents (YAML front matter + extracted text).",
        discussion: "`corpuslint PATHS…` is short for `corpuslint lint PATHS…`.",
        version: CorpusLintVersion.current,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, TestCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Runs the command; a usage mistake exits with 2 (as documented) rather than the parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Output.error(fullMessage(for: error))
                Output.error("Run `corpuslint --help` for usage.")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
