import Testing
import YAML
@testable import CorpusLint

/// The shipped packs' trees composed at build time are the trees the loader would compose and
/// expand, so a run that reads them lints as one that reads the packs' text.
@Suite struct BundledTreesTests {
    @Test func everyShippedPackFileHasItsTree() {
        #expect(!PackStore.builtIn.bundled.isEmpty)
        #expect(Set(PackStore.builtIn.trees.keys) == Set(PackStore.builtIn.bundled.keys))
    }

    @Test func eachTreeIsTheComposedYAMLWithItsAliasesExpanded() throws {
        var expandedFiles = 0
        for (path, text) in PackStore.builtIn.bundled.sorted(by: { $0.key < $1.key }) {
            var composed = try #require(try Composer.load(text, limits: .rulePack).first)
            if composed.containsAliases, let root = composed.root {
                let sink = ErrorSink()
                composed.root = AliasResolver.resolve(root, file: path, sink: sink)
                composed.containsAliases = false
                #expect(sink.errors.isEmpty, "\(path)")
                expandedFiles += 1
            }
            let tree = try #require(PackStore.builtIn.trees[path], "no tree for \(path)")
            let decoded = TreeText.decode(tree)
            #expect(decoded == composed, "\(path)")
            #expect(decoded?.containsAliases == false, "\(path): a run would walk it again")
        }
        // The UN pack writes its page-turn pattern once (`&page-turn`): the expansion is exercised.
        #expect(expandedFiles > 0)
    }
}
