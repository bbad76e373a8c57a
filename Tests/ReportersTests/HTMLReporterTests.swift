import Foundation
import Testing
@testable import CorpusLint
@testable import Reporters

/// The HTML report over the shared sample run: what it counts, how it escapes, what it links.
/// How the page renders and filters in a browser is `HTMLReportBrowserTests` (CLI tests).
@Suite struct HTMLReporterTests {
    static func page(groupField: String? = nil, lines: Bool = true) -> String {
        var run = SampleRun.run
        run.results[0].fields = ["language": "EN"]
        run.results[2].fields = ["language": "FR"]
        let reader: @Sendable (String, Int) -> String? = { path, number in "line \(number) of \(path) <b>" }
        var reporter = HTMLReporter(sourceLine: lines ? reader : nil, groupField: groupField)
        return reporter.runDone(run)
    }

    @Test func countsPerRuleFamilyFolderAndFieldValue() {
        var run = SampleRun.run
        run.results[0].fields = ["language": "EN"]
        run.results[2].fields = ["language": "FR"]
        let data = HTMLReportData(run, groupField: "language")
        #expect(data.byFamily.map(\.label) == ["numbering", "core", "front-matter"])
        #expect(data.byFamily[0].errors == 1 && data.byFamily[0].warnings == 1)
        #expect(data.byRule.count == 4)
        #expect(data.byFolder.map(\.label) == ["corpus"] && data.byFolder[0].total == 4)
        #expect(data.byField?.counts.map(\.label) == ["EN", "(none)", "FR"])
        #expect(data.byField?.files == ["EN": 1, "FR": 1, "(none)": 2], "files without the field are counted, not lost")
        #expect(data.worstFiles.map(\.label) == ["corpus/A_RES_80_35-EN.md", "corpus/annex, draft: Genève.md", "corpus/S_RES_2719_2023-FR.md"],
                "errors first, then most findings")
    }

    @Test func folderAndFamilyOfAPath() {
        #expect(HTMLReportData.folder(of: "a.md") == ".")
        #expect(HTMLReportData.folder(of: "x/y/a.md") == "x/y")
        #expect(HTMLReportData.folder(of: "/a.md") == "/")
        #expect(HTMLReportData.family(of: "numbering/gap") == "numbering")
        #expect(HTMLReportData.family(of: "plain") == "plain")
    }

    @Test func thePageIsSelfContained() {
        let html = Self.page(groupField: "language")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for external in ["src=\"http", "href=\"http", "<link ", "@import", "url(", "<script src"] {
            #expect(!html.contains(external), "\(external) would load something from outside the page")
        }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 4, "charts per family, rule, folder and language")
        #expect(html.contains("per language"))
    }

    @Test func everyFindingIsThereWithItsContextEscaped() {
        let html = Self.page()
        #expect(html.components(separatedBy: "<div class=\"finding\"").count - 1 == SampleRun.diagnostics.count)
        #expect(html.contains("mojibake `Ã©`: &quot;quoted&quot; &amp; &lt;tag&gt;, 100% done"))
        #expect(!html.contains("<tag>") && !html.contains("<b>"), "text from documents is never markup")
        #expect(html.contains("<span class=\"ln\">58</span><mark>line 58 of corpus/A_RES_80_35-EN.md &lt;b&gt;</mark>"))
        #expect(html.contains("<span class=\"ln\">57</span>line 57"), "the line before, for context")
        #expect(!Self.page(lines: false).contains("class=\"context\""), "no reader, no context, no failure")
    }

    @Test func eachRuleLinksToItsExplanation() {
        let html = Self.page()
        for rule in Set(SampleRun.diagnostics.map(\.rule)) {
            #expect(html.contains("href=\"#rule-\(rule)\""), "\(rule) links to its explanation")
            #expect(html.contains("<article id=\"rule-\(rule)\">"), "\(rule) is explained")
        }
        let info = SampleRun.rules.reportIDs["numbering/gap"]!
        let explanation = RuleDocumentation.text(for: "numbering/gap", in: info)
        #expect(html.contains(HTMLText.escape(explanation)), "the explanation is the text `explain` prints")
    }

    @Test func chartsSumWhatTheyDoNotShowAndStayInTheirFrame() throws {
        let counts = (1...20).map { HTMLReportData.Count(label: "rule/\($0)", errors: 21 - $0, warnings: 1, infos: 0) }
        let svg = HTMLCharts.bars(counts, title: "per rule", limit: 5)
        #expect(svg.components(separatedBy: "<text x=").count - 1 == 12, "5 bars and the rest, each with a label and a count")
        let rest = counts.dropFirst(5).reduce(0) { $0 + $1.total }
        #expect(svg.contains(">15 more</text>") && svg.contains(">\(rest)</text>"))
        let match = try #require(svg.firstMatch(of: #/<svg [^>]*width="([0-9]+)"/#))
        let width = try #require(Double(match.output.1))
        for match in svg.matches(of: #/<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)"/#) {
            #expect(Double(match.output.1)! + Double(match.output.2)! <= width, "a bar runs out of its chart")
        }
        #expect(HTMLCharts.bars([], title: "none").contains("no findings"))
    }

    @Test func controlCharactersAreShownNotPassedThrough() {
        #expect(HTMLText.escape("a\u{1B}[31mb\u{0}") == "a\u{FFFD}[31mb\u{FFFD}")
        #expect(HTMLText.escape("tab\tand\nline") == "tab\tand\nline")
    }
}
