import Foundation
import Testing
@testable import corpuslint

/// A run over a few small named files matches with PCRE2's interpreter, any other with the JIT,
/// and the findings are the same either way.
@Suite struct PatternCompilationTests {
    private func file(_ bytes: Int, in folder: URL, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(repeating: UInt8(ascii: "a"), count: bytes).write(to: url)
        return url.path
    }

    @Test func smallNamedFilesAreInterpreted() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let half = PatternCompilation.jitThreshold / 2
        let one = try file(half - 1, in: folder, "one.md")
        let two = try file(half, in: folder, "two.md")
        #expect(!PatternCompilation.worthJIT(paths: [one], standardInput: nil))
        #expect(!PatternCompilation.worthJIT(paths: [one, two], standardInput: nil), "one byte under the threshold")
        let three = try file(1, in: folder, "three.md")
        #expect(PatternCompilation.worthJIT(paths: [one, two, three], standardInput: nil), "the threshold reached")
    }

    @Test func foldersAndUnknownSizesAreCompiled() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(PatternCompilation.worthJIT(paths: [folder.path], standardInput: nil))
        #expect(PatternCompilation.worthJIT(paths: [], standardInput: nil), "no path is the current folder")
        let small = try file(10, in: folder, "small.md")
        #expect(PatternCompilation.worthJIT(paths: [small, folder.path], standardInput: nil))
        #expect(PatternCompilation.worthJIT(paths: [small, folder.appendingPathComponent("gone.md").path], standardInput: nil))
    }

    @Test func standardInputCountsItsBytes() {
        #expect(!PatternCompilation.worthJIT(paths: ["-"], standardInput: Array(repeating: 0x61, count: 100)))
        #expect(PatternCompilation.worthJIT(paths: ["-"], standardInput: Array(repeating: 0x61, count: PatternCompilation.jitThreshold)))
    }

    /// Each file of the sample corpus alone (under the threshold: interpreted) finds what the run
    /// over the whole folder (compiled) finds in it.
    @Test func interpretedAndCompiledRunsFindTheSame() throws {
        let corpus = CLIRunner.packageRoot.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".md") }.sorted()
        let sample = Array(names.prefix(4)) + Array(names.suffix(2))
        let whole = try CLIRunner.run(["lint", "--no-cache", "--format", "json", "."], in: corpus)
        let all = try Self.diagnostics(whole.stdout)
        var compared = 0
        for name in sample {
            let size = try FileManager.default.attributesOfItem(atPath: corpus.appendingPathComponent(name).path)[.size] as? Int ?? 0
            #expect(size < PatternCompilation.jitThreshold, "\(name) is small enough to be interpreted alone")
            let alone = try Self.diagnostics(try CLIRunner.run(["lint", "--no-cache", "--format", "json", name], in: corpus).stdout)
            #expect(alone == all.filter { $0["path"] as? String == name }, "\(name)")
            compared += alone.count
        }
        #expect(compared > 0, "the sample has findings to compare")
    }

    private static func diagnostics(_ json: String) throws -> [NSDictionary] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["diagnostics"] as? [[String: Any]] ?? []).map { NSDictionary(dictionary: $0) }
    }
}
