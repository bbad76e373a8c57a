import Foundation
import Testing

/// The shipped packs' examples are tests: `corpuslint test` runs them like a test runner.
@Suite struct TestCommandTests {
    @Test func shippedPacksPassTheirExamples() throws {
        let result = try CLIRunner.run(["test", "un", "--with-extended"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains("FAIL"))
        #expect(!result.stdout.contains("WARN"), "every rule has an example that triggers and one that passes")
        let summary = try #require(result.stdout.split(separator: "\n").last)
        let counts = summary.split(separator: " ")
        #expect(counts.count > 4 && counts[1] == "passed," && counts[2] == "0" && counts[3] == "failed")
        #expect((Int(counts[0]) ?? 0) >= 60, "the shipped packs carry at least 60 examples: \(summary)")
    }

    @Test func aUsersPackWithAWrongExampleFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = """
            rules:
              - id: style/no-todo
                kind: forbid
                pattern: 'TODO'
                examples:
                  - triggers: [5]
                    document: |
                      ---
                      a: 1
                      ---
                      TODO here
            """
        try pack.write(to: folder.appendingPathComponent("mine.yml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["test", "mine.yml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL style/no-todo example 1 (mine.yml:6): expected findings at lines [5], got [4]"))
        #expect(result.stdout.contains("WARN style/no-todo: needs an example that triggers and one that passes"))
        #expect(result.stdout.hasSuffix("0 passed, 1 failed (1 examples of 1 rule)\n"))
    }
}
