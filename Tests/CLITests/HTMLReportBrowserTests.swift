import Foundation
import Testing

/// The HTML report in a real browser: headless Chromium renders `corpus/`'s report, runs its
/// script, and dumps the DOM; the counts must be the run's, and a filter given in the address's
/// fragment must hide exactly the findings it excludes. Skipped, visibly, where Chromium is not
/// installed (`.ci/run` installs Debian's `chromium`); on CI (CI=true) its absence is a failure.
@Suite(.serialized) struct HTMLReportBrowserTests {
    static let browser: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func requireBrowser(_ test: String) -> String? {
        if let browser { return browser }
        let message = "SKIPPED \(test): no headless Chromium (apt-get install chromium; .ci/run installs it)"
        print(message)
        if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(message) — CI must run it") }
        return nil
    }

    /// Runs the browser headless on `url` with `arguments`; its standard output.
    static func chromium(_ browser: String, _ arguments: [String], url: String) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try CLIRunner.run(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                                        "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000"] + arguments + [url],
                                       executable: URL(fileURLWithPath: browser))
        return result.stdout
    }

    struct Findings {
        var all: [(rule: String, severity: String, path: String)]
    }

    /// The run's findings as `--format json` tells them: the truth the page must show.
    static func findings() throws -> [(rule: String, severity: String, path: String)] {
        let run = try CLIRunner.run(["lint", "--no-config", "--format", "json", "corpus/"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(json["diagnostics"] as? [[String: Any]]).map {
            ($0["rule"] as? String ?? "", $0["severity"] as? String ?? "", $0["path"] as? String ?? "")
        }
    }

    /// The findings the rendered page shows: `div.finding` elements without `hidden`.
    static func visible(_ dom: String) -> (shown: [String], hidden: Int, counter: Int?) {
        var shown: [String] = [], hidden = 0
        for match in dom.matches(of: #/<div class="finding" ([^>]*)>/#) {
            let attributes = String(match.output.1)
            if attributes.contains("hidden") { hidden += 1; continue }
            shown.append(attributes.firstMatch(of: #/data-rule="([^"]+)"/#).map { String($0.output.1) } ?? "")
        }
        let counter = dom.firstMatch(of: #/id="shown-count">([0-9]+)</#).flatMap { Int($0.output.1) }
        return (shown, hidden, counter)
    }

    @Test func theRenderedPageCountsAndFiltersAsTheRunFound() throws {
        guard let browser = Self.requireBrowser("theRenderedPageCountsAndFiltersAsTheRunFound") else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.html")
        let run = try CLIRunner.run(["lint", "--no-config", "--format", "html", "--output", report.path, "--html-group-by", "language", "corpus/"])
        #expect(run.status == 1, "findings: exit 1 as for every format")
        let truth = try Self.findings()
        #expect(!truth.isEmpty)

        let dom = try Self.chromium(browser, ["--dump-dom"], url: report.absoluteString)
        let all = Self.visible(dom)
        #expect(all.shown.count == truth.count && all.hidden == 0, "every finding is shown unfiltered")
        #expect(all.counter == truth.count)
        #expect(dom.contains("id=\"total-errors\">\(truth.filter { $0.severity == "error" }.count)<"))
        #expect(dom.contains("id=\"total-files\">38<"))
        #expect(dom.contains("per language"), "the chart per front-matter value is drawn")
        #expect(dom.components(separatedBy: "<svg").count - 1 == 4)

        // A rule filter from the fragment: only that rule's findings stay.
        let rule = "numbering/gap"
        let byRule = Self.visible(try Self.chromium(browser, ["--dump-dom"], url: report.absoluteString + "#rule=" + rule))
        let expected = truth.filter { $0.rule == rule }.count
        #expect(expected > 0)
        #expect(byRule.shown.count == expected && byRule.shown.allSatisfy { $0 == rule }, "\(byRule.shown)")
        #expect(byRule.hidden == truth.count - expected)
        #expect(byRule.counter == expected)

        // Severity and family together.
        let family = Self.visible(try Self.chromium(browser, ["--dump-dom"], url: report.absoluteString + "#rule=date/&severity=error"))
        let familyTruth = truth.filter { $0.rule.hasPrefix("date/") && $0.severity == "error" }.count
        #expect(family.shown.count == familyTruth && family.counter == familyTruth)

        // A folder no finding is in hides everything.
        let none = Self.visible(try Self.chromium(browser, ["--dump-dom"], url: report.absoluteString + "#folder=elsewhere"))
        #expect(none.shown.isEmpty && none.hidden == truth.count && none.counter == 0)

        // A screenshot, as a person would see the page.
        let screenshot = folder.appendingPathComponent("report.png")
        _ = try Self.chromium(browser, ["--screenshot=\(screenshot.path)", "--window-size=1280,1600", "--hide-scrollbars"], url: report.absoluteString)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG was written")
        let kept = CLIRunner.packageRoot.appendingPathComponent(".build/corpus-report.png")
        try? FileManager.default.removeItem(at: kept)
        try? FileManager.default.copyItem(at: screenshot, to: kept)
        print("HTML report screenshot: \(kept.path) (\(png.count) bytes)")
    }
}
