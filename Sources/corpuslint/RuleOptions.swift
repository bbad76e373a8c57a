import ArgumentParser
import CorpusLint
import Foundation

/// The options that choose the rules: a configuration file and rule packs.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule pack (built-in name or path to a .yml file or folder); repeatable. Replaces the configuration's packs.", valueName: "PACK"), completion: Completions.packs)
    var packs: [String] = []

    @Option(help: ArgumentHelp("The configuration file (default: the nearest .corpuslint.yml from the working directory up).", valueName: "FILE"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Flag(help: "Ignore any .corpuslint.yml.")
    var noConfig = false

    /// Where the search for `.corpuslint.yml` starts (standard input: its `--stdin-filename`'s folder).
    var configSearchStart: String?

    private var searchStart: String {
        let here = FileManager.default.currentDirectoryPath
        guard let start = configSearchStart, !start.isEmpty else { return here }
        return start.hasPrefix("/") ? start : here + "/" + start
    }

    /// The configuration and the compiled rules, or exit code 2 with every mistake printed.
    func load() throws -> (Configuration, RuleSet) {
        do {
            var configuration = Configuration()
            if let path = config ?? (noConfig ? nil : Configuration.discover(from: searchStart)) {
                configuration = try Configuration.load(path)
            }
            let references = packs.isEmpty ? configuration.packs : packs.map { PackReference(name: $0) }
            let base = packs.isEmpty ? configuration.directory : nil
            let rules = try PackLoader.load(references, baseDirectory: base, overrides: configuration.severity)
            let mistakes = configuration.mistakes(against: rules)
            if !mistakes.isEmpty { throw PackErrors(mistakes) }
            return (configuration, rules)
        } catch let errors as PackErrors {
            Output.error(errors.description)
            throw ExitCode(2)
        }
    }
}
