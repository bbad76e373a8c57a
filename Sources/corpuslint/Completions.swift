import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// well (it is the default command: most users never type `lint`). ArgumentParser's scripts
    /// complete only the root's own options there, so each shell's script is patched where it
    /// dispatches on the first word; `nil` when that place is not found (a changed generator), and a
    /// test says so.
    static func script(for shellName: String) -> String? {
        guard let shell = CompletionShell(rawValue: shellName) else { return nil }
        let script = CorpusLintCommand.completionScript(for: shell)
        let names = TopLevelHelp.subcommands
        switch shell {
        case .bash: return patched(script, after: "        COMPREPLY+=($(compgen -W '\(names.joined(separator: " "))' -- \"${cur}\"))\n", with: """
                    # Not a command: the words are the default command's (lint) options and paths.
                    unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")
                    _corpuslint_lint

            """)
        case .zsh: return patched(script, after: "    local -ir current_word_index=\"$((CURRENT - 1))\"\n", with: """

                # The first word is no command (an option or a path): the default command's (lint)
                # options and paths, with the command names too while that first word is typed.
                if [[ ${words[2]} != (\(names.joined(separator: "|"))) ]] && (( CURRENT > 2 )) || [[ ${words[2]} == -* ]]; then
                    _corpuslint_lint
                    return
                fi
                if (( CURRENT == 2 )); then
                    _corpuslint_lint
                fi

            """)
        case .fish: return patched(script, after: "        __corpuslint_parse_subcommand 0 'version' 'h/help'\n", with: """
                    # The first word is no command (an option or a path): read the words as the
                    # default command's (lint), so its options and paths are offered.
                    if not contains -- "$unparsed_tokens[1]" \(names.joined(separator: " "))
                        and begin; test (count $unparsed_tokens) -gt 0; or string match -q -- '-*' (commandline -ct); end
                        set -p unparsed_tokens lint
                    end

            """)
        default: return script
        }
    }

    /// `script` with `addition` inserted after the first `anchor`, or `nil` without the anchor.
    static func patched(_ script: String, after anchor: String, with addition: String) -> String? {
        guard let range = script.firstRange(of: anchor) else { return nil }
        var patched = script
        patched.replaceSubrange(range, with: anchor + addition)
        return patched
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
            var info = stat()
            if stat(folder + name, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return buildFolders.contains(name) ? nil : folder + name + "/" }
            return extensions.contains(PathText.pathExtension(of: name).lowercased()) ? folder + name : nil
        }
    }
}
