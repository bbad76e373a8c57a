import Testing
@testable import CorpusLint

@Suite struct FileEndingFixTests {
    @Test func trailingSpacesGoAndHardBreaksStay() throws {
        let fixed = try FixHarness.fixed(FileEndingCheckTests.pack, "---\ntitle: A \n---\nTëxt.\t \nok\n")
        #expect(fixed == "---\ntitle: A\n---\nTëxt.\nok\n")
        let hardBreaks = """
            rules:
              - id: text/trailing-space
                kind: file-ending
                checks: [trailing-space]
                allow-hard-breaks: true
            """
        #expect(try FixHarness.fixed(hardBreaks, "---\na: 1\n---\nA break  \nend   \n") == "---\na: 1\n---\nA break  \nend\n")
    }

    @Test func theFileEndsWithTheLineBreakItUses() throws {
        #expect(try FixHarness.fixed(FileEndingCheckTests.pack, "---\ntitle: A\n---\nText.") == "---\ntitle: A\n---\nText.\n")
        #expect(try FixHarness.fixed(FileEndingCheckTests.pack, "---\r\ntitle: A\r\n---\r\nText.") == "---\r\ntitle: A\r\n---\r\nText.\r\n")
    }

    @Test func blankLinesAtTheEndGo() throws {
        #expect(try FixHarness.fixed(FileEndingCheckTests.pack, "---\ntitle: A\n---\nText.\n\n  \n\n") == "---\ntitle: A\n---\nText.\n")
        #expect(try FixHarness.fixed(FileEndingCheckTests.pack, "---\ntitle: A\n---\nText.\n\n  ") == "---\ntitle: A\n---\nText.\n",
                "blank lines and a last line of spaces without a break: one result whatever fix goes first")
    }

    @Test func theFixesAreSafe() throws {
        let offered = try FixHarness.offered(FileEndingCheckTests.pack, "---\ntitle: A \n---\nText.\n\n")
        #expect(offered == ["text/trailing-space: remove the spaces at the end of the line (safe)",
                            "text/blank-lines-at-end: remove the blank lines at the end (safe)"])
    }
}
