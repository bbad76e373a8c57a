import Foundation
import Testing

/// The formats and gates of `corpuslint lint`: --format, GitHub Actions' default, --output,
/// --quiet, --statistics, --max-warnings, and the exit code each leads to.
@Suite struct ReportGatesTests {
    /// A folder with one error (bad.md), two warnings (bom.md, cr.md) and one info (crlf.md) under the core pack.
    static func corpus() throws -> URL {
        let folder = try LintCommandTests.temporaryFolder()
        let files: [String: [UInt8]] = [
            "bad.md": Array("No front matter\n".utf8),
            "bom.md": [0xEF, 0xBB, 0xBF] + Array("---\nsymbol: A/RES/80/35\n---\n\nText.\n".utf8),
            "cr.md": Array("---\rsymbol: A/RES/80/35\r---\r\rText.\r".utf8),
            "crlf.md": Array("---\r\nsymbol: A/RES/80/35\r\n---\r\n\r\nText.\r\n".utf8),
        ]
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static func lint(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> CLIRunner.Result {
        try CLIRunner.run(["lint", "--rules", "core"] + arguments, in: folder, environment: environment)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func everyFormatWritesToStandardOutput() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["sarif", "codeclimate", "json"] {
            let result = try Self.lint(["--format", format, "."], in: folder)
            #expect(result.status == 1, "\(format): an error fails the run")
            #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any] || format == "codeclimate")
        }
        let sarif = try Self.lint(["--format", "sarif", "."], in: folder)
        #expect(sarif.stdout.contains(#""version" : "2.1.0""#))
        #expect(sarif.stdout.contains(#""uri" : "bad.md""#))
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(Self.lint(["--format", "codeclimate", "."], in: folder).stdout.utf8)) as? [[String: Any]])
        #expect(issues.count == 4)
        let junit = try Self.lint(["--format", "junit", "."], in: folder)
        #expect(junit.stdout.contains(#"<testsuites name="corpuslint" tests="4" failures="1" errors="0""#))
        let checkstyle = try Self.lint(["--format", "checkstyle", "."], in: folder)
        #expect(checkstyle.stdout.contains(#"<error line="1" column="1" severity="error" message="the file does not start with a `---` front-matter block" source="front-matter/missing"/>"#))
        let jsonl = try Self.lint(["--format", "jsonl", "."], in: folder)
        #expect(Self.lines(jsonl.stdout).count == 5)
        #expect(Self.lines(jsonl.stdout).last?.hasPrefix(#"{"summary":{"#) == true)
    }

    @Test func gitHubActionsGetsAnnotationsUnlessAFormatIsGiven() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let onGitHub = try Self.lint(["."], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        #expect(onGitHub.status == 1)
        #expect(Self.lines(onGitHub.stdout).first == "::error title=corpuslint (front-matter/missing),file=bad.md,line=1,endLine=1,col=1,endColumn=3::the file does not start with a `---` front-matter block")
        #expect(onGitHub.stdout.contains("::notice title=corpuslint (core/crlf-line-endings),file=crlf.md,"))
        let asked = try Self.lint(["--format", "text", "."], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        #expect(Self.lines(asked.stdout).first == "bad.md:1:1: error: the file does not start with a `---` front-matter block [front-matter/missing]")
    }

    @Test func outputWritesTheFormatToAFileAndTextToTheTerminal() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.lint(["--format", "sarif", "--output", "report.sarif", "."], in: folder)
        #expect(result.status == 1)
        #expect(Self.lines(result.stdout).first == "bad.md:1:1: error: the file does not start with a `---` front-matter block [front-matter/missing]")
        let report = try String(contentsOf: folder.appendingPathComponent("report.sarif"), encoding: .utf8)
        #expect(report.contains(#""ruleId" : "front-matter/missing""#))
        let onGitHub = try Self.lint(["--format", "jsonl", "--output", "out.jsonl", "."], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        #expect(onGitHub.stdout.hasPrefix("::error "), "on GitHub Actions the terminal gets annotations")
        #expect(Self.lines(try String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8)).count == 5)
    }

    @Test func outputMistakesExitTwo() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Without --format, the file's extension names the format.
        let noFormat = try Self.lint(["--output", "report.sarif", "."], in: folder)
        #expect(noFormat.status == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.sarif"), encoding: .utf8).contains("\"$schema\""))
        let nowhere = try Self.lint(["--format", "sarif", "--output", "no/such/folder/report.sarif", "."], in: folder)
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.hasPrefix("no/such/folder/report.sarif: cannot write the report there"))
        #expect(nowhere.stdout.isEmpty, "nothing is linted")
        let badFormat = try Self.lint(["--format", "xml", "."], in: folder)
        #expect(badFormat.status == 2, "a usage mistake exits 2, not ArgumentParser's 64")
    }

    @Test func quietShowsOnlyFindingsAtTheFailLevel() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let quiet = try Self.lint(["--quiet", "."], in: folder)
        #expect(quiet.status == 1)
        #expect(Self.lines(quiet.stdout).count == 2)
        #expect(quiet.stdout.hasPrefix("bad.md:1:1: error:"))
        #expect(Self.lines(quiet.stdout).last?.hasPrefix("4 files checked, 4 with findings: 1 error, 2 warnings, 1 info") == true)
        let warnings = try Self.lint(["--quiet", "--fail-on", "warning", "--format", "jsonl", "."], in: folder)
        #expect(Self.lines(warnings.stdout).count == 4, "1 error, 2 warnings, the summary")
        let never = try Self.lint(["--quiet", "--fail-on", "never", "."], in: folder)
        #expect(never.status == 0)
        #expect(Self.lines(never.stdout).count == 1, "only the summary")
    }

    @Test func statisticsCountEveryFindingPerRule() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Self.lint(["--statistics", "--quiet", "."], in: folder)
        #expect(Array(Self.lines(text.stdout).suffix(5)) == [
            "    1  warning  core/byte-order-mark",
            "    1  info     core/crlf-line-endings",
            "    1  warning  core/line-endings",
            "    1  error    front-matter/missing",
            "    4  findings",
        ])
        let json = try Self.lint(["--statistics", "--format", "json", "."], in: folder)
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any], "standard output stays one JSON document")
        #expect(json.stderr.hasSuffix("    4  findings\n"))
    }

    @Test func maxWarningsFailsARunWithTooManyWarnings() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bad.md"))
        #expect(try Self.lint(["."], in: folder).status == 0, "warnings alone do not fail the run")
        #expect(try Self.lint(["--max-warnings", "2", "."], in: folder).status == 0)
        let over = try Self.lint(["--max-warnings", "1", "."], in: folder)
        #expect(over.status == 1)
        #expect(over.stderr == "corpuslint: 2 warnings, more than --max-warnings 1\n")
        #expect(try Self.lint(["--max-warnings", "0", "--fail-on", "never", "."], in: folder).status == 1, "--max-warnings holds whatever --fail-on says")
        #expect(try Self.lint(["--max-warnings", "-1", "."], in: folder).status == 2)
    }

    @Test func failOnLevels() throws {
        let folder = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bad.md"))
        #expect(try Self.lint(["--fail-on", "error", "."], in: folder).status == 0)
        #expect(try Self.lint(["--fail-on", "warning", "."], in: folder).status == 1)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bom.md"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("cr.md"))
        #expect(try Self.lint(["--fail-on", "warning", "."], in: folder).status == 0)
        #expect(try Self.lint(["--fail-on", "info", "."], in: folder).status == 1)
        #expect(try Self.lint(["--fail-on", "never", "."], in: folder).status == 0)
    }
}
