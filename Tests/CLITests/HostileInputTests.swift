#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The hostile-input catalogue: files and folders a corpus of third-party extracts may hold, run
/// through the real binary with the shipped UN pack. Each must end in diagnostics (exit 0 or 1),
/// every path must be counted in the summary, and no run may come near 1 GiB. The largest cases
/// print their time and peak memory (measured, not asserted: machines differ).
///
/// Big inputs are generated in a temporary folder at test time; nothing large is committed.
@Suite(.serialized) struct HostileInputTests {
    static let gibibyte = 1 << 30

    // MARK: Small cases, one folder, one run

    /// Each small case: its bytes, and the rules it must at least be reported under.
    static let smallCases: [(name: String, bytes: [UInt8], rules: Set<String>)] = [
        ("empty.md", [], ["core/empty-file"]),
        ("bom-only.md", [0xEF, 0xBB, 0xBF], ["core/byte-order-mark", "core/empty-file"]),
        ("no-front-matter.md", text("Just a body.\n"), ["front-matter/missing"]),
        ("unterminated.md", text("---\nsymbol: A/RES/80/1\n\nUnited Nations\n"), ["front-matter/unterminated"]),
        ("empty-front-matter.md", text("---\n---\nBody.\n"), ["front-matter/not-a-mapping"]),
        ("list-front-matter.md", text("---\n- a\n- b\n---\nBody.\n"), ["front-matter/not-a-mapping"]),
        ("scalar-front-matter.md", text("---\njust words\n---\nBody.\n"), ["front-matter/not-a-mapping"]),
        ("malformed-yaml.md", text("---\nsymbol: [A/RES/80/1\ndate: }\n---\nBody.\n"), ["front-matter/syntax"]),
        ("tab-indented.md", text("---\nsymbol:\n\tvalue: 1\n---\nBody.\n"), ["front-matter/syntax"]),
        ("duplicate-keys.md", text("---\nsymbol: A/RES/80/1\nsymbol: A/RES/80/2\n---\nBody.\n"), ["front-matter/duplicate-key"]),
        ("tags.md", text("---\nsymbol: !!binary QS9SRVMvODAvMQ==\nrecord_id: !!int \"12\"\nlanguage: !custom EN\n---\nBody.\n"), []),
        ("merge-keys.md", text("---\nbase: &base {language: EN}\nsymbol: A/RES/80/1\nmeta:\n  <<: *base\n  date: 2025-01-01\n---\nBody.\n"), []),
        ("several-documents.md", text("---\nsymbol: A/RES/80/1\n--- second\n---\nBody.\n"), ["front-matter/syntax"]),
        ("alias-bomb.md", aliasBomb(), []),
        ("deep-flow.md", text("---\nsymbol: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n---\nBody.\n"),
         ["front-matter/syntax"]),
        ("deep-block.md", text("---\n" + (0..<2_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined() + "---\nBody.\n"),
         ["front-matter/syntax"]),
        ("invalid-utf8-front-matter.md", text("---\nsymbol: A/RES/80/1") + [0xFF, 0xFE, 0x0A] + text("---\nBody.\n"), ["core/encoding"]),
        ("invalid-utf8-body.md", text("---\nsymbol: A/RES/80/1\n---\nBody ") + [0xC3, 0x28, 0xA0, 0xA1, 0xF0, 0x28, 0x8C, 0xBC] + text(".\n"),
         ["core/encoding"]),
        ("utf16-le.md", [0xFF, 0xFE] + Array("---\nsymbol: x\n---\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), ["core/encoding"]),
        ("utf16-be.md", [0xFE, 0xFF] + Array("---\nsymbol: x\n---\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), ["core/encoding"]),
        ("crlf.md", text("---\r\nsymbol: A/RES/80/1\r\n---\r\nBody.\r\n"), ["core/crlf-line-endings"]),
        ("cr-only.md", text("---\rsymbol: A/RES/80/1\r---\rBody.\r"), ["core/line-endings"]),
        ("nul-bytes.md", text("---\nsymbol: A/RES/80/1\u{0}\n---\nBo\u{0}dy.\n\u{0}\u{0}\n"), ["core/encoding"]),
        ("big-numbers.md", text("""
            ---
            symbol: A/RES/80/1
            record_id: 123456789012345678901234567890123456789
            session: -99999999999999999999999999999
            extract_version: 1e999999
            ---
            99999999999999999999999999999. Decides;
            18446744073709551616. Requests;
            (mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm) Invites;
            Word99999999999999999999 and[^99999999999999999999999].

            [^99999999999999999999999]: A note.
            """), []),
        ("absurd-dates.md", text("""
            ---
            symbol: A/RES/80/1
            date: 99999999999-99-99
            extracted_at: 2025-02-30T25:61:61Z
            distribution_date: "0000-00-00"
            ---
            Distr.: General
            31 February 2025
            Adopted on 99999999999999999999 December 99999999999999999999
            1 January 0, 32 Décembre -1 and 29 février 1900.
            """), []),
        ("invisible-characters.md", text("---\nsym\u{200B}bol: A/RES/80/1\u{200D}\nlan\u{00AD}guage: E\u{2060}N\n\u{FEFF}date: 2025-01-01\n---\n"
            + "\u{202E}1. Decides\u{200F};\n\u{200B}2.\u{00A0}Requests;\n\u{2028}word\u{FEFF}1 \u{061C}\n"), []),
        ("full-width.md", text("---\nｓｙｍｂｏｌ: Ａ/ＲＥＳ/８０/１\nlanguage: ＥＮ\n---\n１．Ｄｅｃｉｄｅｓ；\n２．Ｒｅｑｕｅｓｔｓ；\n４. Invites;\nWord１ and ２０２５年１２月３日\n"), []),
    ]

    /// A billion laughs: ten levels of nine aliases each.
    static func aliasBomb() -> [UInt8] {
        var yaml = "---\nsymbol: A/RES/80/1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1..<10 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text(yaml + "---\nBody.\n")
    }

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    @Test func eachSmallCaseEndsInDiagnosticsAndIsCounted() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes, _) in Self.smallCases {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let run = try CLIRunner.runMeasured(["--rules", "un", "--format", "json", "."], in: folder)
        print("hostile: \(Self.smallCases.count) small cases in one run: \(run.summary)")
        #expect(run.result.status == 1)
        #expect(run.result.stderr.isEmpty)
        let output = try Self.decode(run.result.stdout)
        #expect(output.files == Self.smallCases.count)
        for (name, _, rules) in Self.smallCases {
            let found = Set(output.diagnostics.filter { $0.path == name }.map(\.rule))
            #expect(!found.isEmpty, "\(name) has no finding")
            #expect(rules.isSubset(of: found), "\(name): expected \(rules.sorted()), got \(found.sorted())")
        }
        #expect(run.peakMemoryBytes < Self.gibibyte)
    }

    // MARK: The file system

    @Test func strangePathsAreEachAccountedFor() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = Array("---\nsymbol: A/RES/80/1\n---\nBody.\n".utf8)
        let files = ["name with spaces.md", "accentué é ü.md", "日本語の文書.md", "folder.md/inside.md", "-dash.md", "x.MD"]
        for name in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(clean).write(to: url)
        }
        #expect(mkfifo(folder.appendingPathComponent("fifo.md").path, 0o644) == 0)
        #expect(symlink("loop-b.md", folder.appendingPathComponent("loop-a.md").path) == 0)
        #expect(symlink("loop-a.md", folder.appendingPathComponent("loop-b.md").path) == 0)
        #expect(symlink("self.md", folder.appendingPathComponent("self.md").path) == 0)
        #expect(symlink("nowhere/gone.md", folder.appendingPathComponent("dangling.md").path) == 0)
        #expect(symlink(".", folder.appendingPathComponent("up.md").path) == 0, "a link to a folder, named like a document")
        #expect(symlink("name with spaces.md", folder.appendingPathComponent("link.md").path) == 0)

        let walked = try CLIRunner.runMeasured(["--rules", "un", "--format", "json", "--jobs", "2", "."], in: folder, deadline: 60)
        print("hostile: file-system cases, walked: \(walked.summary)")
        #expect(!walked.hung, "a FIFO or a link loop blocked the run")
        #expect(walked.result.status == 1)
        let output = try Self.decode(walked.result.stdout)
        let problems = Dictionary(output.diagnostics.filter { $0.rule.hasPrefix("io/") }.map { ($0.path, $0.rule) }) { first, _ in first }
        #expect(problems == [
            "fifo.md": "io/not-a-file", "loop-a.md": "io/link-loop", "loop-b.md": "io/link-loop", "self.md": "io/link-loop",
            "dangling.md": "io/broken-link",
        ])
        // Every document-named path but the link to a folder (a folder, not walked) is a result.
        let linted = Set(output.diagnostics.map(\.path))
        #expect(output.files == files.count + 1 + 5, "\(linted.sorted())")
        #expect(!linted.contains("up.md") && !linted.contains { $0.hasPrefix("up.md/") })

        // Named one by one, as a shell glob would: the same accounting. A path that does not
        // exist is a usage error (exit 2, nothing linted), so that a typo cannot pass a gate.
        let missing = try CLIRunner.run(["--rules", "un", "--", "name with spaces.md", "missing.md"], in: folder)
        #expect(missing.status == 2 && missing.stdout.isEmpty && missing.stderr == "corpuslint: no such file or folder: missing.md\n")
        let named = ["fifo.md", "loop-a.md", "self.md", "dangling.md", "folder.md", "name with spaces.md", "accentué é ü.md"]
        let direct = try CLIRunner.runMeasured(["--rules", "un", "--format", "json", "--"] + named, in: folder, deadline: 60)
        #expect(!direct.hung)
        #expect(direct.result.status == 1)
        let directOutput = try Self.decode(direct.result.stdout)
        #expect(directOutput.files == named.count, "folder.md stands for the one file inside it")
        let directProblems = Dictionary(directOutput.diagnostics.filter { $0.rule.hasPrefix("io/") }.map { ($0.path, $0.rule) }) { first, _ in first }
        #expect(directProblems == [
            "fifo.md": "io/not-a-file", "loop-a.md": "io/link-loop", "self.md": "io/link-loop", "dangling.md": "io/broken-link",
        ])
        #expect(directOutput.diagnostics.contains { $0.path == "folder.md/inside.md" })
    }

    @Test func aFileOverTheSizeLimitIsReportedWithoutBeingRead() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Sparse: 16 GiB that take no disk. Reading it would take 16 GiB of memory.
        let huge = folder.appendingPathComponent("huge.md")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, 16 << 30) == 0)
        try Data("---\nsymbol: A/RES/80/1\n---\nBody.\n".utf8).write(to: folder.appendingPathComponent("small.md"))

        let run = try CLIRunner.runMeasured(["--rules", "un", "--format", "json", "."], in: folder, deadline: 60)
        print("hostile: sparse 16 GiB file, default limit: \(run.summary)")
        let output = try Self.decode(run.result.stdout)
        #expect(output.files == 2)
        let skipped = try #require(output.diagnostics.first { $0.path == "huge.md" })
        #expect(skipped.rule == "io/too-large")
        #expect(skipped.message == "17179869184 bytes, over the limit of 67108864; skipped without reading (raise it with --max-file-size)")
        #expect(run.peakMemoryBytes < 256 << 20, "the file was not read")

        let lowered = try CLIRunner.runMeasured(["--rules", "un", "--format", "json", "--max-file-size", "20", "small.md"], in: folder)
        #expect(try Self.decode(lowered.result.stdout).diagnostics.map(\.rule) == ["io/too-large"])
    }

    // MARK: Big inputs, one run each, measured

    /// A big case: a name and a writer that fills the file (so nothing large is held twice).
    static let bigCases: [(name: String, write: @Sendable (FileHandle) throws -> Void)] = [
        ("huge-scalar.md (20 MiB front-matter scalar)", { file in
            try file.write(contentsOf: Data("---\nsymbol: \"".utf8))
            try file.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: 20 << 20))
            try file.write(contentsOf: Data("\"\n---\nBody.\n".utf8))
        }),
        ("huge-body.md (24 MiB, 120,000 lines of prose)", { file in
            try file.write(contentsOf: Data("---\nsymbol: A/RES/80/1\nlanguage: EN\n---\n".utf8))
            let line = String(repeating: "The General Assembly, recalling its resolutions, ", count: 4) + "\n"
            let block = Data(String(repeating: line, count: 1_000).utf8)
            for _ in 0..<120 { try file.write(contentsOf: block) }
        }),
        ("one-line.md (40 MiB, no line break)", { file in
            try file.write(contentsOf: Data("---\nsymbol: A/RES/80/1\n---\n".utf8))
            let block = Data(String(repeating: "word1 and [^2] 3. (a) ", count: 1 << 15).utf8)
            for _ in 0..<((40 << 20) / block.count) { try file.write(contentsOf: block) }
        }),
        ("line-breaks.md (8 MiB of line breaks)", { file in
            try file.write(contentsOf: Data("---\nsymbol: A/RES/80/1\n---\n".utf8))
            let block = Data(repeating: 0x0A, count: 1 << 20)
            for _ in 0..<8 { try file.write(contentsOf: block) }
        }),
        ("random.md (8 MiB of random bytes)", { file in
            var random = SystemRandomNumberGenerator()
            for _ in 0..<8 { try file.write(contentsOf: Data((0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &random) })) }
        }),
        ("keys.md (300,000 front-matter keys, half of them duplicates)", { file in
            var yaml = "---\n"
            for index in 0..<300_000 { yaml += "key\(index / 2): value \(index)\n" }
            try file.write(contentsOf: Data((yaml + "---\nBody.\n").utf8))
        }),
        ("page-breaks.md (300,000 page breaks)", { file in
            let text = "---\nsymbol: A/RES/80/1\n---\nUnited Nations\n" + String(repeating: "---\n", count: 300_000)
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("footnotes.md (300,000 footnote markers, 300,000 definitions)", { file in
            var text = "---\nsymbol: A/RES/80/1\n---\n"
            for index in 0..<300_000 { text += "Word\(index % 90 + 1) and a note[^\(index)].\n" }
            for index in 0..<300_000 { text += "[^\(index)]: Note \(index).\n" }
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("paragraphs.md (300,000 paragraphs numbered 1.)", { file in
            let text = "---\nsymbol: A/RES/80/1\n---\n" + String(repeating: "1. Decides;\n(a) Requests;\n", count: 150_000)
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("suppressions.md (200,000 suppression comments and findings)", { file in
            let text = "---\nsymbol: A/RES/80/1\n---\n"
                + String(repeating: "Word1 <!-- corpuslint-disable-line footnote/undefined-reference -->\n", count: 200_000)
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("comments.md (one line of 100,000 comments)", { file in
            let text = "---\nsymbol: A/RES/80/1\n---\n" + String(repeating: "Word1 <!-- corpuslint-disable-line -->", count: 100_000)
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("controls.md (16 MiB of control characters on one line)", { file in
            try file.write(contentsOf: Data("---\nsymbol: A/RES/80/1\n---\n".utf8))
            let block = Data(repeating: 0x01, count: 1 << 20)
            for _ in 0..<16 { try file.write(contentsOf: block) }
        }),
    ]

    @Test(arguments: 0..<bigCases.count)
    func bigInputEndsInDiagnosticsWellUnderAGibibyte(_ index: Int) throws {
        let (name, write) = Self.bigCases[index]
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = String(name.prefix { $0 != " " })
        let url = folder.appendingPathComponent(file)
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try write(handle)
        try handle.close()
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0

        let run = try CLIRunner.runMeasured(["--rules", "un", "--format", "json", file], in: folder)
        let output = try Self.decode(run.result.stdout)
        var counts: [String: Int] = [:]
        for diagnostic in output.diagnostics { counts[diagnostic.rule, default: 0] += 1 }
        print("hostile: \(name), \(size) bytes: \(run.summary); \(counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        #expect(!run.hung)
        #expect(run.result.status == 0 || run.result.status == 1, "\(run.result.stderr)")
        #expect(output.files == 1)
        #expect(run.peakMemoryBytes < Self.gibibyte)
        #expect(counts.values.allSatisfy { $0 <= 500 }, "findings of one rule are bounded per file")
    }

    // MARK: Rule packs

    @Test func aCatastrophicPatternCannotHangARun() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rules:\n  - id: pack/backtracking\n    kind: forbid\n    pattern: '^(a+)+$'\n    description: Catastrophic backtracking.\n"
            .write(to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        let line = String(repeating: "a", count: 40) + "!\n"
        for index in 0..<20 {
            try ("---\nsymbol: A/RES/80/1\n---\n" + String(repeating: line, count: 500))
                .write(to: folder.appendingPathComponent("doc\(index).md"), atomically: true, encoding: .utf8)
        }
        let run = try CLIRunner.runMeasured(["--rules", "pack.yml", "--format", "json", "."], in: folder, deadline: 120)
        print("hostile: catastrophic pattern over 20 documents of 500 lines: \(run.summary)")
        #expect(!run.hung)
        #expect(run.result.status == 0, "a pattern giving up is a warning")
        let output = try Self.decode(run.result.stdout)
        #expect(output.files == 20)
        #expect(output.diagnostics.map(\.rule) == Array(repeating: "engine/regex-limit", count: 20), "once per document")
    }

    // MARK: Inputs are never written

    @Test func lintingNeverWritesToAnInput() throws {
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes, _) in Self.smallCases {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("corpus"), to: folder.appendingPathComponent("corpus"))
        #expect(mkfifo(folder.appendingPathComponent("fifo.md").path, 0o644) == 0)
        #expect(symlink("corpus", folder.appendingPathComponent("corpus-link.md").path) == 0)
        // Old times, so that a write now could not keep them by chance.
        let old = timespec(tv_sec: 1_000_000_000, tv_nsec: 123_456_789)
        let before = try Self.snapshot(folder, settingTimes: old)

        for arguments in [["--rules", "un", "."], ["--rules", "un", "--format", "json", "."], ["test", "un"], ["rules", "--rules", "un"]] {
            let run = try CLIRunner.runMeasured(arguments, in: folder, deadline: 120)
            #expect(run.result.status == 0 || run.result.status == 1, "\(arguments)")
        }
        let after = try Self.snapshot(folder, settingTimes: nil)
        #expect(after.count == before.count)
        for (path, state) in before {
            #expect(after[path] == state, "\(path) changed")
        }
    }

    /// Bytes and modification time of every entry below `folder` (links and FIFOs themselves,
    /// not what they lead to), after setting the times to `times` when given.
    static func snapshot(_ folder: URL, settingTimes times: timespec?) throws -> [String: String] {
        var result: [String: String] = [:]
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        for relative in paths {
            let path = folder.appendingPathComponent(relative).path
            if let times {
                var both = [times, times]
                #expect(utimensat(AT_FDCWD, path, &both, AT_SYMLINK_NOFOLLOW) == 0)
            }
            var info = stat()
            #expect(lstat(path, &info) == 0)
            var state = "\(info.st_mode) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            if info.st_mode & S_IFMT == S_IFREG {
                let data = FileManager.default.contents(atPath: path) ?? Data()
                state += " \(data.count) \(data.hashValue)"
            }
            result[relative] = state
        }
        return result
    }

    // MARK: Output

    struct Output {
        var files: Int
        var diagnostics: [(path: String, rule: String, message: String)]
    }

    static func decode(_ json: String) throws -> Output {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "not JSON: \(json.prefix(300))")
        let summary = try #require(object["summary"] as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        return Output(files: summary["files"] as? Int ?? -1, diagnostics: diagnostics.map {
            ($0["path"] as? String ?? "", $0["rule"] as? String ?? "", $0["message"] as? String ?? "")
        })
    }
}
