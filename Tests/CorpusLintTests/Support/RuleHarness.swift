@testable import CorpusLint

/// Runs rule packs written inline in a test through the real loader and engine.
enum RuleHarness {
    /// Loads `pack` (the YAML text of one pack file) as the built-in pack `test`.
    static func load(_ pack: String, extra: [String: String] = [:]) throws(PackErrors) -> RuleSet {
        var files = ["test/pack.yml": pack]
        for (path, text) in extra { files[path] = text }
        return try PackLoader.load(["test"], store: PackStore(bundled: files))
    }

    /// The findings of `pack` on `document`, as `line:column rule message` strings.
    static func lint(_ pack: String, _ document: String, path: String = "doc.md") throws -> [Diagnostic] {
        let rules = try load(pack)
        return Linter(rules: rules).lint(path: path, bytes: Array(document.utf8))
    }

    /// `rule@line` for each finding: the shape most tests compare.
    static func findings(_ pack: String, _ document: String, path: String = "doc.md") throws -> [String] {
        try lint(pack, document, path: path).map { "\($0.rule)@\($0.line)" }
    }

    /// The positioned errors loading `pack` gives (empty when it loads).
    static func errors(_ pack: String, extra: [String: String] = [:]) -> [String] {
        do {
            _ = try load(pack, extra: extra)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }
}
