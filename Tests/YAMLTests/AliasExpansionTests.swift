import Testing
import YAML

/// Aliases are replaced by what their anchors name, wherever they sit; a file without one comes
/// back as it was; what cannot be expanded is told where it is.
@Suite struct AliasExpansionTests {
    private func resolve(_ text: String) throws -> (node: Node, errors: [String]) {
        let root = try #require(try Composer.load(text).first?.root)
        let (expanded, problems) = AliasExpansion.expand(root)
        return (expanded, problems.map { "\($0.mark.line):\($0.mark.column): \($0.message)" })
    }

    private func value(_ node: Node, _ key: String) -> Node? {
        node.pairs?.first { $0.key.scalarValue == key }?.value
    }

    @Test func withoutAliasesTheTreeIsUnchanged() throws {
        let text = "a: [1, 2]\nb: {c: 'x'}\n"
        let (node, errors) = try resolve(text)
        #expect(node == (try Composer.load(text).first?.root))
        #expect(errors.isEmpty)
    }

    @Test func aliasesInMappingsAndSequencesAreReplaced() throws {
        let (node, errors) = try resolve("a: &x [1, 2]\nb: *x\nc: [3, *x]\nd: plain\n")
        #expect(errors.isEmpty)
        let anchored = try #require(value(node, "a"))
        #expect(value(node, "b")?.content == anchored.content)
        let items = try #require(value(node, "c")?.content.sequenceItems)
        #expect(items.map(\.scalarValue) == ["3", nil])
        #expect(items[1].content == anchored.content)
        #expect(value(node, "d")?.scalarValue == "plain")
    }

    @Test func anAnchorHoldingAnAliasStandsForItsResolvedNode() throws {
        let (node, errors) = try resolve("a: &x one\nb: &y [*x, two]\nc: *y\n")
        #expect(errors.isEmpty)
        let items = try #require(value(node, "c")?.content.sequenceItems)
        #expect(items.map(\.scalarValue) == ["one", "two"])
    }

    @Test func anUnknownAliasIsReportedWhereItIs() throws {
        let (_, errors) = try resolve("a: 1\nb: [*missing]\n")
        #expect(errors == ["2:5: unknown alias `*missing`"])
    }

    @Test func anAliasBombIsRefusedOnce() throws {
        var text = "l0: &l0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...7 {
            text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let (_, errors) = try resolve(text)
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("aliases expand to more than \(AliasExpansion.budget) nodes") == true)
    }
}

private extension Node.Content {
    var sequenceItems: [Node]? {
        if case let .sequence(items) = self { return items }
        return nil
    }
}
