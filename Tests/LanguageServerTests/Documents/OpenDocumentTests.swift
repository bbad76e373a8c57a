@testable import LanguageServer
import Testing

@Suite struct OpenDocumentTests {
    @Test func incrementalChangesApplyInOrderInUTF16Units() {
        var document = OpenDocument(uri: "file:///tmp/a.md", version: 1, text: "𝄞 one\ntwo\n")
        document.apply([
            // Replace "one" (UTF-16 characters 3..<6 after the two-unit 𝄞 and a space) with "1".
            ["range": TextRange(start: Position(line: 0, character: 3), end: Position(line: 0, character: 6)).json, "text": "1"],
            // Then, on the text as changed, insert at the start of the second line.
            ["range": TextRange(start: Position(line: 1, character: 0), end: Position(line: 1, character: 0)).json, "text": "é "],
        ], version: 2)
        #expect(String(decoding: document.text, as: UTF8.self) == "𝄞 1\né two\n")
        #expect(document.version == 2)
    }

    @Test func aChangeWithoutRangeReplacesEverything() {
        var document = OpenDocument(uri: "file:///tmp/a.md", version: 1, text: "old")
        document.apply([["text": "new\n"]], version: 5)
        #expect(String(decoding: document.text, as: UTF8.self) == "new\n")
    }

    @Test func fileURIsArePathsOthersAreNames() {
        #expect(OpenDocument.path(of: "file:///tmp/a%20b/c%C3%A9.md") == "/tmp/a b/cé.md")
        #expect(OpenDocument(uri: "untitled:Untitled-1", version: 0, text: "").path == "Untitled-1")
        #expect(!OpenDocument(uri: "untitled:Untitled-1", version: 0, text: "").isFile)
    }
}
