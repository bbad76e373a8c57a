import Foundation
import Testing
@testable import CorpusLint

@Suite struct UniqueCheckTests {
    @Test func duplicateKeysAcrossFilesNameTheFirstFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-unique-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "a.md": "---\nrecord_id: \"1\"\nlanguage: EN\n---\n",
            "b.md": "---\nrecord_id: \"1\"\nlanguage: FR\n---\n",
            "c.md": "---\nlanguage: EN\nrecord_id: \"1\"\n---\n",
            "d.md": "---\nrecord_id: \"2\"\nlanguage: EN\n---\n",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let rules = try RuleHarness.load("rules:\n  - id: front-matter/duplicate-record\n    kind: unique\n    fields: [record_id, language]\n")
        let (results, summary) = Linter(rules: rules).lint(paths: [folder.path])
        let findings = results.flatMap(\.diagnostics)
        #expect(findings.count == 1)
        #expect(findings.first?.path == folder.path + "/c.md")
        #expect(findings.first?.line == 3)
        #expect(findings.first?.message == "1 + EN is also the key of \(folder.path)/a.md")
        #expect(summary.files == 4)
        #expect(summary.filesWithFindings == 1)
    }

    /// Keys are compared as strings are: composed and decomposed accents, or the Kelvin sign and
    /// K, are the same key (as they were when the keys were kept in a dictionary of strings).
    @Test func keysEqualAsStringsAreDuplicates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-unique-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = ["a.md": "caf\u{E9}", "b.md": "cafe\u{301}", "c.md": "K", "d.md": "\u{212A}", "e.md": "k"]
        for (name, key) in keys { try "---\nrecord_id: \"\(key)\"\n---\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let rules = try RuleHarness.load("rules:\n  - id: front-matter/duplicate-record\n    kind: unique\n    fields: [record_id]\n")
        let findings = Linter(rules: rules).lint(paths: [folder.path]).results.flatMap(\.diagnostics)
        #expect(findings.map { ($0.path as NSString).lastPathComponent } == ["b.md", "d.md"])
        #expect(findings.last?.message == "\u{212A} is also the key of \(folder.path)/c.md")
    }
}
