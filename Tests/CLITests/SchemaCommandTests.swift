import Foundation
import Testing
import TestSupport

/// `corpuslint schema config|pack`: the schemas printed are the files shipped in schemas/, and a
/// validator written elsewhere (check-jsonschema) accepts every shipped pack and the file
/// `corpuslint init` writes, and refuses the mistakes the loader refuses.
@Suite struct SchemaCommandTests {
    static let shipped = ["config": "schemas/corpuslint-config.schema.json", "pack": "schemas/rule-pack.schema.json"]

    /// check-jsonschema on the PATH, as `.ci/run` installs it.
    static let validator: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("check-jsonschema") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static func validate(_ files: [String], against schema: String, in folder: URL = CLIRunner.packageRoot) throws -> CLIRunner.Result {
        try CLIRunner.run(["--schemafile", schema] + files, in: folder, executable: try #require(validator))
    }

    static func schemaPath(_ subject: String) -> String {
        CLIRunner.packageRoot.appendingPathComponent(shipped[subject]!).path
    }

    @Test(arguments: ["config", "pack"])
    func theShippedFileIsWhatTheCommandPrints(_ subject: String) throws {
        let run = try CLIRunner.run(["schema", subject])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let file = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.shipped[subject]!), encoding: .utf8)
        #expect(run.stdout == file, "\(Self.shipped[subject]!) is stale: corpuslint schema \(subject) > \(Self.shipped[subject]!)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(json?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }

