import Foundation
import Testing

/// The docs describe the tool that is built: every option of `lint --help` is in the option
/// tables of README.md and docs/configuration.md, no table names an option the tool lacks, and the
/// top-level help shows the lint options.
@Suite struct DocsMatchToolTests {
    static func options(in text: String) -> Set<String> {
        Set(text.matches(of: /--[a-z][a-z-]+/).map { String($0.output) })
    }

    /// The rows of the first table whose header starts `| option |`.
    static func optionTable(_ path: String) throws -> String {
        let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("| option |") }) else { return "" }
        return lines[start...].prefix { $0.hasPrefix("|") }.joined(separator: "\n")
    }

    @Test func optionTablesListEveryLintOption() throws {
        let help = try CLIRunner.run(["lint", "--help"])
        #expect(help.status == 0)
        let fromHelp = Self.options(in: help.stdout).subtracting(["--help", "--version"])
        #expect(fromHelp.count >= 20, "\(fromHelp.sorted())")
        for doc in ["README.md", "docs/configuration.md"] {
            let table = try Self.optionTable(doc)
            let documented = Self.options(in: table)
            #expect(fromHelp.subtracting(documented).isEmpty, "\(doc) lacks \(fromHelp.subtracting(documented).sorted())")
            #expect(documented.subtracting(fromHelp).isEmpty, "\(doc) names options the tool lacks: \(documented.subtracting(fromHelp).sorted())")
        }
    }

    @Test func topLevelHelpShowsTheLintOptions() throws {
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("SUBCOMMANDS:"))
        let lint = try CLIRunner.run(["lint", "--help"])
        let missing = Self.options(in: lint.stdout).subtracting(Self.options(in: help.stdout))
        #expect(missing.isEmpty, "corpuslint --help lacks \(missing.sorted())")
    }
}

/// `swift test` never reaches the network: what the tests need, `.ci/run` installs beforehand.
@Suite struct OfflineTestsTests {
    @Test func noTestInstallsOrDownloadsAnything() throws {
        let tests = CLIRunner.packageRoot.appendingPathComponent("Tests")
        let enumerator = try #require(FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil))
        let fetches = [#""pip", "install""#, #""install", "--quiet""#, "URLSession", #""curl""#, #""wget""#, #""git", "clone", "http"#]
        var offenders: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" && url.lastPathComponent != "DocsMatchToolTests.swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for fetch in fetches where text.contains(fetch) { offenders.append("\(url.lastPathComponent): \(fetch)") }
        }
        #expect(offenders.isEmpty, "\(offenders)")
        let ci = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.contains("pip install") && ci.contains("pre-commit"), ".ci/run installs the test tools")
    }
}
