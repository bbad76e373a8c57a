import Foundation
import Testing

/// The progress bar: on a terminal for long runs only, never on a pipe, never on standard output.
@Suite struct ProgressBarTests {
    /// `count` small documents, a tenth without front matter.
    static func corpus(_ count: Int) throws -> URL {
        let folder = try LintCommandTests.temporaryFolder()
        for i in 0..<count {
            let text = i % 10 == 0 ? "No front matter \(i)\n" : "---\nsymbol: A/RES/80/\(i)\n---\n\nText \(i).\n"
            try text.write(to: folder.appendingPathComponent(String(format: "doc%04d.md", i)), atomically: false, encoding: .utf8)
        }
        return folder
    }

    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let folder = try Self.corpus(400)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["lint", "--rules", "core", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty, "a pipe gets no progress bar")
        #expect(!result.stdout.contains("files/s") && !result.stdout.contains("\r"))
        #expect(result.stdout.hasSuffix(" ms)\n") && result.stdout.contains("400 files checked, 40 with findings"))
    }

    @Test func aTerminalSeesProgressThenAClearedLine() throws {
        let folder = try Self.corpus(400)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.runOnTerminal(["lint", "--rules", "core", "--format", "json", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\rcorpuslint [                        ] 0/400 files, 0 files/s, 0.0 s\u{1B}[K"))
        #expect(result.stderr.contains("] 400/400 files, "), "the last update shows every file done")
        #expect(result.stderr.hasSuffix("\r\u{1B}[K"), "the bar is cleared before the report")
        #expect(!result.stdout.contains("files/s"), "standard output carries the report alone")
        #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any])
    }

    @Test func shortRunsAndDumbTerminalsGetNoBar() throws {
        let folder = try Self.corpus(300)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.runOnTerminal(["lint", "--rules", "core", "."], in: folder).stderr.isEmpty, "300 files end too soon for a bar")
        try "---\na: 1\n---\n\nOne more.\n".write(to: folder.appendingPathComponent("last.md"), atomically: true, encoding: .utf8)
        #expect(try CLIRunner.runOnTerminal(["lint", "--rules", "core", "."], in: folder).stderr.contains("301/301 files"))
        #expect(try CLIRunner.runOnTerminal(["lint", "--rules", "core", "."], in: folder, environment: ["TERM": "dumb"]).stderr.isEmpty)
    }
}
