import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The command line. It holds no checking logic: it turns arguments into engine calls and the
/// engine's diagnostics into output and an exit code.
@main
struct CorpusLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpuslint",
        abstract: "Validate and lint corpora of extracted documents (YAML front matter + extracted text).",
        discussion: "`corpuslint PATHS...` is short for `corpuslint lint PATHS...`; the lint options are listed below.",
        version: CorpusLintVersion.current,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, TestCommand.self, InitCommand.self, SchemaCommand.self, MergeCommand.self, ServerCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// As ArgumentParser's, but a usage mistake (unknown option, bad value) exits 2, as documented,
    /// not 64: scripts and pre-commit tell "findings" (1) from "could not run" (2) by it.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"] {
            Output.write(TopLevelHelp.text())
            return
        }
        if arguments.count == 2, arguments[0] == "--generate-completion-script", let script = Completions.script(for: arguments[1]) {
            Output.write(script)
            return
        }
        if let mistake = TopLevelHelp.misspeltSubcommand(arguments) {
            Output.error("corpuslint: unknown command `\(mistake.word)`: did you mean `\(mistake.suggestion)`? "
                         + "(to lint a path of that name, write `./\(mistake.word)`)")
            Output.terminate(2)
        }
        do {
            if let settings = LintArgumentReader.validSettings(arguments) {
                try LintRunner(settings).run()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Output.error(fullMessage(for: error))
            Output.terminate(2)
        }
    }
}

/// What the top level adds to ArgumentParser: the lint options in `--help` (most users never type
/// `lint`), and "did you mean" for a misspelt command instead of linting it as a missing path.
enum TopLevelHelp {
    /// The command names, as ArgumentParser knows them (so a new command needs no edit here).
    static let subcommands = CorpusLintCommand.configuration.subcommands.map { $0._commandName } + ["help"]

    private static func trimmingNewlines(_ text: String) -> String {
        String(text.drop(while: \.isNewline).reversed().drop(while: \.isNewline).reversed())
    }

    /// The root help, then the lint command's arguments and options.
    static func text() -> String {
        let root = CorpusLintCommand.helpMessage()
        let lint = CorpusLintCommand.helpMessage(for: LintCommand.self)
        // The lint help's own header repeats the abstract and usage: keep its argument and option sections.
        let sections = lint.firstRange(of: "ARGUMENTS:").map { String(lint[$0.lowerBound...]) } ?? lint
        return Self.trimmingNewlines(root) + "\n\nLINT (the default command): corpuslint [OPTIONS] [PATHS ...]\n\n"
            + Self.trimmingNewlines(sections) + "\n"
    }

    /// The first word, when it is no option, no existing path and no command, but close to one.
    static func misspeltSubcommand(_ arguments: [String]) -> (word: String, suggestion: String)? {
        guard let word = arguments.first, !word.hasPrefix("-"), !word.contains("/"), !word.contains("."),
              !subcommands.contains(word), !FileManager.default.fileExists(atPath: word),
              let suggestion = Suggestion.closest(to: word, among: subcommands.filter { $0 != "help" })
        else { return nil }
        return (word, suggestion)
    }
}
