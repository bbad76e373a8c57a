import CorpusLint
@testable import LanguageServer
import Testing

/// A fix sent as protocol edits must change the editor's text exactly as the engine's own
/// application of it changes the file.
@Suite struct FixEditsTests {
    static let linter = Linter(rules: try! PackLoader.load(["core", "text"]))

    static let documents: [String] = [
        "---\nsymbol: A/RES/1\n---\nTrailing spaces   \nAstral 𝄞 é, then spaces   \nno final newline",
        "\u{FEFF}---\r\nsymbol: A/RES/1\r\n---\r\nWindows 𝄞 line endings   \r\nand more\r\n",
        "---\nsymbol: A/RES/1\n---\nMixed\r\nline endings 𝄞\nhere\r\n\n\n\n",
    ]

    /// Applies protocol edits as a client does: each range is of the text before any of them,
    /// so the last in the text goes first.
    static func applyAsClient(_ edits: [JSON], to document: OpenDocument) -> [UInt8] {
        var changed = document
        let ordered = edits.sorted { TextRange($1["range"])!.start < TextRange($0["range"])!.start }
        changed.apply(ordered.map { ["range": $0["range"]!, "text": $0["newText"]!] }, version: 2)
        return changed.text
    }

    @Test(arguments: documents)
    func eachFixAsProtocolEditsChangesWhatTheEngineChanges(text: String) throws {
        let document = OpenDocument(uri: "file:///a.md", version: 1, text: text)
        let fixed = Self.linter.lint(path: "a.md", bytes: document.text).filter { $0.fix != nil }
        #expect(!fixed.isEmpty, "the document has fixable findings")
        for diagnostic in fixed {
            let fix = try #require(diagnostic.fix)
            let client = Self.applyAsClient(FixEdits.json(fix.edits, in: document.lines), to: document)
            #expect(client == FixApplication.apply(edits: fix.edits, to: document.text),
                    "\(diagnostic.rule): \(String(decoding: client, as: UTF8.self).debugDescription)")
        }
    }

    @Test(arguments: documents)
    func fixAllIsWhatTheFixerMakes(text: String) throws {
        let document = OpenDocument(uri: "file:///a.md", version: 1, text: text)
        let action = try #require(CodeActions.fixAll(document, linter: Self.linter, kinds: nil))
        #expect(action["kind"] == .string(CodeActions.fixAllKind))
        let edits = try #require(action["edit"]?["changes"]?[document.uri]?.array)
        let expected = Fixer(linter: Self.linter, includesUnsafe: false).fix(path: "a.md", bytes: document.text).bytes
        #expect(Self.applyAsClient(edits, to: document) == expected)
        #expect(Self.linter.lint(path: "a.md", bytes: expected).allSatisfy { $0.fix?.safety != .safe })
    }

    /// Between the `\r` and the `\n` of a break is no protocol position: an edit bounded there
    /// takes in the whole break and still changes only what it meant to.
    @Test func editsSplittingALineBreakStillApplyExactly() {
        let document = OpenDocument(uri: "file:///a.md", version: 1, text: "a𝄞\r\nb\r\nc")
        let bytes = document.text
        let firstBreak = bytes.firstIndex(of: 0x0D)!
        let secondBreak = bytes.lastIndex(of: 0x0D)!
        for edits in [
            [TextEdit.delete(firstBreak..<(firstBreak + 1))],                         // the \r only
            [TextEdit.insert("x", at: firstBreak + 1)],                               // between \r and \n
            [TextEdit(range: (firstBreak + 1)..<(secondBreak + 1), replacement: "")], // from one break's middle to another's
        ] {
            let client = Self.applyAsClient(FixEdits.json(edits, in: document.lines), to: document)
            #expect(client == FixApplication.apply(edits: edits, to: bytes), "\(edits)")
        }
    }

    @Test func aSafeFixIsThePreferredAction() throws {
        let document = OpenDocument(uri: "file:///a.md", version: 1, text: Self.documents[0])
        let findings = Self.linter.lint(path: "a.md", bytes: document.text).map { DiagnosticTranslation.finding($0, in: document.lines) }
        let trailing = try #require(findings.first { $0.diagnostic.rule == "text/trailing-space" })
        let actions = CodeActions.actions(for: trailing.range, only: nil, document: document, findings: findings, link: { _ in nil })
        let fix = try #require(actions.first { $0["title"]?.string?.hasPrefix("Fix text/trailing-space") == true })
        #expect(fix["isPreferred"] == true)
        #expect(actions.contains { $0["title"]?.string?.contains("corpuslint-disable-next-line") == true })
    }
}