    @Test func anUnknownSubjectIsAUsageError() throws {
        let run = try CLIRunner.run(["schema", "packs"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("config") && run.stderr.contains("pack"), "\(run.stderr)")
    }

    @Test(.needs("check-jsonschema (pip install check-jsonschema; .ci/run installs it)", Self.validator != nil))
    func theSchemasAreValidDraft07() throws {
        let run = try CLIRunner.run(["--check-metaschema", Self.schemaPath("config"), Self.schemaPath("pack")], executable: try #require(Self.validator))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test(.needs("check-jsonschema (pip install check-jsonschema; .ci/run installs it)", Self.validator != nil))
    func everyShippedPackPassesThePackSchema() throws {
        let root = CLIRunner.packageRoot.appendingPathComponent("rules")
        let packs = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted().map { "rules/" + $0 }
        #expect(packs.count >= 12, "the shipped packs, the example packs among them: \(packs)")
        #expect(packs.contains { $0.hasPrefix("rules/examples/") })
        let run = try Self.validate(packs, against: Self.schemaPath("pack"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("ok -- validation done"))
    }

    /// The example rules of the kinds' pages (docs/kinds), each put in a pack of its own: what the
    /// documentation shows, the schema accepts. Blocks that use an alias defined elsewhere are left out.
    @Test(.needs("check-jsonschema (pip install check-jsonschema; .ci/run installs it)", Self.validator != nil))
    func theKindPagesExampleRulesPassThePackSchema() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = CLIRunner.packageRoot.appendingPathComponent("docs/kinds")
        var files: [String] = []
        for page in try FileManager.default.contentsOfDirectory(atPath: pages.path).sorted() where page.hasSuffix(".md") {
            let text = try String(contentsOf: pages.appendingPathComponent(page), encoding: .utf8)
            for (index, block) in text.matches(of: #/```yaml\n(- id:.*?)```/#.dotMatchesNewlines()).enumerated() {
                let rules = String(block.output.1)
                if rules.contains(": *") { continue }
                let pack = "rules:\n" + rules.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
                let file = "\(page.dropLast(3))-\(index).yml"
                try pack.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
                files.append(file)
            }
        }
        #expect(files.count >= 20, "the example rules of docs/kinds were not found: \(files)")
        let run = try Self.validate(files, against: Self.schemaPath("pack"), in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test(.needs("check-jsonschema (pip install check-jsonschema; .ci/run installs it)", Self.validator != nil))
    func theFileInitWritesPassesTheConfigSchemaItNames() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["init"], in: folder).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent(".corpuslint.yml"), encoding: .utf8)
        let modeline = try #require(text.split(separator: "\n").first)
        #expect(modeline == "# yaml-language-server: $schema=./.corpuslint.schema.json")
        // The schema the modeline names, and the shipped one: the same text, and the file passes.
        for schema in [folder.appendingPathComponent(".corpuslint.schema.json").path, Self.schemaPath("config")] {
            let run = try Self.validate([".corpuslint.yml"], against: schema, in: folder)
            #expect(run.status == 0, "\(schema): \(run.stdout)\(run.stderr)")
        }
        // Each example of the template put in force instead of its default passes too: what a
        // user gets by uncommenting them.
        let inForce = Self.examplesInForce(text)
        #expect(inForce.contains("\noverrides:\n  - files: "), "\(inForce)")
        try inForce.write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let run = try Self.validate([".corpuslint.yml"], against: Self.schemaPath("config"), in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    /// The template with each `# for example:` block uncommented in place of the value above it.
    static func examplesInForce(_ text: String) -> String {
        var lines: [String] = []
        var uncommenting = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "# for example:" {
                if let value = lines.lastIndex(where: { !$0.hasPrefix("#") && !$0.isEmpty }) { lines.remove(at: value) }
                uncommenting = true
            } else if uncommenting, line.hasPrefix("# ") {
                lines.append(String(line.dropFirst(2)))
            } else {
                uncommenting = false
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Mistakes each schema must flag (and the loader refuses too: the schema is no looser there).
    static let packMistakes: [(name: String, text: String, flagged: String)] = [
        ("a misspelt key", "rules:\n  - id: core/x\n    kind: forbid\n    patern: 'x'\n", "'patern' was unexpected"),
        ("another kind's option", "rules:\n  - id: core/x\n    kind: forbid\n    pattern: 'x'\n    labels: arabic\n", "'labels' was unexpected"),
        ("a bad severity", "rules:\n  - id: core/x\n    kind: forbid\n    pattern: 'x'\n    severity: fatal\n", "'fatal' is not one of"),
        ("an unknown kind", "rules:\n  - id: core/x\n    kind: forbd\n    pattern: 'x'\n", "'forbd' is not one of"),
        ("a bad option value", "rules:\n  - id: core/x\n    kind: sequence\n    pattern: '^([0-9]+)\\.'\n    labels: greek\n", "'greek' is not one of"),
        ("an unknown outcome", "rules:\n  - id: core/x\n    kind: forbid\n    pattern: 'x'\n    reports: { fond: { severity: info } }\n", "'fond' was unexpected"),
        ("an unknown document part", "rules:\n  - id: core/x\n    kind: forbid\n    pattern: 'x'\n    when: { document.paht: x }\n", "'document.paht' is not one of"),
        ("a misspelt pack key", "rule:\n  - id: core/x\n    kind: forbid\n    pattern: 'x'\n", "'rule' was unexpected"),
    ]

    static let configMistakes: [(name: String, text: String, flagged: String)] = [
        ("a misspelt key", "packs: [core]\nexlude: ['drafts/**']\n", "'exlude' was unexpected"),
        ("a bad severity", "packs: [core]\nseverity:\n  core/mojibake: fatal\n", "'fatal' is not one of"),
        ("a bad front-matter mode", "packs: [core]\nfront-matter: maybe\n", "'maybe' is not one of"),
        ("an override without files", "packs: [core]\noverrides:\n  - severity: { core/mojibake: off }\n", "'files' is a required property"),
    ]

    @Test(.needs("check-jsonschema (pip install check-jsonschema; .ci/run installs it)", Self.validator != nil))
    func mistakesInAPackAreFlagged() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, mistake) in Self.packMistakes.enumerated() {
            let file = "pack-\(index).yml"
            try mistake.text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
            let run = try Self.validate([file], against: Self.schemaPath("pack"), in: folder)
            #expect(run.status == 1, "\(mistake.name) passed the schema")
            #expect(run.stdout.contains(mistake.flagged), "\(mistake.name): \(run.stdout)")
            let loader = try CLIRunner.run(["rules", "--no-config", "--rules", file], in: folder)
            #expect(loader.status == 2, "\(mistake.name): the loader accepts what the schema refuses")
        }
    }

    @Test(.needs("check-jsonschema (pip install check-jsonschema; .ci/run installs it)", Self.validator != nil))
    func mistakesInAConfigurationAreFlagged() throws {
        for mistake in Self.configMistakes {
            let folder = try LintCommandTests.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try mistake.text.write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
            let run = try Self.validate([".corpuslint.yml"], against: Self.schemaPath("config"), in: folder)
            #expect(run.status == 1, "\(mistake.name) passed the schema")
            #expect(run.stdout.contains(mistake.flagged), "\(mistake.name): \(run.stdout)")
            let loader = try CLIRunner.run(["rules"], in: folder)
            #expect(loader.status == 2, "\(mistake.name): the loader accepts what the schema refuses")
        }
    }
}
