import Testing
@testable import CorpusLint

@Suite struct PathTextTests {
    /// As `dirname`, but `""` for a bare name; one-character paths included (Foundation's
    /// `deletingLastPathComponent` trapped on them).
    @Test func folderOfAPath() {
        let cases: [(String, String)] = [
            ("a/b.yml", "a"), ("b", ""), ("c", ""), ("/b", "/"), ("/", "/"), ("a/b/", "a"), ("a//b", "a"), ("//b", "/"),
            ("./x", "."), ("../x.yml", ".."), ("/tmp/lock/", "/tmp"), ("", ""), ("a/", ""), ("ß/é", "ß"),
        ]
        for (path, folder) in cases { #expect(PathText.folder(of: path) == folder, "\(path)") }
    }

    @Test func joining() {
        #expect(PathText.joined("", "x") == "x")
        #expect(PathText.joined("a", "x") == "a/x")
        #expect(PathText.joined("a/", "x") == "a/x")
        #expect(PathText.joined("a", "/x") == "/x")
    }

    @Test func namesThatAreNotUTF8AreShownWithByteEscapes() {
        #expect(PathText.shown(Array("good.md".utf8)) == "good.md")
        #expect(PathText.shown(Array("bad".utf8) + [0xFF] + Array(".md".utf8)) == "bad\\xFF.md")
        #expect(PathText.shown(Array("bad".utf8) + [0xE9, 0x74, 0xE9] + Array(".md".utf8)) == "bad\\xE9t\\xE9.md", "Latin-1")
        // Valid sequences around invalid bytes stay text.
        #expect(PathText.shown([0xC3, 0xA9, 0xFE, 0xE6, 0x96, 0x87]) == "é\\xFE文")
        // Overlong forms, surrogates, code points past U+10FFFF and truncated sequences are bytes.
        #expect(PathText.shown([0xC0, 0xAF]) == "\\xC0\\xAF")
        #expect(PathText.shown([0xED, 0xA0, 0x80]) == "\\xED\\xA0\\x80")
        #expect(PathText.shown([0xF4, 0x90, 0x80, 0x80]) == "\\xF4\\x90\\x80\\x80")
        #expect(PathText.shown([0x61, 0xE6, 0x96]) == "a\\xE6\\x96")
    }

    @Test func sequenceLengthsFollowRFC3629() {
        #expect(PathText.validSequenceLength([0x41], at: 0) == 1)
        #expect(PathText.validSequenceLength([0xC2, 0x80], at: 0) == 2)
        #expect(PathText.validSequenceLength([0xE0, 0x9F, 0x80], at: 0) == 0, "overlong")
        #expect(PathText.validSequenceLength([0xF0, 0x9F, 0x99, 0x82], at: 0) == 4)
        #expect(PathText.validSequenceLength([0x80], at: 0) == 0, "a lone continuation byte")
    }
}
