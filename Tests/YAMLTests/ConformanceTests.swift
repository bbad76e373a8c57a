import Foundation
import Testing
import TestSupport
import YAML

/// The YAML test suite, judged as libyaml's own results were: valid cases must give exactly the
/// events of `test.event`, error cases must give an error. Cases libyaml itself gets wrong (the
/// known-failures list) must still fail: one that starts passing is reported, so that the list
/// shrinks instead of hiding a case forever.
@Suite struct ConformanceTests {
    @Test(.needsShared("conformance/yaml-test-suite"))
    func yamlTestSuite() throws {
        let known = try String(contentsOf: SharedFixtures.knownFailures, encoding: .utf8)
            .split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { String($0.split(separator: "\t")[0]) }
        let skip = Set(known)
        let cases = try FileManager.default.contentsOfDirectory(atPath: SharedFixtures.yamlTestSuite.path)
            .filter { FileManager.default.fileExists(atPath: SharedFixtures.yamlTestSuite.appendingPathComponent("\($0)/in.yaml").path) }
            .sorted()
        var passed = 0
        var skipped = 0
        var failures: [String] = []
        var knownNowPassing: [String] = []
        for name in cases {
            let folder = SharedFixtures.yamlTestSuite.appendingPathComponent(name)
            let input = try Data(contentsOf: folder.appendingPathComponent("in.yaml"))
            let expectsError = FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path)
            var lines: [String] = []
            var failure: YAMLError?
            input.withUnsafeBytes { raw in
                do throws(YAMLError) {
                    try EventParser.parse(raw) { lines.append(EventNotation.line($0)) }
                } catch {
                    failure = error
                }
            }
            var problem: String?
            if expectsError {
                if failure == nil { problem = "expected an error, got none" }
            } else {
                let expected = try String(contentsOf: folder.appendingPathComponent("test.event"), encoding: .utf8)
                    .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
                if let failure {
                    problem = "unexpected error \(failure)"
                } else if lines != expected {
                    problem = "events differ"
                }
            }
            switch (skip.contains(name), problem) {
            case (false, nil): passed += 1
            case let (false, problem?): failures.append("\(name): \(problem)")
            case (true, nil): knownNowPassing.append(name)
            case (true, _): skipped += 1
            }
        }
        print("yaml-test-suite: \(passed) passed, \(skipped) skipped")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(knownNowPassing.isEmpty, "listed as known failures of libyaml but now passing (take them off the list): \(knownNowPassing)")
        #expect(passed + skipped + knownNowPassing.count == cases.count)
        #expect(skipped == skip.count, "every listed case exists in the suite")
        #expect(cases.count == 402)
    }
}
