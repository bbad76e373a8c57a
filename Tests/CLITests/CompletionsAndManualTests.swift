import Foundation
import Testing
import TestSupport

/// Shell completions (`--generate-completion-script`) and the man page (swift-argument-parser's
/// GenerateManual plugin), as a user installs them.
@Suite struct CompletionsAndManualTests {
    static let bash = URL(fileURLWithPath: "/bin/bash")

    /// What bash offers for `line` (TAB at its end), with the generated script loaded as a user's
    /// shell loads it. The first word is the binary, so custom completions call it back.
    static func bashCompletions(_ line: String, folders: [String] = []) throws -> [String] {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in folders { try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true) }
        let script = try CLIRunner.run(["--generate-completion-script", "bash"])
        try script.stdout.write(to: folder.appendingPathComponent("corpuslint.bash"), atomically: true, encoding: .utf8)
        let driver = """
            source ./corpuslint.bash
            read -r -a COMP_WORDS <<< "$1"
            [[ "$1" == *" " ]] && COMP_WORDS+=("")
            COMP_WORDS[0]="$2"
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="$1"
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            _corpuslint corpuslint "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        try driver.write(to: folder.appendingPathComponent("driver.sh"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["driver.sh", line, CLIRunner.binary.path], in: folder, executable: bash)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// What zsh offers for `line` (TAB at its end): an interactive zsh in a pseudo-terminal (zpty)
    /// with compinit and the generated `_corpuslint` on its fpath, as a user's shell has them;
    /// `compadd` is wrapped to print each candidate, and a post-completion hook marks the end.
    static func zshCompletions(_ line: String) throws -> [String] {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try CLIRunner.run(["--generate-completion-script", "zsh"])
        try script.stdout.write(to: folder.appendingPathComponent("_corpuslint"), atomically: true, encoding: .utf8)
        let driver = #"""
            zmodload zsh/zpty
            zpty z zsh -f -i
            zpty -w z "fpath=($2 \$fpath); path=($3 \$path); autoload -U compinit; compinit -u -D"
            zpty -w z 'compprefuncs=( _cap_pre ); _cap_pre() { comppostfuncs=( _cap_post ) }'
            zpty -w z '_cap_post() { compstate[insert]=""; compstate[list]=""; print -r -- "<post>" }'
            zpty -w z 'compadd () { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi; typeset -a __hits; builtin compadd -A __hits "$@"; local i; for i in $__hits; do print -r -- "<hit>$i"; done; builtin compadd "$@" }'
            zpty -w z 'bindkey "^I" complete-word; PROMPT=""'
            zpty -w z "print '<ready>'"
            zpty -r z line '*<ready>*'
            zpty -r z line '*<ready>*'
            zpty -w -n z "$1"$'\t'
            zpty -r z out '*<post>*'
            zpty -w z $'\x03'
            zpty -d z
            print -r -- $out | grep -ao '<hit>[^[:cntrl:]]*' | sed 's/<hit>//' | sort -u
            """#
        try driver.write(to: folder.appendingPathComponent("driver.zsh"), atomically: true, encoding: .utf8)
        let zsh = URL(fileURLWithPath: try #require(shellPath("zsh")))
        let result = try CLIRunner.run(["-f", "driver.zsh", line, folder.path, CLIRunner.binary.deletingLastPathComponent().path],
                                       in: folder, executable: zsh)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// What fish offers for `line` (`complete -C`, fish's own query), the script sourced as fish
    /// loads it from its completions folder.
    static func fishCompletions(_ line: String) throws -> [String] {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try CLIRunner.run(["--generate-completion-script", "fish"])
        try script.stdout.write(to: folder.appendingPathComponent("corpuslint.fish"), atomically: true, encoding: .utf8)
        let fish = URL(fileURLWithPath: try #require(shellPath("fish")))
        let binaries = CLIRunner.binary.deletingLastPathComponent().path
        let result = try CLIRunner.run(["--no-config", "-c", "set -p PATH \(binaries); source corpuslint.fish; complete -C $argv[1]", line],
                                       in: folder, executable: fish)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
    }

    /// Most users never type `lint`: its options, values and rule ids come at the top level too.
    @Test(.needs("zsh and fish", Self.shellPath("zsh") != nil && Self.shellPath("fish") != nil))
    func zshAndFishCompleteTheLintOptionsWithoutTheCommand() throws {
        #expect(try Self.zshCompletions("corpuslint --fail") == ["--fail-on"])
        #expect(try Self.zshCompletions("corpuslint corpus/ --form") == ["--format"])
        #expect(try Self.zshCompletions("corpuslint --fail-on n") == ["never"])
        #expect(try Self.zshCompletions("corpuslint --select numbering/g") == ["numbering/gap"])
        #expect(try Self.zshCompletions("corpuslint exp") == ["explain"], "the commands still come first")
        #expect(try Self.zshCompletions("corpuslint explain numbering/g") == ["numbering/gap"])
        #expect(try Self.fishCompletions("corpuslint --fail") == ["--fail-on"])
        #expect(try Self.fishCompletions("corpuslint corpus/ --form") == ["--format"])
        #expect(try Self.fishCompletions("corpuslint --fail-on n") == ["never"])
        #expect(try Self.fishCompletions("corpuslint exp") == ["explain"])
        #expect(try Self.fishCompletions("corpuslint lint --quie") == ["--quiet"])
    }

    @Test(.needsProgram(bash.path))
    func bashCompletesCommandsOptionsValuesAndRuleIDs() throws {
        #expect(try Self.bashCompletions("corpuslint i") == ["init"])
        #expect(try Self.bashCompletions("corpuslint lint --write-b") == ["--write-baseline"])
        #expect(try Self.bashCompletions("corpuslint lint --format ") == ["text", "json", "sarif", "github", "junit", "checkstyle", "codeclimate", "jsonl", "html"])
        #expect(try Self.bashCompletions("corpuslint lint --fail-on n") == ["never"])
        #expect(try Self.bashCompletions("corpuslint lint --rules c") == ["core"])
        // Computed by the binary when TAB is pressed: the rule ids of the packs in force.
        #expect(try Self.bashCompletions("corpuslint explain numbering/") == ["numbering/duplicate", "numbering/gap", "numbering/lost-label", "numbering/out-of-order"])
        #expect(try Self.bashCompletions("corpuslint explain --rules core numbering/").isEmpty, "`core` has no numbering rules")
        #expect(try Self.bashCompletions("corpuslint explain --rules core front-matter/m") == ["front-matter/missing"])
    }

    @Test func everyShellGetsAScriptNamingEveryCommand() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try CLIRunner.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            for word in ["init", "explain", "write-baseline", "baseline", "fail-on", "codeclimate"] {
                #expect(script.stdout.contains(word), "\(shell) script names \(word)")
            }
        }
    }

    /// Each shell parses its script without running it (`.ci/run` installs zsh and fish).
    @Test(.needs("zsh and fish", Self.shellPath("zsh") != nil && Self.shellPath("fish") != nil))
    func everyShellParsesItsScript() throws {
        for (shell, check) in [("bash", ["-n"]), ("zsh", ["-n"]), ("fish", ["--no-execute"])] {
            let folder = try LintCommandTests.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("script")
            try CLIRunner.run(["--generate-completion-script", shell]).stdout.write(to: file, atomically: true, encoding: .utf8)
            let program = try #require(Self.shellPath(shell))
            let result = try CLIRunner.run(check + [file.path], executable: URL(fileURLWithPath: program))
            #expect(result.status == 0, "\(shell) \(check): \(result.stderr)")
        }
    }

    static func shellPath(_ name: String) -> String? {
        ["/bin/", "/usr/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The tool the GenerateManual plugin builds next to the binary (`swift package plugin
    /// generate-manual` once; `.ci/run` does it).
    static let manualTool = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("generate-manual-tool")

    @Test(.needs("generate-manual-tool (run `swift package plugin generate-manual --configuration debug` once) and groff",
                 FileManager.default.isExecutableFile(atPath: manualTool.path) && shellPath("groff") != nil))
    func theManPageDocumentsEveryCommandAndOption() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run([CLIRunner.binary.path, "--output-directory", folder.path], executable: Self.manualTool)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("corpuslint.1"), encoding: .utf8)
        #expect(page.contains(".Dt CORPUSLINT 1"))
        #expect(page.contains("`corpuslint PATHS...` is short for `corpuslint lint PATHS...`"))
        for item in [".It Em init", ".It Em explain", ".It Fl -write-baseline Ar FILE", ".It Fl -baseline Ar FILE", ".It Fl -force"] {
            #expect(page.contains(item), "the page has \(item)")
        }
        let groff = URL(fileURLWithPath: try #require(Self.shellPath("groff")))
        let check = try CLIRunner.run(["-mdoc", "-Tutf8", "-ww", "-z", folder.appendingPathComponent("corpuslint.1").path], executable: groff)
        #expect(check.status == 0 && check.stderr.isEmpty, "groff warns: \(check.stderr)")
    }
}
