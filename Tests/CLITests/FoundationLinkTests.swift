import Foundation
import Testing

/// The product links FoundationEssentials, never the rest of Foundation: one file importing
/// Foundation on Linux would link all of it with ICU's data again (86 MB instead of 37 MB, and
/// about 170 more page faults at every start). On Apple platforms the `#else` branch imports
/// Foundation, which is the system's own there.
@Suite struct FoundationLinkTests {
    @Test func productSourcesImportFoundationOnlyWhereFoundationEssentialsIsMissing() throws {
        let sources = CLIRunner.packageRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("RulePackEmbedder/") }  // a build tool, not in the binary
        #expect(files.count > 100)
        var offending: [String] = []
        for file in files {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.hasPrefix("import Foundation") && line != "import FoundationEssentials" {
                let guarded = index >= 3 && lines[index - 1] == "#else" && lines[index - 2] == "import FoundationEssentials"
                    && lines[index - 3] == "#if canImport(FoundationEssentials)"
                if !guarded { offending.append("\(file):\(index + 1): \(line)") }
            }
        }
        #expect(offending.isEmpty, "import FoundationEssentials instead (#if canImport(FoundationEssentials)): \(offending)")
    }
}
