import Testing
import YAML
@testable import CorpusLint

/// The shipped packs' trees composed at build time are the trees the loader would compose.
@Suite struct BundledTreesTests {
    @Test func everyShippedPackFileHasItsTree() {
        #expect(!PackStore.builtIn.bundled.isEmpty)
        #expect(Set(PackStore.builtIn.trees.keys) == Set(PackStore.builtIn.bundled.keys))
    }

    @Test func eachTreeIsTheComposedYAML() throws {
        for (path, text) in PackStore.builtIn.bundled.sorted(by: { $0.key < $1.key }) {
            let composed = try Composer.load(text, limits: .rulePack).first
            let tree = try #require(PackStore.builtIn.trees[path], "no tree for \(path)")
            #expect(TreeText.decode(tree) == composed, "\(path)")
        }
    }
}
