import ArgumentParser
import CorpusLint
import Foundation

/// The command line. It holds no checking logic: it turns arguments into engine calls and the
/// engine's diagnostics into output and an exit code.
@main
struct CorpusLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpuslint",
        abstract: "Validate and lint corpora of extracted documents (YAML front matter + extracted text).",
        discussion: "`corpuslint PATHS...` is short for `corpuslint lint PATHS...`.",
        version: CorpusLintVersion.current,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, TestCommand.self, InitCommand.self, MergeCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// As ArgumentParser's, but a usage mistake (unknown option, bad value) exits 2, as documented,
    /// not 64: scripts and pre-commit tell "findings" (1) from "could not run" (2) by it.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
