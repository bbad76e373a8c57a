import ArgumentParser
import CorpusLint
import Reporters

/// Reads a plain lint run's command line (`corpuslint [lint] [OPTIONS] PATHS…`) without
/// ArgumentParser, which is what a pre-commit hook pays on every commit.
///
/// ArgumentParser learns a command's options by reflection: in a static binary each property
/// wrapper type costs a scan of the ~6,000 protocol conformance records and a metadata lookup by
/// mangled name. That was 23.9 M of the 61.4 M instructions of `lint --no-config ONE.md`, even
/// with the lint command parsed alone, and making a `LintCommand` at all (its property wrappers)
/// 2.5 M more. This reader takes the lint options one by one from a table into `LintSettings`,
/// converting values with the same `ExpressibleByArgument` initializers ArgumentParser uses.
///
/// Anything it is not sure of goes to ArgumentParser as before, so that help, versions,
/// completions and every message stay ArgumentParser's own: another command, an unknown word
/// (`--help`, `--version`, `-qh`…), a value it cannot convert, that starts with `-` or is empty, a single
/// option given twice, a value ArgumentParser's validation refuses. `LintArgumentReaderTests`
/// proves that what it accepts reads as ArgumentParser reads it, for every lint option.
enum LintArgumentReader {
    /// The settings of `arguments` when they are a lint run this reader reads; nil to leave
    /// them to ArgumentParser.
    static func settings(_ arguments: [String]) -> LintSettings? {
        var words = arguments[...]
        // `lint` first (as the pre-commit hook writes it) names the command the rest is for.
        if words.first == LintCommand._commandName {
            words.removeFirst()
        } else if let first = words.first, TopLevelHelp.subcommands.contains(first) || first.hasPrefix("---") {
            // Another command, or `---completion` asking the root for a shell's completions.
            return nil
        }
        var settings = LintSettings()
        var paths: [String] = []
        var seen = Set<String>()
        while let word = words.popFirst() {
            // After `--`, every word is a path; `-` alone is standard input.
            if word == "--" {
                paths += words
                break
            }
            guard word.hasPrefix("--") else {
                if word.hasPrefix("-"), word != InputOptions.standardInput { return nil }
                paths.append(word)
                continue
            }
            let (name, attached) = split(word)
            guard let option = options[name], option.repeatable || seen.insert(name).inserted else { return nil }
            let value: String
            switch (option.takesValue, attached) {
            case (false, nil): value = ""
            case (false, _?): return nil
            // `--config=` with nothing after it: ArgumentParser takes the next word as the value.
            case (true, let attached?) where attached.isEmpty: return nil
            case (true, let attached?): value = attached
            case (true, nil):
                guard let next = words.popFirst() else { return nil }
                value = next
            }
            // ArgumentParser reads a value that starts with `-` as an option (or refuses it): its call.
            guard !value.hasPrefix("-"), option.apply(&settings, value) else { return nil }
        }
        if !paths.isEmpty { settings.paths = paths }
        return settings
    }

    /// `--name=value` as the name and the value; `--name` as the name alone.
    private static func split(_ word: String) -> (String, String?) {
        guard let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    /// How one option's word changes the settings.
    struct Option: Sendable {
        var takesValue: Bool
        /// Whether it may be given more than once (its values are a list).
        var repeatable: Bool
        /// Sets the option from its value (empty for a flag); false when the value is not one it takes.
        var apply: @Sendable (inout LintSettings, String) -> Bool

        static func flag(_ set: @escaping @Sendable (inout LintSettings) -> Void) -> Option {
            Option(takesValue: false, repeatable: false) { settings, _ in set(&settings); return true }
        }

        /// An option of one value, converted as ArgumentParser converts it.
        static func value<Value: ExpressibleByArgument>(_ set: @escaping @Sendable (inout LintSettings, Value) -> Void) -> Option {
            Option(takesValue: true, repeatable: false) { settings, text in
                guard let value = Value(argument: text) else { return false }
                set(&settings, value)
                return true
            }
        }

        /// A repeatable option whose values are kept in order.
        static func list(_ set: @escaping @Sendable (inout LintSettings, String) -> Void) -> Option {
            Option(takesValue: true, repeatable: true) { settings, text in set(&settings, text); return true }
        }
    }

    /// Every lint option, by the name `lint --help` shows. An option missing here still works,
    /// through ArgumentParser; the tests list those that would be missed.
    static let options: [String: Option] = [
        "--format": .value { $0.format = $1 as ReportFormat },
        "--output": .value { $0.output = $1 as String },
        "--fail-on": .value { $0.failOn = $1 as FailLevel },
        "--max-warnings": .value { $0.maxWarnings = $1 as Int },
        "--quiet": .flag { $0.quiet = true },
        "--statistics": .flag { $0.statistics = true },
        "--max-file-size": .value { $0.maxFileSize = $1 as Int },
        "--jobs": .value { $0.jobs = $1 as Int },
        "--timing": .flag { $0.timing = true },
        "--reference": .value { $0.reference = $1 as String },

        "--rules": .list { $0.rules.packs.append($1) },
        "--config": .value { $0.rules.config = $1 as String },
        "--no-config": .flag { $0.rules.noConfig = true },
        "--allow-outside-packs": .flag { $0.rules.allowOutsidePacks = true },
        "--pack-limit": .list { $0.rules.packLimit.append($1) },

        "--fix": .flag { $0.fixes.fix = true },
        "--unsafe-fixes": .flag { $0.fixes.unsafeFixes = true },
        "--diff": .flag { $0.fixes.diff = true },

        "--baseline": .value { $0.baseline.baseline = $1 as String },
        "--write-baseline": .value { $0.baseline.writeBaseline = $1 as String },

        "--html-group-by": .value { $0.html.htmlGroupBy = $1 as String },

        "--shard": .value { $0.scale.shard = $1 as Shard },
        "--shard-report": .value { $0.scale.shardReport = $1 as String },
        "--cache": .flag { $0.scale.cache = true },
        "--no-cache": .flag { $0.scale.cache = false },
        "--cache-location": .value { $0.scale.cacheLocation = $1 as String },

        "--allow-empty": .flag { $0.inputs.allowEmpty = true },
        "--show-files": .flag { $0.inputs.showFiles = true },
        "--stdin-filename": .value { $0.inputs.stdinFilename = $1 as String },
        "--select": .list { $0.inputs.select.append($1) },
        "--ignore": .list { $0.inputs.ignore.append($1) },

        "--color": .value { $0.display.color = $1 as DisplayOptions.ColorChoice },
        "--show-source": .flag { $0.display.showSource = true },
        "--no-show-source": .flag { $0.display.showSource = false },
    ]

    /// The settings of `arguments`, when this reader reads them and they pass ArgumentParser's
    /// validation; nil to leave them to ArgumentParser.
    static func validSettings(_ arguments: [String]) -> LintSettings? {
        guard let settings = settings(arguments), (try? settings.validate()) != nil else { return nil }
        return settings
    }
}
