@testable import CorpusLint

/// Runs fixes the way `--fix` does, on documents written inline in a test.
enum FixHarness {
    /// The text after the fixer is done, and what it applied.
    static func fixed(_ rules: RuleSet, _ document: String, unsafe: Bool = false, path: String = "doc.md") -> (text: String, outcome: Fixer.Outcome) {
        let outcome = Fixer(linter: Linter(rules: rules), includesUnsafe: unsafe).fix(path: path, bytes: Array(document.utf8))
        return (String(decoding: outcome.bytes, as: UTF8.self), outcome)
    }

    /// The text after fixing with an inline pack.
    static func fixed(_ pack: String, _ document: String, unsafe: Bool = false) throws -> String {
        fixed(try RuleHarness.load(pack), document, unsafe: unsafe).text
    }

    /// The fixes the findings of `document` offer, as `rule: description (safety)`.
    static func offered(_ pack: String, _ document: String) throws -> [String] {
        try RuleHarness.lint(pack, document).compactMap { d in d.fix.map { "\(d.rule): \($0.description) (\($0.safety.rawValue))" } }
    }
}
