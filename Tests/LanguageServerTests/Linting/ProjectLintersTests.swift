import CorpusLint
import Foundation
@testable import LanguageServer
import Testing

@Suite struct ProjectLintersTests {
    /// A project folder with a configuration, and a document in a sub-folder of it.
    static func project(configuration: String) throws -> (folder: URL, document: OpenDocument) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try configuration.write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let text = try String(contentsOf: SuppressionEditTests.self.corpusURL, encoding: .utf8)
        let document = OpenDocument(uri: folder.appendingPathComponent("docs/A_RES_79_290-EN.md").absoluteString, version: 1, text: text)
        return (folder, document)
    }

    static func severities(_ linters: ProjectLinters, _ document: OpenDocument, rule: String) throws -> [Severity] {
        try linters.linter(for: document).get().lint(path: document.path, bytes: document.text).filter { $0.rule == rule }.map(\.severity)
    }

    @Test func theDocumentsConfigurationIsFoundFromItsFolderAndReadAgainWhenItChanges() throws {
        let (folder, document) = try Self.project(configuration: "packs: [un]\nseverity:\n  date/invalid: warning\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let linters = ProjectLinters(settings: ServerSettings(workingDirectory: "/"))
        #expect(linters.configurationFile(for: document) == folder.appendingPathComponent(".corpuslint.yml").path)
        #expect(try Self.severities(linters, document, rule: "date/invalid") == [.warning, .warning])
        // Changed on disk, with no word from the editor: the next lint sees it.
        try "packs: [un]\noverrides:\n  - files: ['docs/**']\n    severity: { date/invalid: off }\n"
            .write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        #expect(try Self.severities(linters, document, rule: "date/invalid") == [])
        #expect(try Self.severities(linters, document, rule: "numbering/gap") == [.error])
    }

    @Test func aPackFolderChangingIsSeen() throws {
        let (folder, document) = try Self.project(configuration: "packs: [un, local]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("local"), withIntermediateDirectories: true)
        try Self.pack(id: "local/never", pattern: "zzqqxx").write(to: folder.appendingPathComponent("local/first.yml"), atomically: true, encoding: .utf8)
        let linters = ProjectLinters(settings: ServerSettings(workingDirectory: "/"))
        #expect(try Self.severities(linters, document, rule: "local/rangelands") == [])
        // A second file in the pack's folder.
        try Self.pack(id: "local/rangelands", pattern: "[Rr]angelands").write(to: folder.appendingPathComponent("local/words.yml"), atomically: true, encoding: .utf8)
        #expect(try !Self.severities(linters, document, rule: "local/rangelands").isEmpty)
    }

    static func pack(id: String, pattern: String) -> String {
        """
        rules:
          - id: \(id)
            kind: forbid
            severity: info
            description: a word this project avoids
            patterns: ['\(pattern)']
        """
    }

    @Test func aBrokenConfigurationIsAFailureWithItsPosition() throws {
        let (folder, document) = try Self.project(configuration: "packs: [un]\nseverity:\n  date/invalidd: warning\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let linters = ProjectLinters(settings: ServerSettings(workingDirectory: "/"))
        guard case let .failure(failure) = linters.linter(for: document) else {
            Issue.record("an unknown rule id in the configuration loaded")
            return
        }
        #expect(failure.messages.contains { $0.contains(".corpuslint.yml:3:") && $0.contains("date/invalid") })
    }
}
