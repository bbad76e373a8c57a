import Foundation
import TestSupport

/// The externally written suites beside the repository (`../shared/`, or `CORPUSLINT_SHARED`).
enum SharedFixtures {
    static let root = SharedFolder.root

    static let yamlTestSuite = root.appendingPathComponent("conformance/yaml-test-suite")
    static let knownFailures = root.appendingPathComponent("conformance/yaml-test-suite-libyaml-known-failures.txt")

    static var hasYAMLTestSuite: Bool { FileManager.default.fileExists(atPath: yamlTestSuite.path) }
}
