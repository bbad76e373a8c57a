import Foundation
import Testing
@testable import CorpusLint

/// Globs as docs/configuration.md describes them: every row of its pattern × path table is a case
/// here, so the page cannot drift from what `include`, `exclude` and `overrides` do.
@Suite struct GlobTests {
    struct Row: CustomStringConvertible {
        var pattern: String
        var path: String
        var matches: Bool
        var description: String { "`\(pattern)` on `\(path)` → \(matches ? "yes" : "no")" }
    }

    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// The rows after `<!-- glob-table` in docs/configuration.md, up to the first blank line.
    static func documentedRows() throws -> [Row] {
        let page = try String(contentsOf: packageRoot.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        guard let marker = lines.firstIndex(where: { $0.hasPrefix("<!-- glob-table") }) else { return [] }
        var rows: [Row] = []
        for line in lines[(marker + 1)...] {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, cells[0].hasPrefix("`") else { continue }  // the header and its rule
            let unquote = { (cell: String) in String(cell.dropFirst().dropLast()) }
            rows.append(Row(pattern: unquote(cells[0]), path: unquote(cells[1]), matches: cells[2] == "yes"))
        }
        return rows
    }

    @Test func theDocumentedTableHolds() throws {
        let rows = try Self.documentedRows()
        #expect(rows.count >= 50, "the table in docs/configuration.md was not found whole")
        #expect(rows.contains { $0.matches } && rows.contains { !$0.matches })
        for row in rows {
            #expect(Glob(row.pattern).matches(row.path) == row.matches, "\(row)")
        }
    }

    @Test func aBareNameMatchesAtEveryDepth() {
        let glob = Glob("keep.md")
        for path in ["keep.md", "a/keep.md", "a/b/c/d/keep.md"] {
            #expect(glob.matches(path), "\(path)")
        }
        #expect(!glob.matches("a/keep.md/x.md") && !glob.matches("keep.md.bak"))
    }

    @Test func questionMarkIsOneCharacterNeverASlashNorNothing() {
        #expect(Glob("A_RES_??-EN.md").matches("A_RES_79-EN.md"))
        #expect(Glob("A_RES_??-EN.md").matches("A_RES_éü-EN.md"), "one character is one scalar, not one byte")
        #expect(!Glob("A_RES_??-EN.md").matches("A_RES_7-EN.md"))
        #expect(!Glob("a?b").matches("a/b"))
        #expect(!Glob("a?b").matches("ab"))
    }

    @Test func starStaysWithinANameAndDoubleStarCrossesFolders() {
        #expect(!Glob("corpus/*.md").matches("corpus/x/a.md"))
        #expect(Glob("corpus/**/*.md").matches("corpus/x/a.md"))
        #expect(Glob("corpus/**/*.md").matches("corpus/a.md"), "`**` may stand for no folder")
        #expect(Glob("a/**/b/**/c.md").matches("a/x/b/y/z/c.md"))
        #expect(!Glob("a/**/b/**/c.md").matches("a/x/y/z/c.md"))
        #expect(Glob("x**y.md").matches("x-and-y.md"), "`**` inside a name is a `*`")
        #expect(!Glob("x**y.md").matches("x/y.md"))
    }

    @Test func pathsAreComparedBySegmentsWhateverTheirSpelling() {
        #expect(Glob("docs/a.md").matches("./docs/a.md"))
        #expect(Glob("docs/a.md").matches("docs//a.md"))
        #expect(Glob("docs/").matches("docs/a.md"))
    }

    @Test func deepPathsAgainstManyStarsAreDecided() {
        // One backtrack point per level: a deep path against a pattern of many `**` ends quickly.
        let path = Array(repeating: "a", count: 200).joined(separator: "/") + "/b.md"
        #expect(Glob("**/a/**/a/**/a/**/c.md").matches(path) == false)
        #expect(Glob("**/a/**/a/**/a/**/b.md").matches(path))
        #expect(Glob(String(repeating: "*a", count: 30) + "*b").matches(String(repeating: "a", count: 200)) == false)
    }

    @Test func equalGlobsAreThoseWrittenAlike() {
        #expect(Glob("*.md") == Glob("*.md"))
        #expect(Glob("*.md") != Glob("**/*.md"))
    }
}
