import Foundation
import Testing
@testable import CorpusLint

/// What stands in for the parts of Foundation the product no longer links (see
/// `FoundationLinkTests`) gives what Foundation gives, on the inputs the engine sees and on odd ones.
@Suite struct FoundationEquivalenceTests {
    static let paths = [
        "a/b.yml", "a//b/./c/../d/", "/x/../y", "/..", "/", ".", "./a", "a/..", "a/../..", "../x", "../../x/y",
        "rules/un/", "/tmp//corpus///doc.md", "~", "~/packs/un", "a/b/c/../../d", "/a/./b/.", "x",
        "corpus/A_RES_80_1-EN.md", "dir.with.dots/file", ".hidden", "a/.hidden", "a/b.tar.gz", "a/.", "./.", "./a/./b",
        ".//a", "/a/b/../../..", "/a/../../b", "/tmp/./x/../y/", "./", "x/~/y", "//a", "a/b/../c",
    ]

    @Test func standardizedPathsAreFoundations() {
        for path in Self.paths {
            #expect(PathText.standardized(path) == (path as NSString).standardizingPath, "\(path)")
        }
    }

    @Test func lastComponentsAndExtensionsAreFoundations() {
        for path in Self.paths where !path.hasPrefix("~") {
            #expect(PathText.lastComponent(of: path) == (path as NSString).lastPathComponent, "\(path)")
            #expect(PathText.pathExtension(of: path) == (path as NSString).pathExtension, "\(path)")
        }
    }

    @Test func percentDecodingIsFoundations() {
        for text in ["a%20b", "%E2%82%AC", "%e2%82%ac", "100%", "%zz", "%2", "%C3", "plain", "", "a%2Fb%23c", "%00x"] {
            #expect(CrossReferenceCheck.percentDecoded(text) == text.removingPercentEncoding, "\(text)")
        }
    }

    /// The text of one line (a heading, a link's text, a template's expression) is trimmed as
    /// Foundation's `.whitespaces` trims it; across lines, line breaks go too.
    @Test func trimmingIsFoundationsOnOneLineAndTakesLineBreaksAcross() {
        for text in ["  a b \t", "\u{00A0}x\u{2003}", "\t\t", "", "a", " é ", "\u{3000}中文\u{3000}"] {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text)")
        }
        #expect(" a\n b \r\n".trimmingSpaces() == " a\n b \r\n".trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func withoutDiacriticsIsFoundationsDiacriticFolding() {
        for text in ["Résolution adoptée", "Ñandú", "Ångström", "naïve café", "Київ", "Şəki", "e\u{301}", "plain", "中文", "أَلِف",
                     "ي\u{654}", "ǅ", "ﬁ", "ḯ", "ё й ї", "ά ΐ", "œ ø ł", "\u{670}", "Ŵ\u{1DC0}"] {
            #expect(ValueTemplate.withoutDiacritics(text) == text.folding(options: .diacriticInsensitive, locale: nil), "\(text)")
        }
        // Every letter of several scripts, alone and with each of several marks, scalar for scalar.
        let bases = Array(0x41...0x5A) + Array(0xC0...0x17F) + Array(0x391...0x3C9) + Array(0x410...0x44F) + Array(0x5D0...0x5EA)
            + Array(0x621...0x64A) + Array(0x915...0x939) + Array(0x1E00...0x1E20) + Array(0x1F00...0x1F20) + [0x4E2D, 0xE01, 0x10D0, 0x531]
        let marks = [0x300, 0x301, 0x308, 0x327, 0x36F, 0x1AB0, 0x1DC0, 0x20D0, 0xFE20, 0x5B0, 0x591, 0x64B, 0x64E, 0x654, 0x670,
                     0x93C, 0x94D, 0xE48, 0x302A, 0x3099, 0x483]
        var differing: [String] = []
        for base in bases {
            for mark in [nil] + marks.map(Optional.init) {
                var text = String(Character(Unicode.Scalar(UInt32(base))!))
                if let mark { text.unicodeScalars.append(Unicode.Scalar(UInt32(mark))!) }
                let folded = text.folding(options: .diacriticInsensitive, locale: nil)
                if Array(ValueTemplate.withoutDiacritics(text).unicodeScalars) != Array(folded.unicodeScalars) { differing.append(text) }
            }
        }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(10))")
    }
}
