import Foundation
import Testing
@testable import CorpusLint

/// A project's `.corpuslint.yml` through the library: where it is found, what it reads, and how
/// its globs choose and re-grade files. (Which file a run uses, `--config` and `--no-config`, is
/// the command line's: Tests/CLITests/ConfigurationSelectionTests.swift.)
@Suite struct ConfigurationTests {
    /// A fresh folder holding `files` (path → text).
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url.resolvingSymlinksInPath()
    }

    static func errors(_ text: String) -> [String] {
        do {
            _ = try Configuration.parse(text, file: ".corpuslint.yml")
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    // MARK: Discovery

    @Test func theNearestFileUpwardsIsFound() throws {
        let root = try Self.folder([".corpuslint.yml": "packs: [core]\n", "a/b/c/doc.md": "x\n", "a/.corpuslint.yml": "packs: [un]\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Configuration.discover(from: root.appendingPathComponent("a/b/c").path) == root.appendingPathComponent("a/.corpuslint.yml").path)
        #expect(Configuration.discover(from: root.appendingPathComponent("a").path) == root.appendingPathComponent("a/.corpuslint.yml").path)
        #expect(Configuration.discover(from: root.path) == root.appendingPathComponent(".corpuslint.yml").path)
        #expect(Configuration.discover(from: root.appendingPathComponent("a/b/../../").path) == root.appendingPathComponent(".corpuslint.yml").path)
    }

    @Test func noFileUpwardsIsNone() throws {
        let root = try Self.folder(["a/b/doc.md": "x\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        // Only meaningful where no folder above the temporary one holds a configuration.
        let above = Configuration.discover(from: root.deletingLastPathComponent().path)
        #expect(Configuration.discover(from: root.appendingPathComponent("a/b").path) == above)
        try "packs: [core]\n".write(to: root.appendingPathComponent("a/.corpuslint.yml"), atomically: true, encoding: .utf8)
        #expect(Configuration.discover(from: root.appendingPathComponent("a/b").path) == root.appendingPathComponent("a/.corpuslint.yml").path)
    }

    // MARK: Reading

    @Test func everyKeyIsRead() throws {
        let configuration = try Configuration.parse("""
            packs: [core, local/pack.yml]
            include: ['keep/**', '*.md']
            exclude: drafts/
            severity: { core/empty-file: warning, front-matter/missing: off }
            overrides:
              - files: legacy/**
                severity: { core/empty-file: info }
            """, file: "/project/.corpuslint.yml")
        #expect(configuration.packs.map(\.name) == ["core", "local/pack.yml"])
        #expect(configuration.packs.map(\.mark?.line) == [1, 1])
        #expect(configuration.include.map(\.source) == ["keep/**", "*.md"])
        #expect(configuration.exclude.map(\.source) == ["drafts/"], "one glob may be written without a list")
        #expect(configuration.severity.map(\.id) == ["core/empty-file", "front-matter/missing"])
        #expect(configuration.severity.map(\.severity) == [.warning, nil])
        #expect(configuration.overrides.map { $0.files.map(\.source) } == [["legacy/**"]])
        #expect(configuration.overrides.first?.severity.map(\.severity) == [.info])
        #expect(configuration.directory == "/project")
    }

    @Test func anEmptyFileMeansTheDefaults() throws {
        let configuration = try Configuration.parse("# nothing yet\n", file: "c/.corpuslint.yml")
        #expect(configuration.packs.map(\.name) == Configuration.defaultPacks)
        #expect(configuration.include.isEmpty && configuration.exclude.isEmpty && configuration.overrides.isEmpty)
    }

    @Test func mistakesArePositioned() {
        #expect(Self.errors("packs: [un]\nexlude: x\n") == [".corpuslint.yml:2:1: unknown key `exlude` (did you mean `exclude`?)"])
        #expect(Self.errors("include: {a: 1}\n") == [".corpuslint.yml:1:10: `include` must be a string or a list of strings"])
        #expect(Self.errors("overrides: {files: x}\n") == [".corpuslint.yml:1:12: `overrides` must be a list of {files, severity}"])
        #expect(Self.errors("overrides:\n  - severity: {a/b: off}\n") == [".corpuslint.yml:2:5: missing required key `files`"])
        #expect(Self.errors("severity: {a/b: loud}\n") == [".corpuslint.yml:1:17: a severity must be one of error, warning, info, off, not `loud`"])
        #expect(Self.errors("packs: [un]\npacks: [core]\n") == [".corpuslint.yml:2:1: key `packs` is already defined at line 1"])
        #expect(Self.errors("packs: [un\n").first?.hasPrefix(".corpuslint.yml:") == true)
    }

    @Test func packPathsAreReadFromTheFilesFolder() throws {
        let root = try Self.folder([
            "project/.corpuslint.yml": "packs: [rules/local.yml]\n",
            "project/rules/local.yml": "rules:\n  - id: local/x\n    kind: forbid\n    pattern: 'x'\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let configuration = try Configuration.load(root.appendingPathComponent("project/.corpuslint.yml").path)
        #expect(configuration.directory == root.appendingPathComponent("project").path)
        let rules = try PackLoader.load(configuration.packs, baseDirectory: configuration.directory)
        #expect(rules.rules.map(\.info.id) == ["local/x"])
        // The same name read from elsewhere is not found, and the error points into the file.
        #expect(throws: PackErrors.self) { try PackLoader.load(configuration.packs, baseDirectory: root.path) }
    }

    @Test func aMissingFileIsAPositionedError() {
        #expect(throws: PackErrors.self) { try Configuration.load("/nonexistent/.corpuslint.yml") }
    }

    @Test func severityAndOverridesNameKnownRules() throws {
        let configuration = try Configuration.parse("overrides:\n  - files: x\n    severity: { core/empty-fil: off }\n", file: "c.yml")
        let rules = try PackLoader.load(["core"])
        #expect(configuration.mistakes(against: rules).map(\.description) == ["c.yml:3:17: unknown rule id `core/empty-fil` (did you mean `core/empty-file`?)"])
    }

    // MARK: include and exclude

    static let tree = ["keep/a.md": "x\n", "keep/deep/b.md": "x\n", "drop/c.md": "x\n", "d.md": "x\n", "drafts/e.md": "x\n", "keep/drafts/f.md": "x\n"]

    static func selected(_ root: URL, include: [String] = [], exclude: [String] = [], from start: String = "") -> [String] {
        let discovery = FileDiscovery(include: include.map(Glob.init), exclude: exclude.map(Glob.init), globBase: root.path)
        let walked = start.isEmpty ? root.path : root.appendingPathComponent(start).path
        return discovery.inputs([walked]).map { String($0.path.dropFirst(root.path.count + 1)) }
    }

    @Test func includeKeepsOnlyWhatMatches() throws {
        let root = try Self.folder(Self.tree)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.selected(root).count == 6)
        #expect(Self.selected(root, include: ["keep/**"]) == ["keep/a.md", "keep/deep/b.md", "keep/drafts/f.md"])
        #expect(Self.selected(root, include: ["keep/*.md"]) == ["keep/a.md"])
        #expect(Self.selected(root, include: ["d.md", "drop/"]) == ["d.md", "drop/c.md"])
    }

    @Test func excludeDropsWhatMatchesAfterInclude() throws {
        let root = try Self.folder(Self.tree)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.selected(root, exclude: ["drafts/"]) == ["d.md", "drop/c.md", "keep/a.md", "keep/deep/b.md"])
        #expect(Self.selected(root, exclude: ["/drafts/"]) == ["d.md", "drop/c.md", "keep/a.md", "keep/deep/b.md", "keep/drafts/f.md"])
        #expect(Self.selected(root, include: ["keep/**"], exclude: ["b.md"]) == ["keep/a.md", "keep/drafts/f.md"])
    }

    @Test func globsAreReadFromTheConfigurationsFolderWhereverTheWalkStarts() throws {
        let root = try Self.folder(Self.tree)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(Self.selected(root, include: ["keep/*.md"], from: "keep") == ["keep/a.md"])
        #expect(Self.selected(root, exclude: ["keep/deep/**"], from: "keep") == ["keep/a.md", "keep/drafts/f.md"])
    }

    // MARK: Per-path overrides

    static let pack = "rules:\n  - id: t/x\n    kind: forbid\n    pattern: 'x'\n  - id: t/y\n    kind: forbid\n    pattern: 'y'\n"

    @Test func overridesRegradeAndDropFindingsOfMatchingFilesOnly() throws {
        let document = "---\na: 1\n---\nx y\n"
        let root = try Self.folder(["legacy/a.md": document, "new/b.md": document, "new/c-AR.md": document])
        defer { try? FileManager.default.removeItem(at: root) }
        let configuration = try Configuration.parse("""
            overrides:
              - files: ['legacy/**']
                severity: { t/x: warning, t/y: off }
              - files: '*-AR.md'
                severity: { t/x: info }
              - files: ['new/c-AR.md']
                severity: { t/x: warning }
            """, file: root.appendingPathComponent(".corpuslint.yml").path)
        var linter = Linter(rules: try RuleHarness.load(Self.pack))
        linter.discovery = FileDiscovery(globBase: configuration.directory)
        linter.root = ProjectRoot(configuration.directory)
        linter.pathOverrides = configuration.overrides
        let results = linter.lint(paths: [root.path]).results
        let graded = Dictionary(uniqueKeysWithValues: results.map { result in
            (String(result.path.dropFirst(root.path.count + 1)), result.diagnostics.map { "\($0.rule):\($0.severity)" })
        })
        #expect(graded["legacy/a.md"] == ["t/x:warning"])
        #expect(graded["new/b.md"] == ["t/x:error", "t/y:error"])
        #expect(graded["new/c-AR.md"] == ["t/x:warning", "t/y:error"], "a later entry wins over an earlier one")
    }
}
