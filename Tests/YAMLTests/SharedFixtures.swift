import Foundation

/// The externally written suites beside the repository (`../shared/`), absent on a user's clone.
enum SharedFixtures {
    /// `../shared` next to the package root, or `CORPUSLINT_SHARED` when set.
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["CORPUSLINT_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static let yamlTestSuite = root.appendingPathComponent("conformance/yaml-test-suite")
    static let knownFailures = root.appendingPathComponent("conformance/yaml-test-suite-libyaml-known-failures.txt")

    static var hasYAMLTestSuite: Bool { FileManager.default.fileExists(atPath: yamlTestSuite.path) }
}
