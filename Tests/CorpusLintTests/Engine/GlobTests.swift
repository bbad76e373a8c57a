import Testing
@testable import CorpusLint

@Suite struct GlobClassTests {
    @Test func classesMatchOneCharacter() {
        #expect(Glob("[a-z][a-z]/*.md").matches("de/post.md"))
        #expect(!Glob("[a-z][a-z]/*.md").matches("DE/post.md"))
        #expect(!Glob("[a-z][a-z]/*.md").matches("deu/post.md"))
        #expect(Glob("A_RES_80_[0-9]*-EN.md").matches("corpus/A_RES_80_35-EN.md"))
        #expect(!Glob("A_RES_80_[0-9]*-EN.md").matches("corpus/A_RES_80_X-EN.md"))
        #expect(Glob("*-[!E]?.md").matches("A_RES_80_35-FR.md"))
        #expect(!Glob("*-[!E]?.md").matches("A_RES_80_35-EN.md"))
        #expect(Glob("*-[^E]?.md").matches("A_RES_80_35-ZH.md"))
        #expect(Glob("[]x].md").matches("].md"))
        #expect(Glob("[ä-ü]*.md").matches("über.md"))
        // An unclosed `[` is a character like any other.
        #expect(Glob("a[b.md").matches("a[b.md"))
    }

    @Test func aLeadingDotSlashAnchorsAtTheBase() {
        #expect(Glob("./404.md").matches("404.md"))
        #expect(!Glob("./404.md").matches("de/404.md"))
        #expect(Glob("404.md").matches("de/404.md"))
        #expect(Glob("./drafts/").matches("drafts/a/b.md"))
        #expect(!Glob("./drafts/").matches("x/drafts/a.md"))
    }
}
