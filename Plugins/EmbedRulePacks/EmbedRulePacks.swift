import Foundation
import PackagePlugin

/// Embeds the rule packs of `rules/` and the kinds' documentation of `docs/kinds/` into the
/// CorpusLint library at build time, so that the binary carries its packs and explains its kinds
/// from any working directory; `rules/` and `docs/kinds/` stay the one source of each.
@main
struct EmbedRulePacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "RulePackEmbedder").url
        let package = context.package.directoryURL
        return [
            embed(package.appendingPathComponent("rules"), extensions: ["yml", "yaml"], as: "BundledRulePacks",
                  what: "rule pack files", tool: tool, context: context),
            embed(package.appendingPathComponent("docs/kinds"), extensions: ["md"], as: "BundledKindDocumentation",
                  what: "kind documentation files", tool: tool, context: context),
        ]
    }

    private func embed(_ folder: URL, extensions: [String], as name: String, what: String, tool: URL, context: PluginContext) -> Command {
        let output = context.pluginWorkDirectoryURL.appendingPathComponent(name + ".swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where extensions.contains(url.pathExtension) { inputs.append(url) }
        }
        return .buildCommand(
            displayName: "Embedding \(inputs.count) \(what)",
            executable: tool,
            arguments: [folder.path, output.path, name, extensions.joined(separator: ",")],
            inputFiles: inputs.sorted { $0.path < $1.path },
            outputFiles: [output]
        )
    }
}
