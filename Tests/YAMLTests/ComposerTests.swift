import Testing
import TestSupport
import YAML

@Suite struct ComposerTests {
    @Test func mappingKeepsKeysInSourceOrderWithPositions() throws {
        let documents = try Composer.load("zeta: 1\nalpha: two\nmid: [a, b]\n", lineOffset: 1)
        let root = try #require(documents.first?.root)
        let pairs = try #require(root.pairs)
        #expect(pairs.map(\.key.scalarValue) == ["zeta", "alpha", "mid"])
        #expect(pairs[1].value.start == Mark(line: 3, column: 8))
        #expect(pairs[2].value.start == Mark(line: 4, column: 6))
        guard case let .sequence(items) = pairs[2].value.content else { Issue.record("expected a sequence"); return }
        #expect(items.map(\.scalarValue) == ["a", "b"])
        #expect(root["alpha"]?.scalarValue == "two")
        #expect(root["missing"] == nil)
    }

    @Test func duplicateKeysAreReportedWithBothPositions() throws {
        let documents = try Composer.load("a: 1\nb: 2\na: 3\nnested:\n  x: 1\n  x: 2\n")
        let duplicates = try #require(documents.first?.duplicateKeys)
        #expect(duplicates == [
            DuplicateKey(key: "a", first: Mark(line: 1, column: 1), second: Mark(line: 3, column: 1)),
            DuplicateKey(key: "x", first: Mark(line: 5, column: 3), second: Mark(line: 6, column: 3)),
        ])
    }

    @Test func twoHundredThousandKeysLoadWithDuplicatesFoundInLinearTime() throws {
        func text(_ count: Int) -> String {
            var text = ""
            for i in 0..<count { text += "key\(i): \(i)\n" }
            return text + "key17: again\n"
        }
        let documents = try Composer.load(text(200_000))
        #expect(documents.first?.root?.pairs?.count == 200_001)
        #expect(documents.first?.duplicateKeys.map(\.key) == ["key17"])
        #expect(documents.first?.duplicateKeys.first?.second == Mark(line: 200_001, column: 1))
        // 25,000 then 200,000 keys: a comparison of each key with the others costs 64 times more.
        let small = text(25_000), large = text(200_000)
        #expect(try WorkCost.growth(from: 25_000) { _ = try Composer.load($0 == 25_000 ? small : large) } < WorkCost.linear)
    }

    @Test func threeThousandLevelsOfBlockNestingAreRefused() {
        var text = ""
        for depth in 0..<3_000 { text += String(repeating: " ", count: depth) + "k:\n" }
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: YAMLError.self) { try Composer.load(text) }
        print("3,000-level block nesting refused in \(clock.now - start)")
    }

    @Test func nestingWithinTheLimitLoads() throws {
        let deep = String(repeating: "[", count: 200) + "x" + String(repeating: "]", count: 200)
        let documents = try Composer.load(deep, limits: ParseLimits(maxDepth: 200))
        #expect(documents.count == 1)
    }

    @Test func aliasBombStaysSmall() throws {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for level in 0..<20 {
            let name = "l\(level)"
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let documents = try Composer.load(text)
        let pairs = try #require(documents.first?.root?.pairs)
        #expect(pairs.count == 21)
        guard case let .sequence(items) = pairs[20].value.content else { Issue.record("expected a sequence"); return }
        #expect(items.count == 10)
        #expect(items.allSatisfy { $0.content == .alias("l18") })
    }

    @Test func nodeCountOverTheLimitIsRefused() {
        #expect(throws: YAMLError.self) {
            try Composer.load("[" + Array(repeating: "x", count: 1_000).joined(separator: ",") + "]", limits: ParseLimits(maxNodes: 500))
        }
    }

    @Test func severalDocumentsAreKept() throws {
        let documents = try Composer.load("a: 1\n---\nb: 2\n")
        #expect(documents.count == 2)
        #expect(documents[1].start == Mark(line: 2, column: 1))
    }

    @Test func emptyInputHasNoDocument() throws {
        #expect(try Composer.load("").isEmpty)
    }

    @Test func scalarKeepsTagAnchorAndStyle() throws {
        let root = try #require(try Composer.load("k: &anc !!str 12\n").first?.root)
        let value = try #require(root["k"])
        #expect(value.anchor == "anc")
        #expect(value.tag == "tag:yaml.org,2002:str")
        #expect(value.scalarStyle == .plain)
        #expect(value.coreValue == .string("12"))
    }
}
