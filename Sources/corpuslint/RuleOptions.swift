import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Reporters

/// The options that choose the rules, as ArgumentParser reads them for every command that loads packs.
struct RuleArguments: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule pack (built-in name or path to a .yml file or folder); repeatable. Replaces the configuration's packs.", valueName: "PACK"), completion: Completions.packs)
    var packs: [String] = []

    @Option(help: ArgumentHelp("The configuration file (default: the nearest .corpuslint.yml from the working directory up).", valueName: "FILE"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Flag(help: "Ignore any .corpuslint.yml.")
    var noConfig = false

    @Flag(help: "Let the configuration's packs and `extends` read files outside its project (its git work tree, or its folder).")
    var allowOutsidePacks = false

    @Option(help: ArgumentHelp("Raise a limit on what packs may load: patterns (items in one list of a rule), rules, bytes, files, depth (of `extends`); repeatable.",
                               valueName: "NAME=N"))
    var packLimit: [String] = []

    var options: RuleOptions {
        RuleOptions(packs: packs, config: config, noConfig: noConfig, allowOutsidePacks: allowOutsidePacks, packLimit: packLimit)
    }

    func validate() throws {
        try options.validate()
    }
}

/// The options that choose the rules: a configuration file and rule packs.
struct RuleOptions: Equatable {
    var packs: [String] = []
    var config: String?
    var noConfig = false
    var allowOutsidePacks = false
    var packLimit: [String] = []

    /// Where the search for `.corpuslint.yml` starts (standard input: its `--stdin-filename`'s folder).
    var configSearchStart: String?

    private var searchStart: String {
        let here = FileManager.default.currentDirectoryPath
        guard let start = configSearchStart, !start.isEmpty else { return here }
        return start.hasPrefix("/") ? start : here + "/" + start
    }

    func validate() throws {
        _ = try limits()
    }

    /// `PackLimits` with the `--pack-limit` values.
    func limits() throws -> PackLimits {
        var limits = PackLimits()
        for setting in packLimit {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Int(parts[1]), value > 0, limits.set(parts[0], value) else {
                throw ValidationError("--pack-limit takes NAME=N, NAME one of \(PackLimits.names.joined(separator: ", ")), N above 0")
            }
        }
        return limits
    }

    /// The configuration and the compiled rules, or exit code 2 with every mistake printed: those
    /// of the configuration and of the packs together, file by file in position order.
    func load() throws -> (Configuration, RuleSet) {
        let path = config ?? (noConfig ? nil : Configuration.discover(from: searchStart))
        // A configuration above the git work tree likely belongs to something else: said aloud.
        if let path, config == nil, let workTree = Configuration.workTreeBelow(path, from: searchStart) {
            Output.error(VisibleText.escaped("corpuslint: using the configuration \(path), found above this git work tree (\(workTree)); "
                                             + "--no-config ignores it, --config names another"))
        }
        do {
            return try ProjectRules.load(configurationFile: path, packs: packs, allowOutsidePacks: allowOutsidePacks, limits: try limits())
        } catch let error as PackErrors {
            // Messages quote what packs and configurations hold: escaped, since a corpus may bring them.
            Output.error(Self.ordered(error.errors).map { VisibleText.escaped($0.description) }.joined(separator: "\n"))
            throw ExitCode(2)
        }
    }

    /// File by file in the order first met, each file's mistakes by position; each once.
    static func ordered(_ mistakes: [PackError]) -> [PackError] {
        var fileOrder: [String: Int] = [:]
        for mistake in mistakes where fileOrder[mistake.file] == nil { fileOrder[mistake.file] = fileOrder.count }
        var seen = Set<String>()
        return mistakes.enumerated()
            .sorted { (fileOrder[$0.element.file]!, $0.element.line, $0.element.column, $0.offset) < (fileOrder[$1.element.file]!, $1.element.line, $1.element.column, $1.offset) }
            .map(\.element).filter { seen.insert($0.description).inserted }
    }
}
