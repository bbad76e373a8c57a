import Foundation
import Testing

/// `corpuslint server` over its protocol, with a hand-written client: the lifecycle, grading as
/// `lint` grades (configuration, overrides, baseline), and rules read again when they change.
@Suite struct LanguageServerProtocolTests {
    static let documentName = "A_RES_79_290-EN.md"

    /// A project: a configuration, and the sample document in `docs/`.
    static func project(_ configuration: String) throws -> (folder: URL, uri: String, text: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try configuration.write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("corpus/\(documentName)"), encoding: .utf8)
        let file = folder.appendingPathComponent("docs/\(documentName)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return (folder, file.absoluteString, text)
    }

    static func summary(_ diagnostics: [[String: Any]]) -> [String] {
        diagnostics.map { d in
            let start = (d["range"] as! [String: Any])["start"] as! [String: Any]
            return "\(start["line"] as! Int):\(start["character"] as! Int) \(d["code"] as? String ?? "-") \(d["severity"] as! Int)"
        }.sorted()
    }

    /// `lint --format json`'s findings for the same file, in the protocol's terms (the sample
    /// document is ASCII where its findings are, so scalar and UTF-16 columns agree).
    static func lintSummary(_ arguments: [String], in folder: URL) throws -> [String] {
        let run = try CLIRunner.run(["lint", "--format", "json"] + arguments + ["docs/\(documentName)"], in: folder)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let severities = ["error": 1, "warning": 2, "info": 3]
        return (report?["diagnostics"] as? [[String: Any]] ?? []).map { d in
            "\(d["line"] as! Int - 1):\(d["column"] as! Int - 1) \(d["rule"] as! String) \(severities[d["severity"] as! String]!)"
        }.sorted()
    }

    @Test func theLifecycleIsTheProtocols() throws {
        let (folder, _, _) = try Self.project("packs: [un]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try LanguageServerClient(in: folder)
        let early = client.response(to: client.request("textDocument/hover", [:]))
        #expect((early?["error"] as? [String: Any])?["code"] as? Int == -32002, "a request before initialize")
        let capabilities = (client.start()?["result"] as? [String: Any])?["capabilities"] as? [String: Any]
        #expect((capabilities?["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
        #expect(capabilities?["hoverProvider"] as? Bool == true)
        let unknown = client.response(to: client.request("textDocument/completion", [:]))
        #expect((unknown?["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect(client.stop() == 0)

        let abrupt = try LanguageServerClient(in: folder)
        _ = abrupt.start()
        #expect(abrupt.stop(shutdownFirst: false) == 1, "exit without shutdown")
    }

    @Test func findingsAreGradedAsLintGradesThem() throws {
        // A severity, a path override and a baseline, all as lint applies them.
        let configuration = "packs: [un]\nseverity:\n  numbering/gap: warning\noverrides:\n  - files: ['docs/**']\n    severity: { numbering/out-of-order: info }\n"
        let (folder, uri, text) = try Self.project(configuration)
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = folder.appendingPathComponent("baseline.txt")
        // A baseline knowing the impossible dates only.
        _ = try CLIRunner.run(["lint", "--select", "date/", "--write-baseline", baseline.path, "docs/\(Self.documentName)"], in: folder)

        let client = try LanguageServerClient(["--baseline", baseline.path], in: folder)
        _ = client.start()
        client.open(uri, text: text)
        let published = try #require(client.diagnostics(for: uri))
        let expected = try Self.lintSummary(["--baseline", baseline.path], in: folder)
        #expect(Self.summary(published) == expected)
        #expect(expected.contains { $0.hasSuffix("numbering/gap 2") } && expected.contains { $0.hasSuffix("numbering/out-of-order 3") })
        #expect(!expected.contains { $0.contains("date/invalid") })
        #expect(published.allSatisfy { $0["source"] as? String == "corpuslint" })
        #expect(client.stop() == 0)
    }

    @Test func aChangedConfigurationIsReadAgainAndTheOpenDocumentsLintedAgain() throws {
        let (folder, uri, text) = try Self.project("packs: [un]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try LanguageServerClient(in: folder)
        _ = client.start()
        client.open(uri, text: text)
        let before = Self.summary(try #require(client.diagnostics(for: uri)))
        #expect(before.contains { $0.hasSuffix("numbering/gap 1") })

        // The editor reports the file changed (a watcher) ...
        try "packs: [un]\nseverity:\n  numbering/gap: off\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": folder.appendingPathComponent(".corpuslint.yml").absoluteString, "type": 2]]])
        let afterWatch = Self.summary(try #require(client.diagnostics(for: uri)))
        #expect(afterWatch == before.filter { !$0.contains("numbering/gap") })

        // ... or saved it in the editor.
        try "packs: [un]\nseverity:\n  date/invalid: info\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        client.notify("textDocument/didSave", ["textDocument": ["uri": folder.appendingPathComponent(".corpuslint.yml").absoluteString]])
        let afterSave = Self.summary(try #require(client.diagnostics(for: uri)))
        #expect(afterSave.contains { $0.hasSuffix("numbering/gap 1") })
        #expect(afterSave.filter { $0.contains("date/invalid") }.allSatisfy { $0.hasSuffix(" 3") })
        #expect(afterSave.contains { $0.contains("date/invalid") })

        // A mistake in it: the document says nothing was checked, and the editor is told why.
        try "packs: [un]\nseverity:\n  date/invalidd: info\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        client.notify("workspace/didChangeWatchedFiles", ["changes": []])
        let broken = try #require(client.diagnostics(for: uri))
        #expect(broken.count == 1)
        #expect((broken.first?["message"] as? String)?.contains("date/invalidd") == true)
        let shown = client.wait { $0["method"] as? String == "window/showMessage" }
        #expect(((shown?["params"] as? [String: Any])?["message"] as? String)?.contains(".corpuslint.yml:3:") == true)
        // The mistake is shown in the configuration file too, on its line.
        let configurationURI = folder.appendingPathComponent(".corpuslint.yml").absoluteString
        let inConfiguration = try #require(client.diagnostics(for: configurationURI))
        #expect(Self.summary(inConfiguration) == ["2:2 - 1"])
        #expect((inConfiguration.first?["message"] as? String)?.contains("date/invalidd") == true)

        // Mended: the document is checked again, and the configuration's finding goes.
        try "packs: [un]\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        client.notify("workspace/didChangeWatchedFiles", ["changes": []])
        #expect(Self.summary(try #require(client.diagnostics(for: uri))) == before)
        #expect(client.diagnostics(for: configurationURI)?.isEmpty == true)
        #expect(client.stop() == 0)
    }

    @Test func typingIsLintedOnceItPauses() throws {
        let (folder, uri, text) = try Self.project("packs: [un]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try LanguageServerClient(debounce: 400, in: folder)
        _ = client.start()
        client.open(uri, text: text)
        #expect(client.publication(for: uri)?["version"] as? Int == 1, "linted at once on opening")
        // Five keystrokes, well within the pause: one lint, of the last text.
        for version in 2...6 {
            client.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version],
                                                     "contentChanges": [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": ""]]])
        }
        let published = try #require(client.publication(for: uri))
        #expect(published["version"] as? Int == 6)
        #expect(client.publication(for: uri, timeout: 1) == nil, "no lint of an older version came after")
        #expect(client.stop() == 0)
    }
}
