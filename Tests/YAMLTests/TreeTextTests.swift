import Testing
import YAML

@Suite struct TreeTextTests {
    /// Every part of a tree survives: styles, tags, anchors, aliases, duplicate keys, positions,
    /// control characters, text that is not ASCII, and an empty document.
    @Test(arguments: [
        "a: 1\nb: 'two'\nc: \"t\\x00r\\rn\\u007f\"\nd: |\n  lit\ne: >\n  fold\n",
        "x: &anchor [1, 2]\ny: *anchor\nz: !custom tagged\n",
        "a: 1\na: 2\nnested:\n  k: x\n  k: y\n",
        "- Организация Объединенных Наций\n- 联合国\n- '12:3%4'\n- {}\n- []\n",
        "---\n",
        "--- plain\n",
    ])
    func decodesTheTreeItEncoded(_ yaml: String) throws {
        let document = try #require(try Composer.load(yaml).first)
        let text = TreeText.encode(document)
        #expect(TreeText.decode(text) == document)
    }

    /// Whether a document holds an alias is known from reading it, either way.
    @Test func aliasesAreNoticed() throws {
        let with = try #require(try Composer.load("a: &x 1\nb: [*x]\n").first)
        let without = try #require(try Composer.load("a: &x 1\nb: '*x'\n").first)
        #expect(with.containsAliases)
        #expect(!without.containsAliases)
        #expect(TreeText.decode(TreeText.encode(with))?.containsAliases == true)
        #expect(TreeText.decode(TreeText.encode(without))?.containsAliases == false)
    }

    @Test func controlCharactersAreNotWrittenAsSuch() throws {
        let document = try #require(try Composer.load("a: \"\\x00\\r\\t\"\n").first)
        let text = TreeText.encode(document)
        #expect(!text.utf8.contains { $0 < 0x20 && $0 != UInt8(ascii: "\n") })
        #expect(TreeText.decode(text)?.root?["a"]?.scalarValue == "\u{0}\r\t")
    }

    /// A damaged form reads as nothing (the caller then composes the YAML), never as another tree.
    @Test func damagedTextReadsAsNothing() throws {
        let document = try #require(try Composer.load("a: [1, 2]\nb: text\n").first)
        let text = TreeText.encode(document)
        for cut in [1, text.utf8.count / 2, text.utf8.count - 1] {
            #expect(TreeText.decode(String(decoding: text.utf8.prefix(cut), as: UTF8.self)) == nil)
        }
        #expect(TreeText.decode(text + "x") == nil)
        #expect(TreeText.decode("a: 1") == nil)
        #expect(TreeText.decode(text.replacingFirst("s", with: "z")) == nil)
    }
}

private extension String {
    func replacingFirst(_ target: Character, with replacement: Character) -> String {
        guard let index = firstIndex(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(index...index, with: String(replacement))
        return copy
    }
}
