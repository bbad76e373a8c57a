#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// `--cache` as a user runs it: the same output cold, warm and without a cache; the folder where
/// the documentation says; and a run killed at any moment leaves a cache the next run can trust.
@Suite(.serialized) struct CacheCommandTests {
    @Test func coldWarmAndUncachedRunsPrintTheSame() throws {
        let folder = try ShardMergeTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "packs: [un]\n".write(to: folder.appendingPathComponent(".corpuslint.yml"), atomically: true, encoding: .utf8)
        let plain = try CLIRunner.run(["lint", "--format", "json", "corpus", "generated"], in: folder)
        let cold = try CLIRunner.run(["lint", "--cache", "--format", "json", "corpus", "generated"], in: folder)
        let warm = try CLIRunner.run(["lint", "--cache", "--format", "json", "corpus", "generated"], in: folder)
        let normalized = [plain, cold, warm].map { ShardMergeTests.withoutTimings($0.stdout) }
        #expect(normalized[1] == normalized[0] && normalized[2] == normalized[0], "the cache changes nothing that is printed")
        #expect(normalized[0].contains("front-matter/duplicate-record"), "corpus rules still see cached files")
        #expect([cold.status, warm.status] == [plain.status, plain.status])
        let cache = folder.appendingPathComponent(".corpuslint_cache")
        let generations = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("v1-") }
        #expect(generations.count == 1, "beside the configuration, one folder for this version and rule set")
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent(".gitignore").path))
        let segments = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent(generations[0]).path)
        #expect(segments.count == 1 && segments[0].hasSuffix(".segment"), "a warm run with nothing new writes nothing: \(segments)")
        // --no-cache after --cache wins: nothing is read or written.
        try FileManager.default.removeItem(at: cache)
        _ = try CLIRunner.run(["lint", "--cache", "--no-cache", "corpus"], in: folder)
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func aCacheThatCannotBeOpenedIsSaidInTheSystemsWordsAndTheRunGoesOn() throws {
        let folder = try ShardMergeTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "not a folder".write(to: folder.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["lint", "--no-config", "--cache", "--cache-location", "blocker/cache", "corpus"], in: folder)
        #expect(run.stderr.contains("blocker/cache: the cache cannot be opened (Not a directory); linting without it"), "\(run.stderr)")
        #expect(run.stdout.contains("files checked"), "the run goes on without the cache")
    }

    @Test func aRunKilledAtAnyMomentLeavesATrustworthyCache() throws {
        let folder = try ShardMergeTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["lint", "--no-config", "--format", "json", "corpus", "generated"]
        let expected = ShardMergeTests.withoutTimings(try CLIRunner.run(arguments, in: folder).stdout)
        // Kill runs after growing delays: before, during and after the cache is written.
        for delay in [0.02, 0.1, 0.25, 0.5, 0.8, 1.2, 2.0] {
            let process = Process()
            process.executableURL = CLIRunner.binary
            process.arguments = arguments + ["--cache"]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
            process.standardError = FileHandle(forWritingAtPath: "/dev/null")
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try CLIRunner.run(arguments + ["--cache"], in: folder)
            #expect(ShardMergeTests.withoutTimings(after.stdout) == expected, "after a kill at \(delay) s the cache misled the next run")
        }
    }
}
