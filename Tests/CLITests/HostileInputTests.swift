#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The hostile-input catalogue: files and folders a corpus of third-party extracts may hold, run
/// through the real binary with the shipped UN pack. Each case is a clean document (every field
/// the pack requires, a body it accepts) with one hostile part, and must end in exactly the
/// findings that part calls for (exit 0 or 1), every path counted in the summary. Each run's
/// peak memory is bounded by a figure measured on it, with a margin under 2×, so that a run
/// needing twice the memory fails; the figures are printed.
///
/// Big inputs are generated in a temporary folder at test time; nothing large is committed.
@Suite(.serialized) struct HostileInputTests {
    static let mebibyte = 1 << 20

    // MARK: Small cases, one folder, one run

    /// The front matter of a clean extract; `record` keeps each case's record id its own (the
    /// pack reports a record id two documents share).
    static func catalogue(_ record: Int) -> String {
        """
        symbol: A/RES/80/1
        record_id: "\(4_000_000 + record)"
        title: "Implementation of the Convention"
        date: "2025-12-03"
        language: EN
        source_pdf: https://digitallibrary.un.org/record/\(4_000_000 + record)/files/A_RES_80_1-EN.pdf
        extract_version: "1.1.0"
        extracted_at: "2026-02-28T16:10:31Z"

        """
    }

    /// A body the UN pack accepts (lines 11 to 24 under `catalogue`).
    static let body = """

        United Nations

        General Assembly Distr.: General 3 December 2025

        Eightieth session

        Resolution adopted by the General Assembly on 1 December 2025

        80/1. Implementation of the Convention

        The General Assembly,

        1. Decides to remain seized of the matter.

        """

    /// A clean document, with `fields` for the catalogue's when given.
    static func document(_ record: Int, fields: String? = nil, body: String = body) -> String {
        "---\n" + (fields ?? catalogue(record)) + "---\n" + body
    }

