import Foundation
import Testing

/// The real pre-commit framework running the `corpuslint` hook of `.pre-commit-hooks.yaml` on the
/// staged documents of a throwaway repository: a commit of a clean document passes, a commit of a
/// broken one is refused with the findings printed.
///
/// The framework is the one `.ci/run` installs from PyPI; the test never reaches the network itself.
/// Without git, python3 or the framework, it is skipped and says why. To stay fast,
/// the repository's config overrides the hook's `language` with `system` (pre-commit allows it),
/// so the framework runs the binary this test run built, put first on the PATH, instead of
/// building the package with `swift build -c release` as `language: swift` does for users.
/// Everything else (entry, files, require_serial) comes from the manifest.
@Suite struct PreCommitTests {
    @Test(.timeLimit(.minutes(3)),
          .enabled("needs git, python3 and the pre-commit framework, which `.ci/run` installs (see the reason printed above)") {
              PreCommitFramework.shared.python != nil
          })
    func theHookPassesACleanDocumentAndRefusesABrokenOne() throws {
        let framework = PreCommitFramework.shared
        defer { framework.removeScratch() }
        let started = ContinuousClock.now
        let root = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let hooks = root.appendingPathComponent("hooks"), project = root.appendingPathComponent("project")
        var environment = framework.environment
        environment["PRE_COMMIT_HOME"] = root.appendingPathComponent("cache").path
        environment["PATH"] = CLIRunner.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        func run(_ tool: String, _ arguments: [String], in folder: URL) throws -> CLIRunner.Result {
            let executable = tool == "pre-commit" ? framework.python! : try #require(PreCommitFramework.which(tool))
            return try CLIRunner.run((tool == "pre-commit" ? ["-m", "pre_commit"] : []) + arguments, in: folder, environment: environment, executable: executable)
        }

        // The hook repository: this repository's manifest, committed, as pre-commit clones it.
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"),
                                         to: hooks.appendingPathComponent(".pre-commit-hooks.yaml"))
        #expect(try run("pre-commit", ["validate-manifest", ".pre-commit-hooks.yaml"], in: hooks).status == 0)
        _ = try run("git", ["init", "-q"], in: hooks)
        _ = try run("git", ["add", "."], in: hooks)
        #expect(try run("git", ["commit", "-q", "-m", "hooks"], in: hooks).status == 0)
        let rev = try run("git", ["rev-parse", "HEAD"], in: hooks).stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        // The user's repository: the README's snippet, limited to the corpus folder.
        try FileManager.default.createDirectory(at: project.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try """
            repos:
              - repo: \(hooks.path)
                rev: \(rev)
                hooks:
                  - id: corpuslint
                    files: ^corpus/
                    language: system   # the test's shortcut: the binary on the PATH, no swift build

            """.write(to: project.appendingPathComponent(".pre-commit-config.yaml"), atomically: true, encoding: .utf8)
        let corpus = CLIRunner.packageRoot.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("A_RES_80_35-EN.md"), to: project.appendingPathComponent("corpus/A_RES_80_35-EN.md"))
        try "# A project\n\nNot an extracted document: the hook leaves it alone.\n".write(to: project.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        _ = try run("git", ["init", "-q"], in: project)
        let install = try run("pre-commit", ["install"], in: project)
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")

        _ = try run("git", ["add", "."], in: project)
        let clean = try run("git", ["commit", "-m", "A clean document"], in: project)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect((clean.stdout + clean.stderr).contains(#/corpuslint\.+Passed/#))

        try FileManager.default.copyItem(at: corpus.appendingPathComponent("A_RES_79_290-EN.md"), to: project.appendingPathComponent("corpus/A_RES_79_290-EN.md"))
        _ = try run("git", ["add", "corpus/A_RES_79_290-EN.md"], in: project)
        let broken = try run("git", ["commit", "-m", "A broken document"], in: project)
        let output = broken.stdout + broken.stderr
        #expect(broken.status != 0, "the commit is refused")
        #expect(output.contains(#/corpuslint\.+Failed/#))
        #expect(output.contains("corpus/A_RES_79_290-EN.md:47:1: error: numbering jumps from 2 to 4 (missing: 3) [numbering/gap]"))
        #expect(output.contains("1 file checked, 1 with findings:"), "only the staged document is linted")
        #expect(try run("git", ["rev-list", "--count", "HEAD"], in: project).stdout == "1\n", "the broken commit did not land")
        print("pre-commit test: \(output.split(separator: "\n").filter { $0.contains("error:") }.count) findings printed, "
              + "\(started.duration(to: .now)) with \(framework.origin)")
    }
}

/// The pre-commit framework, found or installed once per test run.
final class PreCommitFramework: Sendable {
    static let shared = PreCommitFramework()

    /// The Python that runs `-m pre_commit`; nil when none could be had.
    let python: URL?
    /// Where the framework came from, or why there is none.
    let origin: String
    /// A virtualenv made for this run, removed after the test.
    private let scratch: URL?
    /// Git and pre-commit isolated from the machine's settings.
    let environment: [String: String] = [
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "corpuslint tests", "GIT_AUTHOR_EMAIL": "tests@corpuslint.invalid",
        "GIT_COMMITTER_NAME": "corpuslint tests", "GIT_COMMITTER_EMAIL": "tests@corpuslint.invalid",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    ]

    private init() {
        (python, origin, scratch) = Self.locate()
        if python == nil { print("PreCommitTests skipped: \(origin)") }
    }

    private static func locate() -> (URL?, String, URL?) {
        guard which("git") != nil else { return (nil, "git is not installed", nil) }
        guard let python = which("python3") else { return (nil, "python3 is not installed", nil) }
        if let result = try? CLIRunner.run(["-m", "pre_commit", "--version"], executable: python), result.status == 0 {
            return (python, "the installed \(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))", nil)
        }
        // No test reaches the network: the framework is the one `.ci/run` installs, or none.
        return (nil, "the pre-commit framework is not installed; `.ci/run` installs it (python3 -m pip install pre-commit)", nil)
    }

    func removeScratch() {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    struct Failure: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }

    /// An executable on the PATH.
    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
