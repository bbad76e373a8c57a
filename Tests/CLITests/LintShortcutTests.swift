import Testing
@testable import corpuslint

/// A plain lint run is parsed by the lint command alone, into the command the root would parse;
/// everything else is left to the root.
@Suite struct LintShortcutTests {
    /// What a parsed lint command holds, option by option, across its groups.
    private func summary(_ command: LintCommand) -> String {
        [command.paths.joined(separator: "|"), command.ruleOptions.packs.joined(separator: "|"), "\(command.ruleOptions.noConfig)",
         "\(command.ruleOptions.config ?? "-")", "\(command.format.map { "\($0)" } ?? "-")", command.failOn.rawValue,
         "\(command.maxWarnings ?? -1)", "\(command.quiet)", "\(command.jobs ?? -1)", "\(command.maxFileSize)",
         command.inputOptions.select.joined(separator: "|"), "\(command.inputOptions.allowEmpty)", "\(command.displayOptions.color)",
         "\(command.displayOptions.showSource.map { "\($0)" } ?? "-")", "\(command.scaleOptions.cache)", "\(command.fixOptions.fix)",
         "\(command.baselineOptions.baseline ?? "-")", "\(command.htmlOptions.htmlGroupBy ?? "-")"].joined(separator: " ")
    }

    @Test(arguments: [
        ["lint", "--no-config", "doc.md"],
        ["--no-config", "doc.md"],
        [],
        ["lint"],
        ["a.md", "rules", "lint"],
        ["--rules", "un", "--rules", "core", "--format", "json", "--fail-on", "warning", "--max-warnings", "3", "-"],
        ["lint", "--quiet", "--jobs", "2", "--max-file-size", "10", "--select", "a/b,c/", "--allow-empty", "x"],
        ["--color", "never", "--no-show-source", "--cache", "--fix", "--baseline", "b.txt", "--html-group-by", "language", "y"],
        ["lint", "--", "--help", "lint"],
    ])
    func parsesWhatTheRootParses(_ arguments: [String]) throws {
        let shortcut = try #require(LintShortcut.parse(arguments))
        let root = try #require(try CorpusLintCommand.parseAsRoot(arguments) as? LintCommand)
        #expect(summary(shortcut) == summary(root))
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["lint", "--help"], ["x.md", "--help"], ["--version"], ["help"], ["help", "lint"], ["rules"],
        ["explain", "footnote/gap"], ["--generate-completion-script", "zsh"], ["lint", "--generate-completion-script=bash"],
        ["---completion", "--", "--rules", "0", "0"], ["--no-such-option"], ["-qh", "x.md"], ["x.md", "--help-hidden"], ["--experimental-dump-help"], ["lint", "--fail-on", "bogus"], ["--max-warnings", "-1"],
    ])
    func leavesEverythingElseToTheRoot(_ arguments: [String]) {
        #expect(LintShortcut.parse(arguments) == nil)
    }
}
