import Testing
@testable import CorpusLint

/// Paths written against the one before: each comes back as it went in, by place or in order.
@Suite struct PathStoreTests {
    @Test func everyPathComesBackAsItWentIn() {
        var generator = SystemRandomNumberGenerator()
        let folders = ["", "corpus/", "corpus/2025/", String(repeating: "deep/", count: 40), "é/"]
        var paths: [[UInt8]] = [[], Array("a.md".utf8), Array("a.md".utf8), Array("ab.md".utf8), Array("a".utf8)]
        for _ in 0..<1_000 {
            let name = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0x2D...0x7A, using: &generator) }
            paths.append(Array(folders.randomElement(using: &generator)!.utf8) + name)
        }
        var store = PathStore()
        for path in paths { store.append(path) }
        #expect(store.count == paths.count)
        for (index, path) in paths.enumerated() { #expect(store.path(at: index) == path, "path \(index)") }
        var seen: [[UInt8]] = []
        store.forEach { index, path in
            #expect(index == seen.count)
            seen.append(path)
        }
        #expect(seen == paths)
    }

    @Test func pathsSharingTheirFoldersTakeLessThanTheirBytes() {
        var store = PathStore()
        let paths = (0..<1_000).map { Array("corpus/batch\($0 / 100)/document\($0).md".utf8) }
        for path in paths { store.append(path) }
        #expect(store.storedBytes * 2 < paths.reduce(0) { $0 + $1.count })
    }
}
