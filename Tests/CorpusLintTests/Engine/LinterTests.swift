import Foundation
import Testing
@testable import CorpusLint

@Suite struct LinterTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-linter-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url
    }

    @Test func outputIsIdenticalWithOneWorkerOrSeveral() throws {
        var files: [String: String] = [:]
        for i in 0..<300 {
            files["d\(i % 7)/doc\(i).md"] = i % 3 == 0 ? "No front matter \(i)\n" : "---\nsymbol: A/RES/80/\(i)\n---\n\nText\(i % 5) here.\n"
        }
        let url = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: url) }
        let rules = try PackLoader.load(["core"])
        var serial = Linter(rules: rules)
        serial.jobs = 1
        var parallel = Linter(rules: rules)
        parallel.jobs = 4
        let one = serial.lint(paths: [url.path]).results
        let many = parallel.lint(paths: [url.path]).results
        #expect(one.count == 300)
        #expect(one.map(\.path) == many.map(\.path))
        #expect(one.map(\.diagnostics) == many.map(\.diagnostics))
        #expect(one.map(\.path) == one.map(\.path).sorted(), "results come in path order")
        #expect(one.flatMap(\.diagnostics).count == 100)
    }

    /// The worker count is the number of cores unless set; it is asked only when read.
    @Test func jobsDefaultToTheCoresUnlessSet() throws {
        var linter = Linter(rules: try PackLoader.load(["core"]))
        #expect(linter.jobs == ProcessInfo.processInfo.activeProcessorCount)
        linter.jobs = 3
        #expect(linter.jobs == 3)
    }

    @Test func inMemoryDocumentNeedsNoFile() throws {
        let rules = try PackLoader.load(["core"])
        let findings = Linter(rules: rules).lint(path: "draft.md", bytes: Array("plain text\n".utf8))
        #expect(findings.map(\.rule) == ["front-matter/missing"])
        #expect(findings.first?.path == "draft.md")
    }

    @Test func unreadableInputsAreAccountedFor() throws {
        let url = try Self.folder(["ok.md": "---\na: 1\n---\nText\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("dangling.md").path, withDestinationPath: url.appendingPathComponent("nowhere").path)
        try FileManager.default.createSymbolicLink(atPath: url.appendingPathComponent("loop.md").path, withDestinationPath: url.appendingPathComponent("loop.md").path)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
        mkfifo(url.appendingPathComponent("pipe.md").path, 0o644)
        let rules = try PackLoader.load(["core"])
        let (results, summary) = Linter(rules: rules).lint(paths: [url.path, url.appendingPathComponent("absent.md").path])
        let byName = Dictionary(uniqueKeysWithValues: results.map { (($0.path as NSString).lastPathComponent, $0.diagnostics.map(\.rule)) })
        #expect(byName["ok.md"] == [])
        #expect(byName["dangling.md"] == ["io/broken-link"])
        #expect(byName["loop.md"] == ["io/link-loop"])
        #expect(byName["pipe.md"] == ["io/not-a-file"])
        #expect(byName["absent.md"] == ["io/not-found"])
        #expect(byName["folder.md"] == nil, "a folder named like a document is walked, not linted")
        #expect(summary.files == 5)
    }

    @Test func filesOverTheSizeLimitAreSkippedUnread() throws {
        let url = try Self.folder(["big.md": String(repeating: "x", count: 5_000)])
        defer { try? FileManager.default.removeItem(at: url) }
        var linter = Linter(rules: try PackLoader.load(["core"]))
        linter.maxFileBytes = 1_000
        let (results, _) = linter.lint(paths: [url.path])
        #expect(results.first?.diagnostics.map(\.rule) == ["io/too-large"])
    }
}
