import Foundation
import TestSupport
import Testing

/// `corpuslint server` driven by a client written elsewhere: Neovim's built-in LSP client,
/// headless, running Fixtures/neovim/lsp-client.lua. What Neovim shows is compared with what
/// `corpuslint lint` reports for the same text: the server must judge as lint judges.
@Suite struct NeovimClientTests {
    static let neovim = ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + "nvim" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    static let script = CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/neovim/lsp-client.lua")
    static let documentName = "A_RES_79_290-EN.md"

    /// A project with its own pack: a word rule, found on a line where astral and other
    /// multi-byte characters come before it (line 28), so byte, scalar and UTF-16 columns differ.
    static func project() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-neovim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("local"), withIntermediateDirectories: true)
        try "packs: [un, local]\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        try """
            rules:
              - id: local/rangelands
                kind: forbid
                severity: warning
                description: A word this project spells otherwise.
                patterns: ['Rangelands']
                fix: { replace: grasslands, safety: safe, description: write `grasslands` }
            """.write(to: folder.appendingPathComponent("local/words.yml"), atomically: true, encoding: .utf8)
        var text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("corpus/\(documentName)"), encoding: .utf8)
        text = text.replacingOccurrences(of: "of 15 March 2022, by which", with: "of 15 March 2022 (𝄞 “é” 𝄞), by which")
        try text.write(to: folder.appendingPathComponent(documentName), atomically: true, encoding: .utf8)
        return folder
    }

    /// A diagnostic as Neovim holds it: 0-based line, byte columns.
    struct Seen: Codable, Hashable, CustomStringConvertible {
        var lnum: Int
        var col: Int
        var end_col: Int
        var code: String
        var source: String?
        var severity: Int
        var message: String

        var description: String { "\(lnum):\(col) \(code) (\(severity)) \(message)" }
        /// What lint's report also gives (an empty range of lint's is widened to a character).
        var core: String { "\(lnum):\(col) \(code) \(message)" }
    }

    /// A code action taken from Neovim's menu, and what came of it.
    struct Action: Codable {
        var titles: [String]
        var chosen: String?
        var preferred: Bool
        var diagnostics: [Seen]
        var text: String
    }

    struct Results: Codable {
        var steps: [String]
        var error: String?
        var opened: [Seen]?
        var changed: [Seen]?
        var after_action: [Seen]?
        var text_after_change: String?
        var text_after_action: String?
        var hover: String?
        var disable: Action?
        var fix: Action?
        var inserted_line: String?
        var server_exit: Int?
    }

    /// What `corpuslint lint --format json` reports for `text` in the same project, as Neovim
    /// would place it: the 0-based line, and the column as a byte offset in the line.
    static func lintReport(_ text: String, in project: URL) throws -> [String] {
        let folder = project.appendingPathComponent("lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent(documentName), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["lint", "--format", "json", folder.lastPathComponent + "/" + documentName], in: project)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        let lines = text.components(separatedBy: "\n")
        return (report["diagnostics"] as? [[String: Any]] ?? []).map { finding in
            let line = finding["line"] as! Int, column = finding["column"] as! Int
            let byteColumn = String(String.UnicodeScalarView(lines[line - 1].unicodeScalars.prefix(column - 1))).utf8.count
            return "\(line - 1):\(byteColumn) \(finding["rule"] as! String) \(finding["message"] as! String)"
        }.sorted()
    }

    @Test(.needs("Neovim (nvim)", neovim != nil), .timeLimit(.minutes(2)))
    func neovimSeesDiagnosticsFollowsAChangeAndAppliesCodeActions() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let original = try String(contentsOf: project.appendingPathComponent(Self.documentName), encoding: .utf8)
        let resultsFile = project.appendingPathComponent("results.json")
        let run = try CLIRunner.run(["--headless", "--clean", "-n", "-u", "NONE", "-c", "luafile " + Self.script.path], in: project, environment: [
            "CORPUSLINT": CLIRunner.binary.path,
            "DOCUMENT": project.appendingPathComponent(Self.documentName).path,
            "RESULTS": resultsFile.path,
            // The edit: `Rangelands` after the astral characters of line 28 becomes `grasslands`.
            "CHANGE_LINE": "27", "CHANGE_FROM": "Rangelands", "CHANGE_TO": "grasslands",
            // The impossible adoption date of line 18 becomes a real one.
            "DATE_LINE": "17", "DATE_TEXT": "Resolution adopted by the General Assembly on 28 February 2025",
            // Hover and the disable action on line 40's `Rangelands`.
            "ACTION_LINE": "39",
            // Then the rule's own fix on line 22's.
            "FIX_LINE": "21", "FIX_TITLE": "Fix local/rangelands",
        ], executable: URL(fileURLWithPath: try #require(Self.neovim)))
        let data = try #require(FileManager.default.contents(atPath: resultsFile.path), "Neovim wrote no results: \(run.stdout) \(run.stderr)")
        let results = try JSONDecoder().decode(Results.self, from: data)
        #expect(results.error == nil, "the Lua client stopped: \(results.error ?? "")")
        #expect(results.steps == ["open", "change", "hover", "code action", "fix action", "shutdown"])

        // On opening: what lint reports, placed by Neovim from the server's UTF-16 positions.
        let opened = try #require(results.opened)
        print("Neovim, on opening:\n  " + opened.map(\.description).joined(separator: "\n  "))
        #expect(opened.map(\.core).sorted() == (try Self.lintReport(original, in: project)))
        let astral = try #require(opened.first { $0.lnum == 27 && $0.code == "local/rangelands" })
        let line28 = original.components(separatedBy: "\n")[27]
        let word = try #require(line28.range(of: "Rangelands")).lowerBound
        let bytes = line28.utf8.distance(from: line28.startIndex, to: word)
        // The three counts differ on this line: a server mixing them up is caught.
        #expect(Set([bytes, line28.utf16.distance(from: line28.startIndex, to: word), line28.unicodeScalars.distance(from: line28.startIndex, to: word)]).count == 3)
        #expect(astral.col == bytes, "Neovim's byte column of `Rangelands` on the astral line")
        #expect(astral.end_col - astral.col == "Rangelands".utf8.count)
        #expect(opened.contains { $0.code == "date/invalid" && $0.lnum == 17 && $0.severity == 1 })
        #expect(opened.allSatisfy { $0.source == "corpuslint" })
        #expect(astral.severity == 2)

        // After the change: lint's findings for the buffer's text (the file was deleted after
        // opening: the server read the buffer, not the disk).
        let changed = try #require(results.changed)
        print("Neovim, after the change:\n  " + changed.map(\.description).joined(separator: "\n  "))
        let changedText = try #require(results.text_after_change)
        #expect(changedText.contains("(𝄞 “é” 𝄞), by which it proclaimed 2026 the International Year of grasslands"))
        #expect(changed.map(\.core).sorted() == (try Self.lintReport(changedText, in: project)))
        #expect(!changed.contains { $0.lnum == 27 || $0.lnum == 17 })
        #expect(changed.count == opened.count - 2)

        // Hover: the rule's explanation.
        let hover = try #require(results.hover)
        #expect(hover.hasPrefix("local/rangelands (warning): `Rangelands` must not appear here"))
        #expect(hover.contains("A word this project spells otherwise."))

        // The disable action, chosen from Neovim's menu (which also offered the fix) and applied by Neovim.
        let disable = try #require(results.disable)
        print("Neovim's menu on line 40: \(disable.titles)")
        #expect(disable.titles.contains { $0.hasPrefix("Fix local/rangelands: write `grasslands`") })
        #expect(disable.chosen == "Disable local/rangelands for this line (corpuslint-disable-next-line)")
        #expect(results.inserted_line == "<!-- corpuslint-disable-next-line local/rangelands -->")
        print("Neovim applied the edit: line 40 is now \(results.inserted_line ?? "")")
        #expect(disable.text == changedText.replacingOccurrences(of: "\n1. Decides", with: "\n<!-- corpuslint-disable-next-line local/rangelands -->\n1. Decides"))
        print("Neovim, after the disable action:\n  " + disable.diagnostics.map(\.description).joined(separator: "\n  "))
        #expect(disable.diagnostics.map(\.core).sorted() == (try Self.lintReport(disable.text, in: project)))
        #expect(!disable.diagnostics.contains { $0.lnum == 40 && $0.code == "local/rangelands" })
        #expect(disable.diagnostics.count == changed.count - 1)

        // The rule's fix, the preferred action, applied by Neovim: the word replaced, its finding gone.
        let fix = try #require(results.fix)
        #expect(fix.chosen == "Fix local/rangelands: write `grasslands`")
        #expect(fix.preferred)
        #expect(fix.text == disable.text.replacingOccurrences(of: "79/290. International Day of Rangelands", with: "79/290. International Day of grasslands"))
        print("Neovim, after the fix:\n  " + fix.diagnostics.map(\.description).joined(separator: "\n  "))
        #expect(fix.diagnostics.map(\.core).sorted() == (try Self.lintReport(fix.text, in: project)))
        #expect(!fix.diagnostics.contains { $0.lnum == 21 && $0.code == "local/rangelands" })
        #expect(results.server_exit == 0, "the server exits 0 after shutdown and exit")
    }
}
