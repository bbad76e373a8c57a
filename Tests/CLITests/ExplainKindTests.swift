import Foundation
import Testing

/// `corpuslint explain kind NAME` prints the kind's page, built into the binary.
@Suite struct ExplainKindTests {
    @Test func aKindsPageIsPrintedAsWritten() throws {
        let result = try CLIRunner.run(["explain", "kind", "file-ending"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("docs/kinds/file-ending.md"), encoding: .utf8)
        #expect(result.stdout == page, "the page comes from the binary, from any folder")
    }

    @Test func anUnknownKindIsAUsageErrorWithASuggestion() throws {
        let result = try CLIRunner.run(["explain", "kind", "sequense"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown kind `sequense` (did you mean `sequence`?)"))
        #expect(result.stdout.isEmpty)
    }
}
