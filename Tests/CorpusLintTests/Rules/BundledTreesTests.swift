import Testing
import YAML
@testable import CorpusLint

/// The shipped packs' trees composed at build time are the trees the loader would compose and
/// expand, so a run that reads them lints as one that reads the packs' text.
@Suite struct BundledTreesTests {
    @Test func everyShippedPackFileHasItsTree() {
        #expect(!PackStore.builtIn.bundled.isEmpty)
        #expect(Set(PackStore.builtIn.trees.keys) == Set(PackStore.builtIn.bundled.keys))
        #expect(Set(PackStore.builtIn.lintTrees.keys) == Set(PackStore.builtIn.bundled.keys))
    }

    /// A lint run reads the trees without examples: the same rules, the same findings, no examples.
    @Test func theLintTreesAreTheTreesWithoutTheRulesExamples() throws {
        let whole = try PackLoader.load(["core", "un"])
        let lint = try PackStore.$readsExamples.withValue(false) { try PackLoader.load(["core", "un"]) }
        #expect(whole.rules.map(\.info.id) == lint.rules.map(\.info.id))
        #expect(whole.rules.contains { !$0.info.examples.isEmpty }, "the shipped rules have examples")
        #expect(lint.rules.allSatisfy { $0.info.examples.isEmpty })
        for path in PackStore.builtIn.bundled.keys.sorted() {
            let whole = try #require(PackStore.builtIn.trees[path].flatMap(TreeText.decode)?.root)
            let lint = try #require(PackStore.builtIn.lintTrees[path].flatMap(TreeText.decode)?.root)
            #expect(Self.withoutExamples(whole) == lint, "\(path)")
        }
    }

    /// `whole` with every mapping's `examples` pair left out, at any depth.
    private static func withoutExamples(_ node: Node) -> Node {
        var result = node
        switch node.content {
        case let .mapping(pairs):
            result.content = .mapping(pairs.filter { $0.key.scalarValue != "examples" }.map { Pair(key: $0.key, value: withoutExamples($0.value)) })
        case let .sequence(items):
            result.content = .sequence(items.map(withoutExamples))
        default: break
        }
        return result
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