    /// Each small case: its bytes, and exactly the findings it must give, as `rule@line`.
    static let smallCases: [(name: String, bytes: [UInt8], findings: Set<String>)] = [
        ("clean.md", text(document(0)), []),
        // Nothing at all: no body either.
        ("empty.md", [], ["core/empty-file@1", "core/empty-body@1"]),
        ("bom-only.md", [0xEF, 0xBB, 0xBF], ["core/byte-order-mark@1", "core/empty-file@1", "core/empty-body@1"]),
        ("no-front-matter.md", text(body), ["front-matter/missing@1"]),
        ("unterminated.md", text("---\n" + catalogue(1) + body), ["front-matter/unterminated@1"]),
        ("empty-front-matter.md", text("---\n---\n" + body), ["front-matter/not-a-mapping@1"]),
        ("list-front-matter.md", text("---\n- a\n- b\n---\n" + body), ["front-matter/not-a-mapping@2"]),
        ("scalar-front-matter.md", text("---\njust words\n---\n" + body), ["front-matter/not-a-mapping@2"]),
        ("malformed-yaml.md", text(document(2, fields: catalogue(2) + "note: [unclosed\nextra: }\n")), ["front-matter/syntax@11"]),
        ("tab-indented.md", text(document(3, fields: catalogue(3) + "note:\n\tvalue: 1\n")), ["front-matter/syntax@11"]),
        ("duplicate-keys.md", text(document(4, fields: catalogue(4) + "symbol: A/RES/80/2\n")), ["front-matter/duplicate-key@10"]),
        // A binary symbol is no symbol; the other tags change nothing of the text.
        ("tags.md", text(document(5, fields: catalogue(5).replacingOccurrences(of: "symbol: A/RES/80/1", with: "symbol: !!binary QS9SRVMvODAvMQ==")
            .replacingOccurrences(of: "record_id: \"", with: "record_id: !!int \"").replacingOccurrences(of: "language: EN", with: "language: !custom EN"))),
         ["symbol/format@2"]),
        // `<<` is an ordinary key in YAML 1.2: nothing merged, nothing wrong.
        ("merge-keys.md", text(document(6, fields: catalogue(6) + "base: &base {language: FR}\nmeta:\n  <<: *base\n  date: 2025-02-30\n")), []),
        ("several-documents.md", text(document(7, fields: catalogue(7) + "--- second\n")), ["front-matter/syntax@10"]),
        // Aliases are kept as references, never expanded: a billion laughs costs ten nodes.
        ("alias-bomb.md", text(document(8, fields: catalogue(8) + aliasBomb())), []),
        ("deep-flow.md", text(document(9, fields: catalogue(9) + "note: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n")),
         ["front-matter/syntax@10"]),
        ("deep-block.md", text(document(10, fields: catalogue(10) + (0..<2_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined())),
         ["front-matter/syntax@266"]),
        // Invalid UTF-8 once per place; the title decoded with U+FFFD no longer matches the body's title line.
        ("invalid-utf8-front-matter.md", bytes(document(11), replacing: "Implementation of", with: text("Implementation") + [0xFF, 0xFE] + text(" of")),
         ["core/encoding@4", "front-matter/title-mismatch@20"]),
        ("invalid-utf8-body.md", bytes(document(12), replacing: "Decides to", with: text("Decides ") + [0xC3, 0x28, 0xA0, 0xA1, 0xF0, 0x28, 0x8C, 0xBC] + text(" to")),
         ["core/encoding@24"]),
        // UTF-16 is not a text this tool reads: one finding, and no body.
        ("utf16-le.md", [0xFF, 0xFE] + Array(document(13).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), ["core/encoding@1", "core/empty-body@1"]),
        ("utf16-be.md", [0xFE, 0xFF] + Array(document(14).utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), ["core/encoding@1", "core/empty-body@1"]),
        ("crlf.md", text(document(15).replacingOccurrences(of: "\n", with: "\r\n")), ["core/crlf-line-endings@1"]),
        ("cr-only.md", text(document(16).replacingOccurrences(of: "\n", with: "\r")), ["core/line-endings@1"]),
        ("nul-bytes.md", text(document(17).replacingOccurrences(of: "Decides to", with: "Deci\u{0}des to")), ["core/encoding@24"]),
        ("controls.md", text(document(18).replacingOccurrences(of: "Decides to", with: "Decides\u{1}\u{1B}[31m to")), ["core/control-character@24"]),
        ("big-numbers.md", text(document(19, fields: catalogue(19)
            .replacingOccurrences(of: "record_id: \"4000019\"", with: "record_id: 123456789012345678901234567890123456789")
            .replacingOccurrences(of: "extract_version: \"1.1.0\"", with: "extract_version: 1e999999") + "session: -99999999999999999999999999999\n",
            body: body + """
            99999999999999999999999999999. Decides;
            18446744073709551616. Requests;
            (mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm) Invites;
            Word99999999999999999999 and[^99999999999999999999999].

            [^99999999999999999999999]: A note.

            """)),
         ["front-matter/type@3", "front-matter/record-id-mismatch@3", "front-matter/type@8", "footnote/numbering@31", "footnote/unreferenced-definition@31"]),
        // The impossible dates of the front matter and the one the distribution line gives.
        ("absurd-dates.md", text(document(20, fields: catalogue(20)
            .replacingOccurrences(of: "date: \"2025-12-03\"", with: "date: 99999999999-99-99")
            .replacingOccurrences(of: "extracted_at: \"2026-02-28T16:10:31Z\"", with: "extracted_at: 2025-02-30T25:61:61Z"),
            body: body.replacingOccurrences(of: "Distr.: General 3 December 2025", with: "Distr.: General 31 February 2025")
                .replacingOccurrences(of: "on 1 December 2025", with: "on 99999999999999999999 December 99999999999999999999"))),
         ["front-matter/type@5", "date/invalid@9", "date/invalid@14"]),
        // A joiner inside the symbol, a soft hyphen inside a key, bidirectional marks in the body.
        ("invisible-characters.md", text(document(21, fields: catalogue(21).replacingOccurrences(of: "A/RES/80/1\n", with: "A/RES/80/1\u{200D}\n")
            .replacingOccurrences(of: "language:", with: "lan\u{00AD}guage:"),
            body: body.replacingOccurrences(of: "1. Decides", with: "\u{202E}1. Decides\u{200F}").replacingOccurrences(of: "The General", with: "\u{2028}The\u{FEFF} General"))),
         ["symbol/format@2", "front-matter/required@1"]),
        ("full-width.md", text(document(22, fields: catalogue(22).replacingOccurrences(of: "symbol: A/RES/80/1", with: "symbol: Ａ/ＲＥＳ/８０/１"),
            body: body.replacingOccurrences(of: "1. Decides to remain seized of the matter.", with: "１．Ｄｅｃｉｄｅｓ；\n２．Ｒｅｑｕｅｓｔｓ；"))),
         ["symbol/format@2"]),
        ("gap.md", text(document(23, body: body + "\n2. Requests;\n\n4. Invites;\n")), ["numbering/gap@28"]),
    ]

    /// A billion laughs: ten levels of nine aliases each.
    static func aliasBomb() -> String {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1..<10 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        return yaml
    }

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    /// `string` as UTF-8 with its first `marker` replaced by raw bytes (which may be no UTF-8).
    static func bytes(_ string: String, replacing marker: String, with raw: [UInt8]) -> [UInt8] {
        guard let range = string.range(of: marker) else { return text(string) }
        return text(String(string[..<range.lowerBound])) + raw + text(String(string[range.upperBound...]))
    }

    /// Peak memory of the run over all small cases, measured at 37 MiB (debug build, 2 cores;
    /// polled from /proc, when the test process is the larger, it reads as low as 28 MiB).
    static let smallCasesPeak = 52 * mebibyte
    /// Peak memory of a run over a few small files, measured at 25 to 27 MiB.
    static let smallRunPeak = 38 * mebibyte

    @Test func eachSmallCaseGivesExactlyItsOwnFindings() throws {
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
        for (name, _, findings) in Self.smallCases {
            let found = Set(output.diagnostics.filter { $0.path == name }.map { "\($0.rule)@\($0.line)" })
            #expect(found == findings, "\(name)")
        }
        #expect(run.peakMemoryBytes < Self.smallCasesPeak, "\(run.summary)")
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
        #expect(walked.peakMemoryBytes < Self.smallRunPeak, "\(walked.summary)")
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
        #expect(run.peakMemoryBytes < Self.smallRunPeak, "the file was not read: \(run.summary)")

        let lowered = try CLIRunner.runMeasured(["--rules", "un", "--format", "json", "--max-file-size", "20", "small.md"], in: folder)
        #expect(try Self.decode(lowered.result.stdout).diagnostics.map(\.rule) == ["io/too-large"])
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
        #expect(run.peakMemoryBytes < Self.smallRunPeak, "\(run.summary)")
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
        var diagnostics: [(path: String, line: Int, rule: String, message: String)]
    }

    static func decode(_ json: String) throws -> Output {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "not JSON: \(json.prefix(300))")
        let summary = try #require(object["summary"] as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        return Output(files: summary["files"] as? Int ?? -1, diagnostics: diagnostics.map {
            ($0["path"] as? String ?? "", $0["line"] as? Int ?? 0, $0["rule"] as? String ?? "", $0["message"] as? String ?? "")
        })
    }
}
