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
