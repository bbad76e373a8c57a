import Testing
@testable import CorpusLint
import YAML

/// Each mistake a user can make in a pack answers with its exact position.
@Suite struct PackLoaderTests {
    static let valid = """
        rules:
          - id: front-matter/missing
            kind: document
            problems: [missing-front-matter]
        """

    @Test func validPackLoads() throws {
        let rules = try RuleHarness.load(Self.valid)
        #expect(rules.rules.map(\.info.id) == ["front-matter/missing"])
        #expect(rules.rules[0].info.primary.severity == .error)
        #expect(rules.packs == ["test"])
    }

    /// A pack with aliases is resolved by the loader; one without skips the resolver.
    @Test func aliasesResolveThroughTheLoader() throws {
        let rules = try RuleHarness.load("rules:\n  - id: a/one\n    kind: forbid\n    patterns: &words ['x+']\n"
                                         + "  - id: a/two\n    kind: forbid\n    patterns: *words\n")
        #expect(rules.rules.map(\.info.id) == ["a/one", "a/two"])
        let errors = RuleHarness.errors("rules:\n  - id: a/b\n    kind: forbid\n    patterns: *missing\n")
        #expect(errors.first == "rules/test/pack.yml:4:15: unknown alias `*missing`", "\(errors)")
    }

    @Test func unknownKeyWithDidYouMean() {
        #expect(RuleHarness.errors(Self.valid + "\n    severty: warning") ==
                ["rules/test/pack.yml:5:5: unknown key `severty` (did you mean `severity`?)"])
    }

    @Test func unknownTopLevelKey() {
        #expect(RuleHarness.errors("rule: []") == ["rules/test/pack.yml:1:1: unknown key `rule` (did you mean `rules`?)"])
    }

    @Test func unknownKindWithDidYouMean() {
        let errors = RuleHarness.errors("rules:\n  - id: a/b\n    kind: documnt\n")
        #expect(errors.count == 1)
        #expect(errors[0].hasPrefix("rules/test/pack.yml:3:11: unknown kind `documnt` (did you mean `document`?); kinds: "))
    }

    @Test func wrongTypeIsPositioned() {
        #expect(RuleHarness.errors("rules:\n  - id: a/b\n    kind: document\n    problems: {x: 1}\n") ==
                ["rules/test/pack.yml:2:5: missing required key `problems` (which document problems this rule reports)",
                 "rules/test/pack.yml:4:15: `problems` must be a string or a list of strings"])
    }

    @Test func badSeverityWord() {
        #expect(RuleHarness.errors(Self.valid + "\n    severity: eror") ==
                ["rules/test/pack.yml:5:15: `severity` must be one of error, warning, info, off, not `eror` (did you mean `error`?)"])
    }

    @Test func invalidIDShape() {
        #expect(RuleHarness.errors("rules:\n  - id: NoFamily\n    kind: document\n    problems: [empty-file]\n") ==
                ["rules/test/pack.yml:2:9: rule id `NoFamily` must be kebab-case with a family prefix, like `numbering/gap`"])
    }

    @Test func duplicateIDNamesTheFirst() {
        let pack = Self.valid + "\n  - id: front-matter/missing\n    kind: document\n    problems: [empty-file]\n"
        #expect(RuleHarness.errors(pack) ==
                ["rules/test/pack.yml:5:5: duplicate rule id `front-matter/missing`, first defined at rules/test/pack.yml:2:5"])
    }

    @Test func missingExtendsTarget() {
        #expect(RuleHarness.errors("extends: [coer]\nrules: []\n", extra: ["core/a.yml": "rules: []"]) ==
                ["rules/test/pack.yml:1:10: rule pack `coer` not found (did you mean `core`?) (built-in packs: core, test; a path is read relative to the file that names it)"])
    }

    @Test func extendsCycleIsReported() {
        let errors = RuleHarness.errors("extends: other\n", extra: ["other/a.yml": "extends: test\n"])
        #expect(errors == ["rules/other/a.yml:1:10: `extends` makes a cycle: test -> other -> test"])
    }

    @Test func extendedRulesComeFirstAndCanBeSwitchedOff() throws {
        let base = """
            rules:
              - id: core/empty
                kind: document
                problems: [empty-file]
              - id: core/bom
                kind: document
                problems: [byte-order-mark]
            """
        let pack = """
            extends: base
            severity:
              core/empty: off
              core/bom: info
            rules:
              - id: front-matter/missing
                kind: document
                problems: [missing-front-matter]
            """
        let rules = try RuleHarness.load(pack, extra: ["base/a.yml": base])
        #expect(rules.rules.map(\.info.id) == ["core/empty", "core/bom", "front-matter/missing"])
        #expect(rules.rules[0].info.primary.severity == nil)
        #expect(rules.rules[1].info.primary.severity == .info)
        #expect(rules.packs == ["base", "test"])
        let findings = Linter(rules: rules).lint(path: "empty.md", bytes: [])
        #expect(findings.isEmpty)
        let bom = Linter(rules: rules).lint(path: "bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\na: 1\n---\n".utf8))
        #expect(bom.map { "\($0.rule) \($0.severity)" } == ["core/bom info"])
        // Without front matter, that is the one finding (the BOM of a README is no document's).
        let readme = Linter(rules: rules).lint(path: "bom.md", bytes: [0xEF, 0xBB, 0xBF, 0x41])
        #expect(readme.map { "\($0.rule) \($0.severity)" } == ["front-matter/missing error"])
    }

    @Test func overrideOfUnknownIDIsAnError() {
        #expect(RuleHarness.errors(Self.valid + "\nseverity:\n  front-matter/mising: off\n") ==
                ["rules/test/pack.yml:6:3: unknown rule id `front-matter/mising` (did you mean `front-matter/missing`?)"])
    }

    @Test func yamlErrorInPackIsPositioned() {
        #expect(RuleHarness.errors("rules:\n  - id: \"open\n") ==
                ["rules/test/pack.yml:3:1: YAML error: found unexpected end of stream (while scanning a quoted scalar at 2:9)"])
    }

    @Test func invalidRegexPointsIntoThePattern() {
        let pack = "zones:\n  notes:\n    start: '^---$'\n    lines: '^([0-9]+ '\n"
        let errors = RuleHarness.errors(pack)
        #expect(errors.count == 1)
        #expect(errors[0].hasPrefix("rules/test/pack.yml:4:22: invalid regular expression in `lines`: missing closing parenthesis"))
    }

    @Test func severalMistakesAreAllReported() {
        let pack = "rules:\n  - id: a/b\n    kind: nope\n  - id: c/d\n    kind: document\n    problems: [empty-file]\n    colour: red\n"
        #expect(RuleHarness.errors(pack).count == 2)
    }
}

