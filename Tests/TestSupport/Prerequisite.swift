import Foundation
import Testing

/// What a test needs from outside the repository (`../shared`, a schema validator, a shell),
/// as a trait: where it is missing the test is skipped and says why, except on CI (`CI=true`),
/// where `.ci/run` installs everything and a missing piece must fail the test instead of
/// quietly turning it off.
public struct Prerequisite: TestTrait, TestScoping {
    public let what: String
    public let available: @Sendable () -> Bool

    public init(_ what: String, available: @escaping @Sendable () -> Bool) {
        self.what = what
        self.available = available
    }

    /// On CI, where a skip would hide a broken install.
    public static var onCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        if available() {
            try await function()
        } else if Self.onCI {
            Issue.record("\(what) is missing on CI (CI=true): `.ci/run` must provide it, so \(test.name) fails rather than being skipped")
        } else {
            print("skipped \(test.name): \(what) is missing")
            try Test.cancel("\(what) is missing")
        }
    }
}

extension Trait where Self == Prerequisite {
    /// The test needs `what`; `available` tells whether it is there.
    public static func needs(_ what: String, _ available: @autoclosure @escaping @Sendable () -> Bool) -> Prerequisite {
        Prerequisite(what, available: available)
    }

    /// The test needs an executable file at `path`.
    public static func needsProgram(_ path: String) -> Prerequisite {
        Prerequisite(path, available: { FileManager.default.isExecutableFile(atPath: path) })
    }

    /// The test needs `relativePath` inside the shared folder beside the package.
    public static func needsShared(_ relativePath: String) -> Prerequisite {
        let url = SharedFolder.root.appendingPathComponent(relativePath)
        return Prerequisite("\(SharedFolder.described)/\(relativePath)", available: { FileManager.default.fileExists(atPath: url.path) })
    }
}

/// The material beside the repository (`../shared/`), absent on a user's clone: conformance
/// suites, example extracts, the real corpus. `CORPUSLINT_SHARED` names another folder.
public enum SharedFolder {
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    public static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["CORPUSLINT_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// How messages name it.
    public static var described: String {
        ProcessInfo.processInfo.environment["CORPUSLINT_SHARED"].map { "$CORPUSLINT_SHARED (\($0))" } ?? "../shared"
    }

    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }
    public static func has(_ relativePath: String) -> Bool { FileManager.default.fileExists(atPath: url(relativePath).path) }
}
