import Foundation
import TestSupport

/// The material beside the repository (`../shared/`, or `CORPUSLINT_SHARED`), absent on a user's clone.
enum SharedFixtures {
    static let root = SharedFolder.root

    static let examples = root.appendingPathComponent("examples")
    static let realCorpus = root.appendingPathComponent("real-corpus")

    static var hasExamples: Bool { FileManager.default.fileExists(atPath: examples.path) }
    static var hasRealCorpus: Bool { FileManager.default.fileExists(atPath: realCorpus.path) }
}
