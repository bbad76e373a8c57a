import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LanguageServer

/// `corpuslint server`: the Language Server Protocol on standard input and output, for editors.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "Speak the Language Server Protocol on standard input and output (for editors; see docs/editors.md).",
        discussion: """
            Each open document is linted as `corpuslint lint` lints the file: with the nearest .corpuslint.yml \
            from the document's folder up, its packs, severities and overrides, and --baseline. Findings come \
            on opening and after each change, from the text being edited; the rules are read again when \
            the configuration or a pack changes.
            """
    )

    @OptionGroup var ruleArguments: RuleArguments

    @Option(help: ArgumentHelp("Show only the findings this baseline does not know.", valueName: "FILE"), completion: .file())
    var baseline: String?

    @Option(help: ArgumentHelp("Lint a changed document once typing has paused this long.", valueName: "MS"))
    var debounce = 250

    func validate() throws {
        if debounce < 0 { throw ValidationError("--debounce must be 0 or more") }
    }

    func run() throws {
        let here = FileManager.default.currentDirectoryPath
        let absolute = { (path: String) in path.hasPrefix("/") ? path : here + "/" + path }
        var settings = ServerSettings(workingDirectory: here)
        settings.configurationFile = ruleArguments.config.map(absolute)
        settings.ignoresConfiguration = ruleArguments.noConfig
        settings.packs = ruleArguments.packs
        settings.allowOutsidePacks = ruleArguments.allowOutsidePacks
        settings.limits = try ruleArguments.options.limits()
        settings.baselineFile = baseline.map(absolute)
        settings.debounceMilliseconds = debounce
        let status = LanguageServer(settings: settings).run()
        if status != 0 { throw ExitCode(status) }
    }
}
