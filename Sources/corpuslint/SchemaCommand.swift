import ArgumentParser
import CorpusLint

/// `corpuslint schema config|pack`: the JSON Schema of `.corpuslint.yml` or of a rule pack, for
/// editors with the YAML language server (docs/configuration.md, "In the editor").
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of .corpuslint.yml (config) or of a rule pack (pack), for editors.",
        discussion: "The same schemas are in the repository's schemas/ folder. Point the YAML language server at one with "
            + "`# yaml-language-server: $schema=PATH` at the top of a file, or with the `yaml.schemas` setting."
    )

    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case config, pack
    }

    @Argument(help: "config (the configuration file) or pack (a rule pack).")
    var subject: Subject

    func run() throws {
        switch subject {
        case .config: Output.write(ConfigurationSchema.schema.rendered)
        case .pack: Output.write(RulePackSchema.schema.rendered)
        }
    }
}
