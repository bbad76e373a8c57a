import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `corpuslint init`: a commented `.corpuslint.yml` in the working directory to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented .corpuslint.yml in the working directory, explaining every key, and its JSON Schema for editors."
    )

    @Flag(help: "Overwrite an existing .corpuslint.yml.")
    var force = false

    func run() throws {
        let path = Configuration.fileName
        if FileManager.default.fileExists(atPath: path), !force {
            Output.error("\(path) already exists: edit it, or overwrite it with `corpuslint init --force`")
            throw ExitCode(2)
        }
        // The corpus here decides the packs: those whose `applies-to` recognises its documents.
        let proposal = PackProposal.propose(["."])
        do {
            try ConfigurationTemplate.text(proposing: proposal).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Output.error("\(path): cannot write it here (\(Output.describe(error)))")
            throw ExitCode(2)
        }
        // The schema its modeline names: generated, so rewritten whenever init runs.
        let schema = ConfigurationTemplate.schemaFileName
        do {
            try ConfigurationSchema.schema.rendered.write(toFile: schema, atomically: true, encoding: .utf8)
        } catch {
            Output.error("\(schema): cannot write it here (\(Output.describe(error))); editors will not check \(path)")
        }
        Output.write("wrote \(path): `corpuslint rules` lists the rules it puts in force\n")
        Output.write("wrote \(schema): its JSON Schema, for editors (docs/configuration.md#in-the-editor)\n")
        if proposal.documents > 0 {
            Output.write("packs: [\(proposal.packs.joined(separator: ", "))], from \(proposal.documents) document\(proposal.documents == 1 ? "" : "s") looked at\n")
        }
    }
}
