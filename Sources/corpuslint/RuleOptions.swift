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

    /// The configuration and the compiled rules, or exit code 2 with every mistake printed: those
    /// of the configuration and of the packs together, file by file in position order.
    func load() throws -> (Configuration, RuleSet) {
        var configuration = Configuration()
        var mistakes: [PackError] = []
        if let path = config ?? (noConfig ? nil : Configuration.discover(from: searchStart)) {
            let (read, errors) = Configuration.loadCollecting(path)
            configuration = read
            mistakes += errors
        }
        let references = packs.isEmpty ? configuration.packs : packs.map { PackReference(name: $0) }
        let base = packs.isEmpty ? configuration.directory : nil
        do {
            let rules = try PackLoader.load(references, baseDirectory: base, overrides: configuration.severity)
            mistakes += configuration.mistakes(against: rules)
            if mistakes.isEmpty { return (configuration, rules) }
        } catch {
            mistakes += error.errors
        }
        Output.error(Self.ordered(mistakes).map(\.description).joined(separator: "\n"))
        throw ExitCode(2)
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
