import Foundation
import Testing

/// docs/scale.md's configurations are real: the GitHub workflow and GitLab CI file pass the
/// schemas `check-jsonschema` bundles, and each engine's shard command, taken from the page, runs
/// as that engine would run it — N processes at once, its variables set, one shared folder — and
/// `merge` over the shared folder equals one run.
@Suite(.serialized) struct ScaleDocsTests {
    static let page = CLIRunner.packageRoot.appendingPathComponent("docs/scale.md")

    /// The fenced block after each `<!-- check-jsonschema: SCHEMA -->` marker.
    static func validatedBlocks() throws -> [(schema: String, text: String)] {
        let text = try String(contentsOf: page, encoding: .utf8)
        return text.matches(of: #/<!-- check-jsonschema: ([a-z.-]+) -->\n```yaml\n(.*?)```/#.dotMatchesNewlines()).map {
            (String($0.output.1), String($0.output.2))
        }
    }

    @Test func workflowFilesPassTheirSchemas() throws {
        let blocks = try Self.validatedBlocks()
        #expect(blocks.map(\.schema).sorted() == ["vendor.github-workflows", "vendor.gitlab-ci"])
        let validator = ["/usr/local/bin/check-jsonschema", "/usr/bin/check-jsonschema"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/check-jsonschema" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let validator else {
            let message = "SKIPPED workflowFilesPassTheirSchemas: check-jsonschema is not installed (pip install check-jsonschema; .ci/run installs it)"
            print(message)
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(message) — CI must run it") }
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-workflows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (schema, text) in blocks {
            let file = folder.appendingPathComponent(schema + ".yml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let run = try CLIRunner.run(["--builtin-schema", schema, file.path], executable: URL(fileURLWithPath: validator))
            #expect(run.status == 0, "\(schema): \(run.stdout) \(run.stderr)")
            // The validator is a judge that can say no: a job without its script fails the schema.
            let broken = folder.appendingPathComponent(schema + "-broken.yml")
            try text.replacingOccurrences(of: "runs-on: ubuntu-latest", with: "runs-on: [")
                .replacingOccurrences(of: "  script:", with: "  scripts:").write(to: broken, atomically: true, encoding: .utf8)
            let refused = try CLIRunner.run(["--builtin-schema", schema, broken.path], executable: URL(fileURLWithPath: validator))
            #expect(refused.status != 0, "\(schema): a broken file passed")
        }
    }

    struct Engine: Sendable {
        var name: String
        var shards: Int
        /// The environment of job `index` (1-based) of `shards`.
        var environment: @Sendable (Int, Int) -> [String: String]
        var substitute: @Sendable (String, Int) -> String = { command, _ in command }
    }

    static let engines: [String: Engine] = [
        "matrix.shard": Engine(name: "GitHub Actions", shards: 4, environment: { _, _ in [:] },
                               substitute: { $0.replacingOccurrences(of: "${{ matrix.shard }}", with: String($1)) }),
        "CI_NODE_INDEX": Engine(name: "GitLab CI", shards: 4, environment: { ["CI_NODE_INDEX": String($0), "CI_NODE_TOTAL": String($1)] }),
        "JOB_COMPLETION_INDEX": Engine(name: "Kubernetes", shards: 8, environment: { index, _ in ["JOB_COMPLETION_INDEX": String(index - 1)] }),
        "SLURM_ARRAY_TASK_ID": Engine(name: "Slurm", shards: 8, environment: { ["SLURM_ARRAY_TASK_ID": String($0), "SLURM_ARRAY_TASK_COUNT": String($1)] }),
    ]

    /// Each shard command of the page, as the shell line its engine runs.
    static func shardCommands() throws -> [(engine: Engine, command: String)] {
        let text = try String(contentsOf: page, encoding: .utf8)
        var commands: [(Engine, String)] = []
        for line in text.split(separator: "\n") where line.contains("corpuslint lint") && line.contains("--shard-report") && line.contains("$") {
            var command = line.trimmingCharacters(in: .whitespaces)
            if command.hasPrefix("- ") { command.removeFirst(2) }
            if command.hasPrefix("run: ") { command.removeFirst(5) }
            guard let engine = engines.first(where: { line.contains($0.key) })?.value else { continue }
            commands.append((engine, command))
        }
        return commands
    }

    @Test func eachEnginesShardsRunAtOnceIntoOneFolderAndMergeToOneRun() throws {
        let commands = try Self.shardCommands()
        #expect(Set(commands.map(\.engine.name)) == ["GitHub Actions", "GitLab CI", "Kubernetes", "Slurm"], "\(commands.map(\.command))")
        let folder = try ShardMergeTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let single = try CLIRunner.run(["lint", "--no-config", "--format", "json", "corpus/"], in: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = CLIRunner.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        for (engine, command) in commands {
            // Twice: the second time the engines that use --cache read it, all shards at once.
            for round in 1...2 {
                let shared = folder.appendingPathComponent("shards")
                try? FileManager.default.removeItem(at: shared)
                // As the engines' scripts do (`mkdir -p shards`, on the line before in Slurm's).
                try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
                var processes: [Process] = []
                for index in 1...engine.shards {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: "/bin/sh")
                    process.arguments = ["-c", engine.substitute(command, index)]
                    process.currentDirectoryURL = folder
                    process.environment = environment.merging(engine.environment(index, engine.shards)) { $1 }
                    process.standardOutput = FileHandle.nullDevice
                    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
                    try process.run()
                    processes.append(process)
                }
                processes.forEach { $0.waitUntilExit() }
                #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "\(engine.name) round \(round): every shard exits 0 once its report is written")
                let reports = try FileManager.default.contentsOfDirectory(atPath: shared.path).filter { $0.hasSuffix(".jsonl") }.sorted()
                #expect(reports.count == engine.shards, "\(engine.name): one report per shard in the shared folder: \(reports)")
                let merged = try CLIRunner.run(["merge", "--no-config", "--format", "json"] + reports.map { "shards/" + $0 }, in: folder)
                #expect(merged.status == single.status)
                #expect(ShardMergeTests.withoutTimings(merged.stdout) == ShardMergeTests.withoutTimings(single.stdout),
                        "\(engine.name) round \(round): the merged shards differ from one run")
            }
        }
    }
}
