import Foundation
import Testing

/// The sample corpus is the end-to-end fixture: every defect recorded in `corpus/expected.tsv`
/// is reported with its rule at its line, and nothing else is.
@Suite struct CorpusEndToEndTests {
    struct Finding: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var rule: String
        var description: String { "\(file):\(line) \(rule)" }
    }

    static func expected() throws -> Set<Finding> {
        let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("corpus/expected.tsv"), encoding: .utf8)
        var findings = Set<Finding>()
        for row in text.split(separator: "\n").dropFirst() {
            let cells = row.split(separator: "\t").map(String.init)
            guard cells.count == 3, let line = Int(cells[1]) else { continue }
            findings.insert(Finding(file: cells[0], line: line, rule: cells[2]))
        }
        return findings
    }

    @Test func bundledCorpusGivesExactlyTheExpectedFindings() throws {
        let result = try CLIRunner.run(["lint", "--format", "json", "corpus/"])
        #expect(result.status == 1, "findings make the exit code 1")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        var actual = Set<Finding>()
        for diagnostic in diagnostics where (diagnostic["severity"] as? String) != "info" {
            let path = try #require(diagnostic["path"] as? String)
            actual.insert(Finding(file: String(path.dropFirst("corpus/".count)), line: diagnostic["line"] as? Int ?? 0, rule: diagnostic["rule"] as? String ?? ""))
        }
        let expected = try Self.expected()
        let missing = expected.subtracting(actual).sorted { $0.description < $1.description }
        let unexpected = actual.subtracting(expected).sorted { $0.description < $1.description }
        #expect(missing.isEmpty, "expected but not reported:\n\(missing.map(\.description).joined(separator: "\n"))")
        #expect(unexpected.isEmpty, "reported but not expected:\n\(unexpected.map(\.description).joined(separator: "\n"))")
        let summary = try #require(json["summary"] as? [String: Any])
        let files = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.packageRoot.appendingPathComponent("corpus").path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }
        #expect(summary["files"] as? Int == files.count, "every input file is counted")
    }
}
