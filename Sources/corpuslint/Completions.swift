import ArgumentParser
import CorpusLint
import Foundation

/// Shell completions beyond ArgumentParser's own: pack names and rule ids, computed when the user
/// presses TAB (the shell calls the binary back), so they follow the packs in force.
enum Completions {
    /// Built-in pack names, then pack files (`.yml`, `.yaml`) and folders under what is typed.
    static let packs = CompletionKind.custom { _, _, prefix in
        PackStore.builtIn.builtInNames.filter { $0.hasPrefix(prefix) } + files(matching: prefix, extensions: ["yml", "yaml"])
    }

    /// The rule ids in force: those of `--rules` packs typed on the line, else of the configuration.
    static let ruleIDs = CompletionKind.custom { words, _, prefix in
        var packs: [String] = []
        for (index, word) in words.enumerated() where word == "--rules" && index + 1 < words.count {
            packs.append(words[index + 1])
        }
        var configuration = Configuration()
        if packs.isEmpty, let path = Configuration.discover(from: FileManager.default.currentDirectoryPath) {
            configuration = (try? Configuration.load(path)) ?? configuration
        }
        let references = packs.isEmpty ? configuration.packs : packs.map { PackReference(name: $0) }
        let rules = try? PackLoader.load(references, baseDirectory: packs.isEmpty ? configuration.directory : nil, overrides: configuration.severity)
        return (rules?.reportIDs.keys.sorted() ?? []).filter { $0.hasPrefix(prefix) }
    }

    /// The generated script, with the lint command's options and paths offered at the top level as
    /// well (it is the default command: most users never type `lint`).
    static func script(for shellName: String) -> String? {
        guard let shell = CompletionShell(rawValue: shellName) else { return nil }
        let script = CorpusLintCommand.completionScript(for: shell)
        guard shell == .bash else { return script }
        let subcommands = "        COMPREPLY+=($(compgen -W 'lint rules explain test init merge help' -- \"${cur}\"))\n"
        return script.replacingOccurrences(of: subcommands, with: subcommands + """
                    # Not a command: the words are the default command's (lint) options and paths.
                    unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")
                    _corpuslint_lint

            """)
    }

    /// Folders a pack is never in: build output and tool caches.
    static let buildFolders: Set<String> = [".build", "build", ".swiftpm", ".git", "node_modules", "DerivedData", "__pycache__", ".venv"]

    /// Folders (with a trailing `/`) and files with one of `extensions` whose path starts with `prefix`.
    static func files(matching prefix: String, extensions: Set<String>) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folder = slash.map { String(prefix[...$0]) } ?? ""
        let start = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.sorted().compactMap { name in
            guard name.hasPrefix(start), !name.hasPrefix(".") || start.hasPrefix(".") else { return nil }
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
            if isFolder.boolValue { return buildFolders.contains(name) ? nil : folder + name + "/" }
            return extensions.contains((name as NSString).pathExtension.lowercased()) ? folder + name : nil
        }
    }
}
