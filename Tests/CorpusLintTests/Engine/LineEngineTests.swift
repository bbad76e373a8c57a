import Foundation
import Testing
@testable import CorpusLint

/// The two-stage line engine (one classifying scan per line, then each rule's own matching where
/// the scan found its pattern) must find exactly what the single-stage engine (every rule asking
/// each pattern's own matcher) finds: on the sample corpus, on the real extracts beside the
/// repository, and on the benchmark's generated corpus.
@Suite struct LineEngineTests {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static func documents(under folder: URL) -> [URL] {
        let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" } ?? []
        return found.sorted { $0.path < $1.path }
    }

    /// Lints `files` one after another on one worker, with and without classification, and
    /// compares every document's findings. Returns how many findings there were and the
    /// classifier the worker ended with.
    static func compare(_ files: [URL], packs: [String] = ["un"]) throws -> (findings: Int, members: Int) {
        let rules = try PackLoader.load(packs)
        let linter = DocumentLinter(rules: rules)
        let twoStage = MatcherCache(classifies: true), singleStage = MatcherCache(classifies: false)
        var findings = 0
        for file in files {
            let document = Document(path: file.path, bytes: Array(try Data(contentsOf: file)))
            let expected = linter.lint(document, matchers: singleStage).diagnostics
            let found = linter.lint(document, matchers: twoStage).diagnostics
            #expect(found == expected, "\(file.lastPathComponent): \(found.count) findings with classification, \(expected.count) without")
            findings += expected.count
        }
        #expect(singleStage.classifier == nil)
        return (findings, twoStage.classifier?.memberSerials.count ?? 0)
    }

    @Test func sampleCorpusFindingsAreIdentical() throws {
        let files = Self.documents(under: Self.packageRoot.appendingPathComponent("corpus"))
        #expect(files.count > 30)
        let (findings, members) = try Self.compare(files)
        #expect(findings > 20)
        #expect(members > 30, "the UN pack's line patterns are classified")
    }

    @Test(.enabled(if: SharedFixtures.hasRealCorpus, "../shared/real-corpus is absent: the real extracts are not compared"))
    func realCorpusFindingsAreIdentical() throws {
        let files = Self.documents(under: SharedFixtures.realCorpus)
        #expect(files.count > 100)
        let (findings, members) = try Self.compare(files)
        #expect(findings > 0)
        #expect(members > 30)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"),
                   "python3 is absent: the benchmark corpus cannot be generated"))
    func benchmarkCorpusFindingsAreIdentical() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-line-engine-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        generator.arguments = [Self.packageRoot.appendingPathComponent("scripts/bench").path, "--generate-only", folder.path, "--docs", "600"]
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        let files = Self.documents(under: folder)
        #expect(files.count == 600)
        let (findings, members) = try Self.compare(files)
        #expect(findings > 20, "about 5% of generated documents carry a defect")
        #expect(members > 30)
    }
}
