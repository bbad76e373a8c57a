import Foundation
import Testing

/// `--reference` end to end, on two real snapshots of the same resolutions: the latest extraction
/// (1.3.0) against an earlier one (0eba638, also 1.3.0 but another run) that kept the labels.
@Suite struct ReferenceComparisonTests {
    static let realCorpus = RealCorpusTests.realCorpus
    static var available: Bool {
        let present = FileManager.default.fileExists(atPath: realCorpus.appendingPathComponent("history/0eba638").path)
        if !present { print("../shared/real-corpus/history/0eba638 is absent: the reference comparison is not checked end to end") }
        return present
    }

    static func referenceFindings(_ arguments: [String], in directory: URL = realCorpus) throws -> [(path: String, line: Int, rule: String, message: String)] {
        let result = try CLIRunner.run(["lint", "--format", "json"] + arguments, in: directory)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (json["diagnostics"] as? [[String: Any]] ?? []).compactMap { item in
            guard let rule = item["rule"] as? String, rule.hasPrefix("reference/") else { return nil }
            return (item["path"] as? String ?? "", item["line"] as? Int ?? 0, rule, item["message"] as? String ?? "")
        }
    }

    /// `A/RES/80/5`: the latest run lost the labels (a)–(i) of paragraph 18, which the earlier run has.
    @Test(.enabled(if: available)) func theLabelsTheNewerRunLostAreReported() throws {
        let findings = try Self.referenceFindings(["--reference", "history/0eba638", "current/ga-res-80/A_RES_80_5.md"])
        let lost = findings.filter { $0.rule == "reference/lost-label" && $0.message.contains("of paragraph 18 ") }
        #expect(lost.map { $0.message.prefix(3) } == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)"])
        #expect(lost.allSatisfy { $0.path == "current/ga-res-80/A_RES_80_5.md" && $0.line == 53 })
        print("A/RES/80/5 against history/0eba638: \(findings.count) reference findings")
    }

    /// The same files compared with themselves (another spelling of the folder) lose nothing.
    @Test(.enabled(if: available)) func aSnapshotAgainstItselfLosesNothing() throws {
        #expect(try Self.referenceFindings(["--reference", "./current", "current"]).isEmpty)
    }

    /// `reference:` in the configuration does what `--reference` does, relative to the file.
    @Test(.enabled(if: available)) func theConfigurationNamesTheReference() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reference-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = folder.appendingPathComponent(".corpuslint.yml")
        try "reference: \(Self.realCorpus.appendingPathComponent("history/0eba638").path)\nreference-key: [symbol, language]\n"
            .write(to: configuration, atomically: true, encoding: .utf8)
        let viaConfiguration = try Self.referenceFindings(["--config", configuration.path, "current/ga-res-80/A_RES_80_5.md"])
        let viaOption = try Self.referenceFindings(["--reference", "history/0eba638", "current/ga-res-80/A_RES_80_5.md"])
        #expect(!viaOption.isEmpty)
        #expect(viaConfiguration.map { "\($0.line) \($0.message)" } == viaOption.map { "\($0.line) \($0.message)" })
    }
}