/// The rule set's fingerprint is made of every pack file read (path, line break, text) and the
/// overrides (`id=severity`), joined by NUL: equal loads, equal fingerprints; another override,
/// another fingerprint.
@Suite struct RuleSetFingerprintTests {
    @Test func theFingerprintHoldsThePackFilesAndTheOverrides() throws {
        let plain = try PackLoader.load(["core"])
        let id = try #require(plain.reportIDs.keys.sorted().first)
        let mark = Mark(line: 1, column: 1)
        let off = try PackLoader.load(["core"], overrides: [SeverityOverride(id: id, severity: nil, file: "c.yml", mark: mark)])
        let files = try #require(PackStore.builtIn.files("core", relativeTo: nil, shownBase: nil)?.files)
        let texts = try files.map { file -> String in
            guard case let .success(text) = PackStore.text(of: file, maxBytes: 4 << 20) else { throw PackErrors([]) }
            return "\(file.path)\n\(text)"
        }
        #expect(plain.fingerprintText == texts.joined(separator: "\u{0}"))
        #expect(off.fingerprintText == (texts + ["\(id)=off"]).joined(separator: "\u{0}"))
        #expect(try PackLoader.load(["core"]).fingerprint == plain.fingerprint)
        #expect(off.fingerprint != plain.fingerprint)
    }
}

@Suite struct ReportsTests {
    @Test(arguments: [
        ("kind: document\n    problems: [missing-front-matter]", "problem"),
        ("kind: compare\n    left: a\n    right: b", "mismatch"),
    ])
    func aSingleOutcomeCanBeRenamedAndRegraded(options: String, outcome: String) throws {
        let pack = "rules:\n  - id: x/rule\n    \(options)\n    reports:\n      \(outcome): { id: x/renamed, severity: info }\n"
        let diagnostics = try RuleHarness.lint(pack, outcome == "problem" ? "no front matter\n" : "---\na: 1\nb: 2\n---\n")
        #expect(diagnostics.map { "\($0.rule) \($0.severity)" } == ["x/renamed info"])
    }
}
