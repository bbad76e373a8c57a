import Foundation
import Testing
import TestSupport

/// The UN pack on real extracts nobody here wrote: every finding must be one judged a true defect
/// (listed with its reason in Fixtures/real-corpus-true-defects.tsv), and every listed defect must
/// still be found. Rows whose reason starts with "false alarm:" are findings judged false that a
/// pending fix will remove: tolerated while found, never required, and counted aloud. Each snapshot
/// folder is linted on its own, as a corpus keeper lints one tree.
@Suite struct RealCorpusTests {
    static let realCorpus = SharedFolder.url("real-corpus")

    struct Finding: Hashable, CustomStringConvertible {
        var path: String
        var line: Int
        var rule: String
        var description: String { "\(path):\(line) \(rule)" }
    }

    @Test(.needsShared("real-corpus"))
    func everyFindingIsAJudgedTrueDefect() throws {
        let fixture = CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Fixtures/real-corpus-true-defects.tsv")
        var judged = Set<Finding>()
        var knownFalse = Set<Finding>()
        for row in try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n") where !row.hasPrefix("#") {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4, let line = Int(cells[1]), !cells[3].isEmpty else {
                Issue.record("malformed row (path, line, rule, reason): \(row)")
                continue
            }
            let finding = Finding(path: cells[0], line: line, rule: cells[2])
            if cells[3].hasPrefix("false alarm:") { knownFalse.insert(finding) } else { judged.insert(finding) }
        }
        let history = try FileManager.default.contentsOfDirectory(atPath: Self.realCorpus.appendingPathComponent("history").path).sorted()
        let snapshots = ["current"] + history.map { "history/" + $0 }
        var found = Set<Finding>()
        var files = 0
        for snapshot in snapshots {
            let result = try CLIRunner.run(["lint", "--format", "json", snapshot], in: Self.realCorpus)
            #expect(result.status == 0 || result.status == 1, "\(snapshot): \(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            files += (json["summary"] as? [String: Any])?["files"] as? Int ?? 0
            for diagnostic in json["diagnostics"] as? [[String: Any]] ?? [] {
                found.insert(Finding(path: diagnostic["path"] as? String ?? "", line: diagnostic["line"] as? Int ?? 0, rule: diagnostic["rule"] as? String ?? ""))
            }
        }
        let stillFalse = found.intersection(knownFalse)
        print("real corpus: \(files) files, \(found.count) findings, \(judged.count) judged true defects, "
              + "\(stillFalse.count) known false alarms still raised")
        #expect(files == 245)
        let falseAlarms = found.subtracting(judged).subtracting(knownFalse).sorted { $0.description < $1.description }
        let lost = judged.subtracting(found).sorted { $0.description < $1.description }
        #expect(falseAlarms.isEmpty, "findings not judged true defects:\n\(falseAlarms.map(\.description).joined(separator: "\n"))")
        #expect(lost.isEmpty, "true defects no longer found:\n\(lost.map(\.description).joined(separator: "\n"))")
    }
}
