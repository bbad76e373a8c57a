import Testing
@testable import CorpusLint

@Suite struct UnifiedDiffTests {
    static func diff(_ old: String, _ new: String) -> String {
        UnifiedDiff.diff(Array(old.utf8), Array(new.utf8), path: "a.md")
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(Self.diff("a\nb\n", "a\nb\n") == "")
    }

    @Test func changesComeWithThreeLinesOfContextAndNearbyOnesShareAHunk() {
        let old = (1...12).map { "line \($0)\n" }.joined()
        var new = old.replacingOccurrences(of: "line 2\n", with: "line two\n")
        new = new.replacingOccurrences(of: "line 11\n", with: "")
        #expect(Self.diff(old, new) == """
            --- a.md
            +++ a.md
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -8,5 +8,4 @@
             line 8
             line 9
             line 10
            -line 11
             line 12

            """)
    }

    @Test func aMissingFinalLineBreakIsMarked() {
        #expect(Self.diff("a\nb", "a\nb\n") == "--- a.md\n+++ a.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
    }

    @Test func insertionsIntoAnEmptySideCountFromTheLineBefore() {
        #expect(Self.diff("a\nb\n", "a\nnew\nb\n") == "--- a.md\n+++ a.md\n@@ -1,2 +1,3 @@\n a\n+new\n b\n")
        #expect(Self.diff("", "a\n") == "--- a.md\n+++ a.md\n@@ -0,0 +1 @@\n+a\n")
    }

    @Test func aWholeFileOfChangedLineEndingsIsOneHunk() {
        let old = (1...50).map { "line \($0)\r\n" }.joined()
        let diff = Self.diff(old, old.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(diff.hasPrefix("--- a.md\n+++ a.md\n@@ -1,50 +1,50 @@\n"))
        #expect(diff.components(separatedBy: "@@ ").count == 2)
    }
}
