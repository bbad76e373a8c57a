import Foundation
import Testing

/// Human-readable outputs (text, GitHub annotations, pack errors on standard error, file names)
/// never pass a document's control characters or bidi overrides on to a terminal or a log: an
/// escape sequence could rewrite the screen or set the clipboard (OSC 52), a line break could
/// forge an annotation of its own. Machine formats keep them, escaped by JSON or XML.
@Suite struct ControlCharacterTests {
    /// A symbol holding an erase-line sequence, a carriage return, a line break with a forged
    /// annotation after it, an OSC 52 clipboard write and a right-to-left override.
    static let hostile = """
        ---
        symbol: "A/RES/80/1\\e[2K\\r\\n::error file=fake.md::forged\\e]52;c;aGk=\\a\\u202Eevil"
        ---

        Text.
        """

    static func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }
    }

    @Test func textAndAnnotationsEscapeControlCharactersInMessagesAndNames() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.hostile.write(to: folder.appendingPathComponent("doc.md"), atomically: true, encoding: .utf8)
        try "No front matter.\n".write(to: folder.appendingPathComponent("evil\u{1B}[31m\u{202E}dm.md"), atomically: true, encoding: .utf8)

        let text = try CLIRunner.run(["--rules", "un", "."], in: folder)
        #expect(!Self.hasRawControls(text.stdout), "\(text.stdout.debugDescription)")
        #expect(text.stdout.contains("A/RES/80/1\\u{1B}[2K\\r\\n::error file=fake.md::forged\\u{1B}]52;c;aGk=\\u{7}\\u{202E}evil"), "\(text.stdout)")
        #expect(text.stdout.contains("evil\\u{1B}[31m\\u{202E}dm.md:1:1: error:"), "\(text.stdout)")

        let github = try CLIRunner.run(["--rules", "un", "--format", "github", "."], in: folder)
        #expect(!Self.hasRawControls(github.stdout), "\(github.stdout.debugDescription)")
        let commands = github.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(!commands.isEmpty && commands.allSatisfy { !$0.contains("fake.md") || $0.contains("forged") }, "no forged command line")
        #expect(!commands.contains { $0.hasPrefix("::error file=fake.md") })

        // The machine formats keep the text as it is, escaped their own way.
        let json = try CLIRunner.run(["--rules", "un", "--format", "json", "."], in: folder)
        #expect(json.stdout.contains("\\u001b[2K\\r\\n::error file=fake.md::forged"), "\(json.stdout)")
    }

    @Test func packErrorsOnStandardErrorAreEscaped() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "pack: hostile\nrules: []\n\"\\e]52;c;aGk=\\a\\e[2Kkey\": 1\n".write(to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["--rules", "pack.yml", "."], in: folder)
        #expect(result.status == 2)
        #expect(!Self.hasRawControls(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains("unknown key `\\u{1B}]52;c;aGk=\\u{7}\\u{1B}[2Kkey`"), "\(result.stderr)")
    }
}
