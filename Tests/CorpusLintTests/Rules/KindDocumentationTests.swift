import Foundation
import Testing
@testable import CorpusLint

/// A kind's documentation has one source, `docs/kinds/NAME.md`, built into the library; the kinds
/// tables of the README and of docs/rule-packs.md list exactly the kinds of the registry.
@Suite struct KindDocumentationTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: LineEngineTests.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The kind names a Markdown kinds table links (`[`name`](…kinds/name.md)`), in order.
    static func tableKinds(_ markdown: String) -> [String] {
        var names: [String] = []
        for line in markdown.split(separator: "\n") where line.hasPrefix("| [`") {
            var rest = Substring(line)
            while let open = rest.range(of: "[`") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "`](") else { break }
                let name = String(rest[..<close.lowerBound])
                rest = rest[close.upperBound...]
                if rest.hasPrefix("docs/kinds/\(name).md)") || rest.hasPrefix("kinds/\(name).md)") { names.append(name) }
            }
        }
        return names
    }

    @Test func everyKindHasItsPageBuiltInAndNoPageLacksAKind() throws {
        let kinds = KindDocumentation.kindNames
        #expect(kinds.count == KindRegistry.kinds.count)
        for name in kinds {
            let page = try #require(KindDocumentation.page(for: name), "docs/kinds/\(name).md is missing")
            #expect(page.hasPrefix("# `kind: \(name)`"), "docs/kinds/\(name).md starts with its kind's title")
            #expect(page == (try Self.text("docs/kinds/\(name).md")), "the built-in page is the file as it is")
        }
        #expect(KindDocumentation.documentedNames == kinds.sorted(), "a page in docs/kinds/ for a kind the registry lacks")
        #expect(KindDocumentation.page(for: "no-such-kind") == nil)
    }

    @Test func theReadmeKindsTableListsTheRegistry() throws {
        let listed = Self.tableKinds(try Self.text("README.md"))
        #expect(listed.sorted() == KindDocumentation.kindNames.sorted())
        #expect(Set(listed).count == listed.count, "a kind listed twice")
    }

    @Test func theRulePacksKindsTableListsTheRegistry() throws {
        let listed = Self.tableKinds(try Self.text("docs/rule-packs.md"))
        #expect(listed.sorted() == KindDocumentation.kindNames.sorted())
        #expect(Set(listed).count == listed.count, "a kind listed twice")
    }

    @Test func theTableReaderFindsEveryLinkOfARow() {
        let table = "| kind | checks |\n|---|---|\n| [`forbid`](docs/kinds/forbid.md) / [`require`](docs/kinds/require.md) | x |\n| `plain` | y |\n"
        #expect(Self.tableKinds(table) == ["forbid", "require"])
    }
}
