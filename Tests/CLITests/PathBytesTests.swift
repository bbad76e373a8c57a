#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// Paths are bytes: a name that is not UTF-8 is linted like any other and shown escaped; odd
/// paths (one character, longer than the system allows, in a folder that cannot be entered) end
/// in the right finding or message, never in a crash. Each case runs the built binary.
@Suite(.serialized) struct PathBytesTests {
    /// `bad\xFF.md`, `bad\xFE.md`, Latin-1 `bad\xE9t\xE9.md` and `good.md`, plus a folder whose
    /// own name is not UTF-8.
    static func folderOfOddNames() throws -> URL {
        let folder = try Robustness.scratch()
        let names: [[UInt8]] = [Array("bad".utf8) + [0xFF] + Array(".md".utf8), Array("bad".utf8) + [0xFE] + Array(".md".utf8),
                                Array("bad".utf8) + [0xE9, 0x74, 0xE9] + Array(".md".utf8), Array("good.md".utf8)]
        for name in names { try write(Array("No front matter.\n".utf8), to: folder.path, name) }
        let subfolder = Array((folder.path + "/dir").utf8) + [0xFE]
        #expect(subfolder.withCString { mkdir($0, 0o755) } == 0)
        try write(Array("No front matter.\n".utf8), to: "", Array("x.md".utf8), folderBytes: subfolder)
        return folder
    }

    @Test func namesThatAreNotUTF8AreLintedAndShownEscaped() throws {
        let folder = try Self.folderOfOddNames()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try CLIRunner.run(["--rules", "core", "--format", "json", "."], in: folder)
        let report = try #require(Robustness.json(json.stdout), "\(json.stdout)")
        #expect((report["summary"] as? [String: Any])?["files"] as? Int == 5)
        let found = Set((report["diagnostics"] as? [[String: Any]] ?? []).map { "\($0["path"] as? String ?? "") \($0["rule"] as? String ?? "")" })
        #expect(found == ["bad\\xFF.md front-matter/missing", "bad\\xFE.md front-matter/missing", "bad\\xE9t\\xE9.md front-matter/missing",
                          "good.md front-matter/missing", "dir\\xFE/x.md front-matter/missing"], "\(found)")

        let text = try CLIRunner.run(["--rules", "core", "."], in: folder)
        #expect(text.stdout.contains("bad\\xFF.md:1:1: error: the file does not start"), "\(text.stdout)")
        #expect(!text.stdout.contains("\u{FFFD}"), "no name is repaired into U+FFFD")
        let sarif = try CLIRunner.run(["--rules", "core", "--format", "sarif", "."], in: folder)
        #expect(sarif.stdout.contains("\"uri\" : \"bad%5CxFF.md\""), "SARIF percent-encodes the shown name")
        let checkstyle = try CLIRunner.run(["--rules", "core", "--format", "checkstyle", "."], in: folder)
        #expect(checkstyle.stdout.contains("<file name=\"bad\\xE9t\\xE9.md\""))
    }

    @Test func namesThatAreNotUTF8CanBeNamedOnTheCommandLine() throws {
        let folder = try Self.folderOfOddNames()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Robustness.shell(#""$CORPUSLINT" --rules core --format json "$(printf 'bad\377.md')" "$(printf 'bad\351t\351.md')" "$(printf 'dir\376')""#,
                                          in: folder)
        let report = try #require(Robustness.json(result.stdout), "\(result.stdout + result.stderr)")
        let paths = (report["diagnostics"] as? [[String: Any]] ?? []).map { "\($0["path"] as? String ?? "") \($0["rule"] as? String ?? "")" }
        #expect(paths.sorted() == ["bad\\xE9t\\xE9.md front-matter/missing", "bad\\xFF.md front-matter/missing", "dir\\xFE/x.md front-matter/missing"],
                "\(paths)")
    }

    /// `deletingLastPathComponent` of Foundation trapped on a one-character string (SIGILL).
    @Test func oneCharacterPathsNeverCrash() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(2, in: folder)
        let cases: [(arguments: [String], status: Int32, stderr: String?)] = [
            (["--write-baseline", "b", "."], 0, "corpuslint: recorded 2 findings in 2 files to b\n"),
            (["--baseline", "b", "."], 0, nil),
            (["--baseline", "B", "."], 2, "B:1:1: the baseline does not exist (record one with `--write-baseline B`)\n"),
            (["--config", "c", "."], 2, "c:1:1: cannot read the configuration file (No such file or directory)\n"),
            (["--rules", "p", "."], 2, nil),
            (["--format", "json", "--output", "o", "."], 1, ""),
        ]
        for (arguments, status, stderr) in cases {
            let result = try CLIRunner.run(arguments.first == "--config" ? arguments : ["--rules", "core"] + arguments, in: folder)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            if let stderr { #expect(result.stderr == stderr, "\(arguments)") }
            #expect(!result.stderr.contains("Fatal error"), "\(arguments)")
        }
        // A one-character configuration that exists, naming a pack beside it.
        try "packs: [core]\n".write(to: folder.appendingPathComponent("c"), atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["--config", "c", "doc0.md"], in: folder).status == 1)
    }

    @Test func aPathLongerThanTheSystemAllowsIsUnreadableNotMissing() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = (0..<20).map { _ in String(repeating: "d", count: 250) }.joined(separator: "/") + "/x.md"   // over PATH_MAX (4096)
        let result = try CLIRunner.run(["--rules", "core", "--format", "json", long], in: folder)
        let report = try #require(Robustness.json(result.stdout))
        let diagnostic = try #require((report["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["rule"] as? String == "io/unreadable")
        #expect((diagnostic["message"] as? String)?.hasPrefix("the path is longer than the system allows") == true, "\(diagnostic)")
    }

    /// A folder that can be listed but not entered (`r--`): its documents are unreadable, its
    /// other files are not documents and are not mentioned. Root ignores permissions, so this
    /// runs as `nobody`.
    @Test(.enabled("an unprivileged user (setpriv or runuser, as root)") { Robustness.nobodyCanRunBinary })
    func aFolderThatCannotBeEnteredReportsOnlyItsDocuments() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let locked = try folder.appendingPathComponent("locked", isDirectory: true).creatingFolder()
        try Robustness.documents(2, in: locked)
        try Data([0x89, 0x50]).write(to: locked.appendingPathComponent("image.png"))
        try Data().write(to: locked.appendingPathComponent("notes.csv"))
        chmod(locked.path, 0o744)   // others may list (r), not enter (no x)
        let result = try Robustness.shell("\(Robustness.asNobody.prefix!) \"$CORPUSLINT\" --rules core --format json locked", in: folder)
        let report = try #require(Robustness.json(result.stdout), "\(result.stdout + result.stderr)")
        let found = (report["diagnostics"] as? [[String: Any]] ?? []).map { "\($0["path"] as? String ?? "") \($0["rule"] as? String ?? "")" }
        #expect(found.sorted() == ["locked/doc0.md io/unreadable", "locked/doc1.md io/unreadable"], "\(found)")
    }

    static func write(_ bytes: [UInt8], to folder: String, _ name: [UInt8], folderBytes: [UInt8]? = nil) throws {
        let path = (folderBytes ?? Array(folder.utf8)) + [0x2F] + name
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }
}

extension Array where Element == UInt8 {
    /// Calls `body` with the bytes as a NUL-terminated C string (a path that need not be UTF-8).
    func withCString<T>(_ body: (UnsafePointer<CChar>) -> T) -> T {
        (self + [0]).withUnsafeBufferPointer { buffer in buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }
}
