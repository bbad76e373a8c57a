import Foundation
import PackagePlugin

/// Embeds the rule packs of `rules/` into the CorpusLint library at build time, so that the
/// binary carries its packs and runs from any working directory; `rules/` stays the one source.
@main
struct EmbedRulePacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appendingPathComponent("rules")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BundledRulePacks.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "yml" || url.pathExtension == "yaml" {
                inputs.append(url)
            }
        }
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) rule pack files",
            executable: try context.tool(named: "RulePackEmbedder").url,
            arguments: [rules.path, output.path],
            inputFiles: inputs.sorted { $0.path < $1.path },
            outputFiles: [output]
        )]
    }
}
