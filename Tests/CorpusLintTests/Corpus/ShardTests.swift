import Foundation
import Testing
@testable import CorpusLint

@Suite struct ShardTests {
    /// Vectors of the FNV specification (draft-eastlake-fnv, FNV-1a 64-bit).
    @Test func fnv1aMatchesTheSpecificationsVectors() {
        #expect(FNV1a.hash64("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash64("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash64("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test func shardsAreReadAsKOfN() {
        #expect(Shard("2/8") == Shard(index: 2, count: 8))
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3"] { #expect(Shard(bad) == nil, "\(bad)") }
    }

    @Test func everyPathIsInExactlyOneShard() {
        let paths = (0..<2_000).map { "folder\($0 % 13)/A_RES_\($0)-EN.md" }
        for count in [1, 3, 8] {
            var sizes = [Int](repeating: 0, count: count)
            for path in paths {
                let owners = (1...count).filter { Shard(index: $0, count: count)!.contains(path, root: "/corpus") }
                #expect(owners.count == 1)
                sizes[owners[0] - 1] += 1
            }
            // FNV-1a spreads similar names: no shard gets less than half its share.
            #expect(sizes.allSatisfy { $0 > paths.count / count / 2 }, "\(sizes)")
        }
    }

    @Test func thePartDependsOnThePathRelativeToTheRootOnly() {
        let working = FileManager.default.currentDirectoryPath
        #expect(Shard.relative("a/b.md", to: working) == "a/b.md")
        #expect(Shard.relative("./a/b.md", to: working) == "a/b.md")
        #expect(Shard.relative(working + "/a/../a/b.md", to: working) == "a/b.md")
        #expect(Shard.relative("/elsewhere/b.md", to: "/root") == "/elsewhere/b.md")
        #expect(Shard.relative("/root/x/b.md", to: "/root/") == "x/b.md")
        #expect(Shard.relative("/rootless/b.md", to: "/root") == "/rootless/b.md", "a sibling with the root as prefix is outside it")
        // The same file on two machines with different checkouts lands in the same shard.
        let shard = Shard(index: 1, count: 4)!
        for name in ["x.md", "deep/er/y.md"] {
            #expect(shard.contains("/build/one/" + name, root: "/build/one") == shard.contains("/home/two/" + name, root: "/home/two"))
        }
    }
}
