import Foundation
import Testing
@testable import CorpusLint

@Suite struct FileDiscoveryTests {
    @Test func aFileNamedSeveralTimesIsOneInputAndInputsAreSorted() throws {
        let url = try LinterTests.folder(["b.md": "b\n", "a.md": "a\n", "sub/c.md": "c\n", "notes.pdf": "x\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let named = [url.path, url.appendingPathComponent("sub").path, url.appendingPathComponent("a.md").path, url.path]
        let inputs = FileDiscovery().inputs(named)
        #expect(inputs.map { ($0.path as NSString).lastPathComponent } == ["a.md", "b.md", "c.md"])
        #expect(inputs.map(\.path) == inputs.map(\.path).sorted())
        #expect(FileDiscovery().inputs([url.appendingPathComponent("absent.md").path, url.appendingPathComponent("absent.md").path]).count == 1)
    }
}
