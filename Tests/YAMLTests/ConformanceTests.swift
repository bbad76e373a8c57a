import Foundation
import Testing
import YAML

/// The YAML test suite, judged as libyaml's own results were: valid cases must give exactly the
/// events of `test.event`, error cases must give an error; cases libyaml itself gets wrong are skipped.
@Suite struct ConformanceTests {
    @Test(.enabled(if: SharedFixtures.hasYAMLTestSuite, "../shared/conformance/yaml-test-suite is absent: conformance not run"))
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
        for name in cases {
            if skip.contains(name) {
                skipped += 1
                continue
            }
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
            if expectsError {
                if failure != nil { passed += 1 } else { failures.append("\(name): expected an error, got none") }
                continue
            }
            let expected = try String(contentsOf: folder.appendingPathComponent("test.event"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            if let failure {
                failures.append("\(name): unexpected error \(failure)")
            } else if lines != expected {
                failures.append("\(name): events differ")
            } else {
                passed += 1
            }
        }
        print("yaml-test-suite: \(passed) passed, \(skipped) skipped")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(passed + skipped == cases.count)
        #expect(cases.count == 402)
    }
}
