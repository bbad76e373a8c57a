import Foundation
import Testing

/// What the robustness suites (output safety, configuration trust, paths as bytes, pack limits)
/// share: a scratch folder, a shell that runs the built binary, and the tools some cases need.
enum Robustness {
    /// A fresh folder under the temporary directory, readable by everyone (some cases run the
    /// binary as an unprivileged user).
    static func scratch() throws -> URL {
        let url = try LintCommandTests.temporaryFolder()
        chmod(url.path, 0o755)
        return url
    }

    /// Runs `script` with bash in `folder`; `$CORPUSLINT` is the built binary.
    static func shell(_ script: String, in folder: URL) throws -> CLIRunner.Result {
        try CLIRunner.run(["-c", script], in: folder, environment: ["CORPUSLINT": CLIRunner.binary.path],
                          executable: URL(fileURLWithPath: "/bin/bash"))
    }

    /// A tool on the PATH, or nil.
    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// How to run a command as the unprivileged user `nobody` (setpriv, else runuser), or why not.
    static let asNobody: (prefix: String?, why: String) = {
        guard getuid() == 0 else { return (nil, "these tests do not run as root, so they cannot switch to another user") }
        if let setpriv = which("setpriv") { return ("\(setpriv) --reuid=65534 --regid=65534 --clear-groups", "setpriv") }
        if let runuser = which("runuser") { return ("\(runuser) -u nobody --", "runuser") }
        return (nil, "neither setpriv nor runuser is installed")
    }()

    /// Whether the binary can be run by `nobody` (its folders must be searchable by others).
    static var nobodyCanRunBinary: Bool {
        guard let prefix = asNobody.prefix,
              let result = try? shell("\(prefix) \"$CORPUSLINT\" --version", in: URL(fileURLWithPath: "/")) else { return false }
        return result.status == 0
    }

    /// Whether a private mount namespace can be made (`unshare -m`, as root).
    static let privateMounts: Bool = {
        guard getuid() == 0, which("unshare") != nil, which("mknod") != nil,
              let result = try? shell("unshare -m true", in: URL(fileURLWithPath: "/")) else { return false }
        return result.status == 0
    }()

    /// Writes `count` documents without front matter (one finding each) into `folder`.
    static func documents(_ count: Int, in folder: URL, prefix: String = "doc") throws {
        for index in 0..<count {
            try Data("Body text of document \(index).\n".utf8).write(to: folder.appendingPathComponent("\(prefix)\(index).md"))
        }
    }

    static let validDocument = LintCommandTests.clean

    /// The report as JSON, or nil when it is not JSON.
    static func json(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    static func summaryFiles(_ text: String) -> Int? {
        (json(text)?["summary"] as? [String: Any])?["files"] as? Int
    }
}
