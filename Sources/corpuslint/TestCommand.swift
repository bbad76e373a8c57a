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

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        var options = ruleOptions
        if !packs.isEmpty { options.packs = packs }
        let (_, rules) = try options.load()
        let outcomes = ExampleRunner.run(rules)
        var failed = 0
        for outcome in outcomes where !outcome.passed {
            failed += 1
            Output.write("FAIL \(outcome.rule) example \(outcome.index) (\(outcome.file):\(outcome.line)): expected findings at lines \(outcome.expected), got \(outcome.actual)\n")
        }
        let missing = ExampleRunner.rulesMissingExamples(rules)
        for id in missing {
            Output.write("WARN \(id): needs an example that triggers and one that passes\n")
        }
        Output.write("\(outcomes.count - failed) passed, \(failed) failed (\(outcomes.count) examples of \(rules.rules.count) rules)\n")
        if failed > 0 { throw ExitCode(1) }
    }
}
