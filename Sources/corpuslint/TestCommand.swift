import ArgumentParser
import CorpusLint

/// `corpuslint test [PACK…]`: runs the examples of rule packs like a test runner.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the examples written next to each rule of the packs (default: the configuration's packs)."
    )

    @Argument(help: "Rule packs to test (built-in names or paths).", completion: Completions.packs)
    var packs: [String] = []

    @Flag(help: "With PACK arguments: also run the examples of the packs they extend.")
    var withExtended = false

    @OptionGroup var ruleArguments: RuleArguments

    func run() throws {
        var options = ruleArguments.options
        if !packs.isEmpty { options.packs = packs }
        let (_, rules) = try options.load()
        // A pack's examples are linted with every rule it builds on, but only its own are run.
        let own = packs.isEmpty || withExtended ? nil : packs.reduce(into: Set<String>()) { $0.formUnion(PackStore.builtIn.ownFiles($1)) }
        let outcomes = ExampleRunner.run(rules, files: own)
        var failed = 0
        for outcome in outcomes where !outcome.passed {
            failed += 1
            Output.write("FAIL \(outcome.rule) example \(outcome.index) (\(outcome.file):\(outcome.line)): expected findings at lines \(outcome.expected), got \(outcome.actual)\n")
        }
        let missing = ExampleRunner.rulesMissingExamples(rules, files: own)
        for id in missing {
            Output.write("WARN \(id): needs an example that triggers and one that passes\n")
        }
        let count = rules.rules.filter { own?.contains($0.info.file) ?? true }.count
        Output.write("\(outcomes.count - failed) passed, \(failed) failed (\(outcomes.count) examples of \(count) rule\(count == 1 ? "" : "s")"
                     + (count == rules.rules.count ? "" : " of \(packs.joined(separator: ", ")); --with-extended adds those of the packs extended") + ")\n")
        if failed > 0 { throw ExitCode(1) }
    }
}
