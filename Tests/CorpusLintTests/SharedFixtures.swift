import Foundation

/// The material beside the repository (`../shared/`), absent on a user's clone.
enum SharedFixtures {
    /// `../shared` next to the package root, or `CORPUSLINT_SHARED` when set.
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["CORPUSLINT_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static let examples = root.appendingPathComponent("examples")
    static let realCorpus = root.appendingPathComponent("real-corpus")

    static var hasExamples: Bool { FileManager.default.fileExists(atPath: examples.path) }
    static var hasRealCorpus: Bool { FileManager.default.fileExists(atPath: realCorpus.path) }
}
