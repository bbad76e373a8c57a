import CorpusLint
import Foundation
@testable import LanguageServer
import TestSupport
import Testing

/// The disable action's comment is judged by the engine itself: after the edit, the finding is
/// gone and the comment is no unused suppression.
@Suite struct SuppressionEditTests {
    static let linter = Linter(rules: try! PackLoader.load(["un"]))

    /// A sample-corpus document with an impossible date in its front matter (line 5), its
    /// adoption line (line 18) and its closing line, and multi-byte text in its title.
    static func document(lineBreak: String = "\n") throws -> OpenDocument {
        var text = try String(contentsOf: corpusURL, encoding: .utf8)
        text = text.replacingOccurrences(of: "date: \"2025-03-05\"", with: "date: \"2025-02-30\"")
        text = text.replacingOccurrences(of: "Pastoralists :", with: "Pastoralists 𝄞 é :")
        text = text.replacingOccurrences(of: "\n", with: lineBreak)
        return OpenDocument(uri: "file:///corpus/A_RES_79_290-EN.md", version: 1, text: text)
    }

    static let corpusURL = SharedFolder.packageRoot.appendingPathComponent("corpus/A_RES_79_290-EN.md")

    static func lint(_ document: OpenDocument) -> [Diagnostic] { linter.lint(path: "A_RES_79_290-EN.md", bytes: document.text) }

    static func applying(_ edit: JSON, to document: OpenDocument) -> OpenDocument {
        var changed = document
        changed.apply([["range": edit["range"]!, "text": edit["newText"]!]], version: document.version + 1)
        return changed
    }

    @Test(arguments: ["\n", "\r\n"])
    func silencingEachImpossibleDateLeavesNoneAndNoUnusedSuppression(lineBreak: String) throws {
        var document = try Self.document(lineBreak: lineBreak)
        let all = Self.lint(document)
        let before = all.filter { $0.rule == "date/invalid" }.map(\.line)
        #expect(before.contains(5) && before.contains(18), "the planted dates: \(before)")
        // From the bottom up, so each line number still holds.
        for line in Set(before).sorted(by: >) {
            let edit = try #require(SuppressionEdit.edit(silencing: "date/invalid", onLine: line, in: document, frontMatter: FrontMatterLines(document)))
            document = Self.applying(edit, to: document)
        }
        let after = Self.lint(document)
        #expect(!after.contains { $0.rule == "date/invalid" })
        // Nothing else changed: no unused suppression, no front-matter error from the YAML comment.
        #expect(after.map(\.rule).sorted() == all.map(\.rule).filter { $0 != "date/invalid" }.sorted())
        let text = String(decoding: document.text, as: UTF8.self)
        #expect(text.contains("# <!-- corpuslint-disable-next-line date/invalid -->\(lineBreak)date: \"2025-02-30\""))
        #expect(text.contains("<!-- corpuslint-disable-next-line date/invalid -->\(lineBreak)Resolution adopted"))
        #expect(!text.contains("\r\r") && (lineBreak == "\r\n" || !text.contains("\r")))
    }

    @Test func aSecondRuleJoinsTheCommentAbove() throws {
        let document = OpenDocument(uri: "file:///a.md", version: 1, text: "body\n<!-- corpuslint-disable-next-line numbering/gap -->\n3. text\n")
        let edit = try #require(SuppressionEdit.edit(silencing: "numbering/out-of-order", onLine: 3, in: document, frontMatter: FrontMatterLines(document)))
        #expect(String(decoding: Self.applying(edit, to: document).text, as: UTF8.self)
                == "body\n<!-- corpuslint-disable-next-line numbering/gap numbering/out-of-order -->\n3. text\n")
    }

    @Test func nothingGoesAboveTheOpeningDashes() throws {
        let document = try Self.document()
        #expect(SuppressionEdit.edit(silencing: "x/y", onLine: 1, in: document, frontMatter: FrontMatterLines(document)) == nil)
        let plain = OpenDocument(uri: "file:///a.md", version: 1, text: "no front matter\n")
        #expect(SuppressionEdit.edit(silencing: "x/y", onLine: 1, in: plain, frontMatter: FrontMatterLines(plain)) != nil)
    }
}
