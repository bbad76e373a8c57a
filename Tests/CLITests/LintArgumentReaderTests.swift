import ArgumentParser
import Testing
@testable import corpuslint

/// The fast reader of a plain lint run reads what ArgumentParser reads, for every lint option,
/// and leaves everything else to ArgumentParser.
@Suite struct LintArgumentReaderTests {
    /// What ArgumentParser makes of `arguments`, parsed from the root as `main` parses them.
    private func parsed(_ arguments: [String]) throws -> LintSettings {
        try #require(try CorpusLintCommand.parseAsRoot(arguments) as? LintCommand).settings
    }

    /// The long options of `lint --help`, as ArgumentParser lists them.
    private static let helpOptions: Set<String> = {
        let help = CorpusLintCommand.helpMessage(for: LintCommand.self)
        return Set(help.matches(of: /--[a-z][a-z-]+/).map { String($0.output) }).subtracting(["--help", "--version"])
    }()

    /// A value each option takes, other than its default; a flag takes none.
    private static let samples: [String: String] = [
        "--format": "json", "--output": "report.json", "--fail-on": "warning", "--max-warnings": "3", "--max-file-size": "10",
        "--jobs": "2", "--reference": "old", "--rules": "un", "--config": "c.yml", "--pack-limit": "rules=5",
        "--baseline": "b.txt", "--write-baseline": "w.txt", "--html-group-by": "language", "--shard": "1/2",
        "--shard-report": "s.jsonl", "--cache-location": "cache", "--stdin-filename": "a.md", "--select": "a/b,c/",
        "--ignore": "footnote/", "--color": "never",
    ]

    /// A second value of each repeatable option, so that the order of values is compared too.
    private static let otherSamples = ["--rules": "core", "--pack-limit": "bytes=7", "--select": "x", "--ignore": "y/"]

    @Test func everyLintOptionIsReadOrKnownToBeLeftToArgumentParser() {
        #expect(Self.helpOptions.count >= 30, "\(Self.helpOptions.sorted())")
        let read = Set(LintArgumentReader.options.keys)
        #expect(Self.helpOptions.subtracting(read).isEmpty, "the reader lacks \(Self.helpOptions.subtracting(read).sorted())")
        #expect(read.subtracting(Self.helpOptions).isEmpty, "the reader has options lint lacks: \(read.subtracting(Self.helpOptions).sorted())")
    }

    @Test func everyOptionReadsAsArgumentParserReadsIt() throws {
        for name in LintArgumentReader.options.keys.sorted() {
            let option = try #require(LintArgumentReader.options[name])
            // Forms the reader must read, and edge forms it may leave to ArgumentParser.
            var read: [[String]] = [], edges: [[String]] = []
            if option.takesValue {
                let value = try #require(Self.samples[name], "no sample value for \(name)")
                read = [[name, value, "x.md"], ["lint", "x.md", "\(name)=\(value)"], ["--", name]]
                if option.repeatable {
                    let other = try #require(Self.otherSamples[name], "no second sample value for \(name)")
                    read.append([name, value, "x.md", name, other, "\(name)=\(value)"])
                }
                edges = [["\(name)=", "x.md"], [name, "", "x.md"], [name, "-", "x.md"], ["x.md", name]]
            } else {
                // `--unsafe-fixes` is valid only beside `--fix` or `--diff`.
                let with = name == "--unsafe-fixes" ? ["--diff"] : []
                read = [[name, "x.md"] + with, ["lint", "a.md", name, "b.md"] + with, ["--", name]]
                edges = [["\(name)=yes", "x.md"], [name, name, "x.md"]]
            }
            for arguments in read {
                let fast = try #require(LintArgumentReader.validSettings(arguments), "\(arguments) is not read")
                #expect(fast == (try parsed(arguments)), "\(arguments)")
            }
            for arguments in edges {
                guard let fast = LintArgumentReader.validSettings(arguments) else { continue }
                #expect(fast == (try? parsed(arguments)), "\(arguments)")
            }
        }
    }

    @Test(arguments: [
        ["lint", "--no-config", "doc.md"],
        ["--no-config", "doc.md"],
        [],
        ["lint"],
        ["a.md", "rules", "lint"],
        ["-"],
        ["lint", "--stdin-filename", "a/b.md", "-"],
        [""],
        ["--rules", "un", "--rules", "core", "--format", "json", "--fail-on", "warning", "--max-warnings", "3", "-"],
        ["lint", "--quiet", "--jobs", "2", "--max-file-size", "10", "--select", "a/b,c/", "--allow-empty", "x"],
        ["--color", "never", "--no-show-source", "--cache", "--fix", "--baseline", "b.txt", "--html-group-by", "language", "y"],
        ["--cache", "--no-cache", "--show-source", "--no-show-source", "z"],
        ["--no-cache", "--cache", "--no-show-source", "--show-source", "z"],
        ["--fix", "--unsafe-fixes", "--diff", "--statistics", "--timing", "--show-files", "--allow-outside-packs", "a", "b"],
        ["lint", "--", "--help", "lint", "-"],
        ["--shard=2/3", "--shard-report=r.jsonl", "--pack-limit", "rules=9", "--pack-limit=bytes=7", "doc.md"],
        ["--select", "x", "--ignore", "y", "--select=z", "--", "--select"],
    ])
    func readsWhatArgumentParserReads(_ arguments: [String]) throws {
        let fast = try #require(LintArgumentReader.validSettings(arguments))
        #expect(fast == (try parsed(arguments)))
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["lint", "--help"], ["x.md", "--help"], ["--version"], ["help"], ["help", "lint"], ["rules"],
        ["explain", "footnote/gap"], ["--generate-completion-script", "zsh"], ["lint", "--generate-completion-script=bash"],
        ["---completion", "--", "--rules", "0", "0"], ["--no-such-option"], ["-qh", "x.md"], ["x.md", "--help-hidden"],
        ["--experimental-dump-help"], ["lint", "--fail-on", "bogus"], ["--max-warnings", "-1"], ["--max-warnings=-1"],
        ["--jobs", "two"], ["--shard", "3/2"], ["--pack-limit", "nothing=1"], ["--unsafe-fixes", "x.md"], ["--format"],
        ["--quiet=true", "x"], ["--output", "-"], ["-x"],
    ])
    func leavesEverythingElseToArgumentParser(_ arguments: [String]) {
        #expect(LintArgumentReader.validSettings(arguments) == nil)
    }

    /// An option given twice, unless it is a list, is ArgumentParser's to judge.
    @Test func leavesAnOptionGivenTwiceToArgumentParser() throws {
        for (name, option) in LintArgumentReader.options where !option.repeatable {
            let words = option.takesValue ? [name, try #require(Self.samples[name])] : [name]
            #expect(LintArgumentReader.settings(words + words + ["x.md"]) == nil, "\(name)")
        }
    }
}
