import Foundation
import Testing

/// Messages a person can act on: words instead of regexes, both sides of a mismatch as written,
/// ranges that cover the text, the line under the finding, every id explained, every mistake at once.
@Suite struct MessagesTests {
    @Test func patternFailuresSayWhatWasExpectedAndTitlesAreShownAsWritten() throws {
        let result = try CLIRunner.run(["--no-show-source", "corpus/A_RES_80_66-RU.md", "corpus/A_RES_80_121-ES.md"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("corpus/A_RES_80_66-RU.md:8:18: error: field `extract_version` value `1.1` is not a dotted version such as \"1.2.0\" [front-matter/type]"))
        #expect(result.stdout.contains("the body's title `Desarrollo agrícola, seguridad alimentaria y nutrición` differs from the catalogue title `Tecnología agrícola para el desarrollo sostenible :` [front-matter/title-mismatch]"),
                "\(result.stdout)")
        let dates = try CLIRunner.run(["--no-show-source", "corpus/A_RES_80_95-ZH.md"])
        #expect(dates.stdout.contains("the masthead's distribution date (2025-12-03) is not the front-matter date (2025-12-08)"))
    }

    /// Editors and code scanning highlight nothing on an empty range.
    @Test func everyFindingOfTheSampleCorpusHasARangeThatCoversText() throws {
        let result = try CLIRunner.run(["--format", "json", "corpus/"])
        let findings = GateTests.findings(result.stdout)
        #expect(findings.count > 40)
        for finding in findings {
            #expect(finding.endLine > finding.line || finding.endColumn > finding.column, "\(finding)")
        }
        let date = try #require(findings.first { $0.path == "corpus/A_RES_79_290-EN.md" && $0.line == 18 })
        #expect(date.rule == "date/invalid" && date.column == 47 && date.endColumn == 63, "`29 February 2025` whole: \(date)")
        let symbol = try #require(findings.first { $0.path == "corpus/A_RES_80_118-EN.md" && $0.rule == "symbol/format" })
        #expect(symbol.endColumn - symbol.column == "A/RES/80/118/".count)
    }

    @Test func showSourcePutsACaretUnderTheRange() throws {
        let result = try CLIRunner.run(["--show-source", "corpus/A_RES_79_290-EN.md"])
        #expect(result.stdout.hasPrefix("""
            corpus/A_RES_79_290-EN.md:18:47: error: 29 February 2025 is not a real date [date/invalid]
               |
            18 | Resolution adopted by the General Assembly on 29 February 2025
               |                                               ^^^^^^^^^^^^^^^^

            """), "\(result.stdout)")
        #expect(!(try CLIRunner.run(["corpus/A_RES_79_290-EN.md"]).stdout.contains(" | ")), "a pipe gets no source by default")
    }

    /// Every id the tool can print on its own has an explanation; an unknown one gets the nearest.
    @Test func explainKnowsEveryIdTheToolPrints() throws {
        let sources = CLIRunner.packageRoot.appendingPathComponent("Sources")
        var ids = Set<String>()
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let literal = try Regex(#""((?:io|engine|suppression)/[a-z-]+)""#)
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: literal) { ids.insert(String(match.output[1].substring!)) }
        }
        #expect(ids.isSuperset(of: ["io/not-found", "io/binary", "engine/regex-limit", "suppression/unused"]))
        for id in ids.sorted() + ["front-matter/missing", "core/encoding"] {
            let result = try CLIRunner.run(["explain", id])
            #expect(result.status == 0, "\(id): \(result.stderr)")
            #expect(result.stdout.hasPrefix("\(id)\n"))
        }
        let unknown = try CLIRunner.run(["explain", "suppression/unusd"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean `suppression/unused`?"))
        #expect(try CLIRunner.run(["explain", "gap"]).stderr.contains("did you mean `numbering/gap`?"))
    }

    @Test func configurationAndPackMistakesComeInOneRoundInPositionOrder() throws {
        let folder = try GateTests.folder([
            ".corpuslint.yml": GateTests.text("packs: [un, ./mine.yml]\nseverity:\n  numbering/gap: warn\n  numbering/gapp: error\nfoo: 1\n"),
            "mine.yml": GateTests.text("rules:\n  - id: mine/x\n    kind: forbidd\n  - id: mine/y\n    kind: forbid\n    pattern: a\n    severity: eror\n"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["rules"], in: folder)
        #expect(result.status == 2)
        let stderr = result.stderr.replacingOccurrences(of: folder.resolvingSymlinksInPath().path + "/", with: "")
            .replacingOccurrences(of: folder.path + "/", with: "")
        #expect(stderr == """
            .corpuslint.yml:3:18: a severity must be one of error, warning, info, off, not `warn` (did you mean `warning`?)
            .corpuslint.yml:4:3: unknown rule id `numbering/gapp` (did you mean `numbering/gap`?)
            .corpuslint.yml:5:1: unknown key `foo`
            ./mine.yml:3:11: unknown kind `forbidd` (did you mean `forbid`?); kinds: document, fields, date, extract, compare, forbid, require, unique, references, sequence
            ./mine.yml:7:15: `severity` must be one of error, warning, info, off, not `eror` (did you mean `error`?)

            """)
    }

    @Test func yamlTrapsGetAHint() throws {
        let folder = try GateTests.folder([
            ".corpuslint.yml": GateTests.text("packs: [core]\nexclude: [*.md]\n"),
            "pack.yml": GateTests.text("rules:\n  - id: mine/digits\n    kind: forbid\n    pattern: \"\\d+\"\n"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let glob = try CLIRunner.run(["rules"], in: folder)
        #expect(glob.status == 2)
        #expect(glob.stderr.contains("quote a glob, as in '*.md'"), "\(glob.stderr)")
        let escape = try CLIRunner.run(["rules", "--no-config", "--rules", "pack.yml"], in: folder)
        #expect(escape.status == 2)
        #expect(escape.stderr.hasPrefix("pack.yml:4:15: YAML error: found unknown escape character"))
        #expect(escape.stderr.contains("write a pattern in single quotes"), "\(escape.stderr)")
    }
}
