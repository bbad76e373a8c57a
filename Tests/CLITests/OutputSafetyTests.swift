#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// What the run writes (`--output`, `--write-baseline`, standard output) never costs a byte of
/// anything else: never an input, never a device or a FIFO replaced, never a report half written,
/// and a write error is a message, not a crash. Each case runs the built binary.
@Suite(.serialized) struct OutputSafetyTests {
    // MARK: Outputs never onto inputs

    @Test func anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("A_RES_80_35-EN.md")
        try Robustness.validDocument.write(to: document, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("report.json").path, withDestinationPath: document.path)
        let before = try Data(contentsOf: document)
        for arguments in [["--format", "json", "--output", "A_RES_80_35-EN.md", "."],
                          ["--format", "json", "--output", "report.json", "."],        // through a link
                          ["--write-baseline", "A_RES_80_35-EN.md", "."],
                          ["--format", "sarif", "--output", "./A_RES_80_35-EN.md", "A_RES_80_35-EN.md"]] {
            let result = try CLIRunner.run(["--rules", "core"] + arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("is one of the files linted"), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "the run must not start: \(result.stdout)")
            #expect(try Data(contentsOf: document) == before, "\(arguments) changed the document")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["A_RES_80_35-EN.md", "report.json"])
    }

    @Test func theRunsOwnReportIsNeverLinted() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(3, in: folder)
        // A report named like a document, inside the folder linted: created at the end, not linted.
        let first = try CLIRunner.run(["--rules", "core", "--format", "json", "--output", "report.md", "."], in: folder)
        #expect(first.status == 1)
        let report = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(Robustness.summaryFiles(report) == 3)
        // The next run would lint it and write over it: refused, the report kept.
        let second = try CLIRunner.run(["--rules", "core", "--format", "json", "--output", "report.md", "."], in: folder)
        #expect(second.status == 2)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8) == report)
        // Standard output redirected into the folder linted: the shell made the file, the run skips it.
        let redirected = try Robustness.shell("\"$CORPUSLINT\" --rules core --format json . > out.md", in: folder)
        #expect(redirected.status == 1)
        let out = try String(contentsOf: folder.appendingPathComponent("out.md"), encoding: .utf8)
        #expect(Robustness.summaryFiles(out) == 4, "3 documents and report.md, not out.md: \(out.suffix(200))")
    }

    // MARK: Regular files: whole or not at all

    @Test func aReportReplacesTheOldOneWholeAndKeepsItsMode() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(2, in: folder.appendingPathComponent("docs", isDirectory: true).creatingFolder())
        let report = folder.appendingPathComponent("report.sarif")
        try Data("old".utf8).write(to: report)
        chmod(report.path, 0o640)
        let result = try CLIRunner.run(["--rules", "core", "--format", "sarif", "--output", "report.sarif", "docs"], in: folder)
        #expect(result.status == 1)
        #expect(Robustness.json(try String(contentsOf: report, encoding: .utf8))?["runs"] != nil)
        #expect(Self.mode(report.path) == 0o640)
        // No temporary file left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["docs", "report.sarif"])

        // A read-only report: root replaces it and keeps it read-only; anyone else is refused.
        chmod(report.path, 0o444)
        let again = try CLIRunner.run(["--rules", "core", "--format", "json", "--output", "report.sarif", "docs"], in: folder)
        #expect(Self.mode(report.path) == 0o444)
        if getuid() == 0 {
            #expect(again.status == 1)
            #expect(Robustness.summaryFiles(try String(contentsOf: report, encoding: .utf8)) == 2)
        } else {
            #expect(again.status == 2)
        }
    }

    @Test func aRunKilledMidwayLeavesTheOldReportWhole() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(3_000, in: folder.appendingPathComponent("docs", isDirectory: true).creatingFolder())
        let report = folder.appendingPathComponent("report.sarif")
        // Killed at several moments: each time the report is the old one or a whole new one.
        var outcomes: [String] = []
        for delay in [0.05, 0.3, 1.0, 2.0, 3.0] {
            try Data("old report".utf8).write(to: report)
            let script = "\"$CORPUSLINT\" --rules core --format sarif --output report.sarif docs > /dev/null & pid=$!; sleep \(delay); kill -9 $pid; wait $pid; true"
            _ = try Robustness.shell(script, in: folder)
            let text = try String(contentsOf: report, encoding: .utf8)
            let whole = text == "old report" || Robustness.json(text)?["runs"] != nil
            #expect(whole, "killed after \(delay) s, the report is \(text.utf8.count) bytes and neither old nor whole")
            outcomes.append(text == "old report" ? "old" : "new")
        }
        print("output safety: kill -9 during a SARIF run over 3,000 files, report after each: \(outcomes.joined(separator: ", "))")
        // Not killed: the new report, whole.
        _ = try Robustness.shell("\"$CORPUSLINT\" --rules core --format sarif --output report.sarif docs > /dev/null", in: folder)
        let results = ((Robustness.json(try String(contentsOf: report, encoding: .utf8))?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])
        #expect(results?.count == 3_000)
    }

    // MARK: Anything else: written in place, never replaced

    @Test func aFIFOIsWrittenInPlace() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(2, in: folder)
        #expect(mkfifo(folder.appendingPathComponent("report.fifo").path, 0o644) == 0)
        let result = try Robustness.shell("cat report.fifo > received & \"$CORPUSLINT\" --rules core --format json --output report.fifo doc0.md doc1.md; "
                                          + "status=$?; wait; exit $status", in: folder)
        #expect(result.status == 1)
        #expect(Robustness.summaryFiles(try String(contentsOf: folder.appendingPathComponent("received"), encoding: .utf8)) == 2)
        var info = stat()
        #expect(lstat(folder.appendingPathComponent("report.fifo").path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
    }

    @Test func standardOutputAndProcessSubstitutionAreWrittenInPlace() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(1, in: folder)
        let stdout = try Robustness.shell("\"$CORPUSLINT\" --rules core --format json --output /dev/stdout doc0.md | cat", in: folder)
        // The report is standard output: the terminal's text is not mixed into it.
        #expect(Robustness.summaryFiles(stdout.stdout) == 1, "\(stdout.stdout)")
        let substituted = try Robustness.shell("\"$CORPUSLINT\" --rules core --format json --output >(cat > received) doc0.md; status=$?; sleep 0.3; exit $status", in: folder)
        #expect(substituted.status == 1, "\(substituted.stderr)")
        #expect(Robustness.summaryFiles(try String(contentsOf: folder.appendingPathComponent("received"), encoding: .utf8)) == 1)
    }

    @Test(.enabled("an unprivileged user (setpriv or runuser, as root)") { Robustness.nobodyCanRunBinary })
    func anUnprivilegedUserMayWriteToStandardOutputAndPipes() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(1, in: folder)
        let user = Robustness.asNobody.prefix!
        let stdout = try Robustness.shell("\(user) \"$CORPUSLINT\" --rules core --format json --output /dev/stdout doc0.md | cat", in: folder)
        #expect(Robustness.summaryFiles(stdout.stdout) == 1, "\(stdout.stdout)\(stdout.stderr)")
        let substituted = try Robustness.shell("\(user) \"$CORPUSLINT\" --rules core --format json --output >(cat > received) doc0.md; status=$?; sleep 0.3; exit $status", in: folder)
        #expect(substituted.status == 1, "\(substituted.stderr)")
        #expect(Robustness.summaryFiles((try? String(contentsOf: folder.appendingPathComponent("received"), encoding: .utf8)) ?? "") == 1)
    }

    /// As root, `/dev/null` once became a regular file: devices are tried in a private mount
    /// namespace, on device nodes made for the test, never on the machine's own.
    @Test(.enabled("a private mount namespace (unshare -m, as root)") { Robustness.privateMounts })
    func deviceNodesAreWrittenInPlaceNeverReplaced() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(2, in: folder)
        let devices = folder.appendingPathComponent("dev").path
        let script = """
            set -u
            mkdir dev && unshare -m bash -c '
              mount -t tmpfs devices dev && mknod dev/null c 1 3 && mknod dev/full c 1 7 && chmod 666 dev/null dev/full
              "$CORPUSLINT" --rules core --write-baseline dev/null . > /dev/null 2> null.err; echo "null-baseline $?"
              "$CORPUSLINT" --rules core --format json --output dev/null . > /dev/null 2>> null.err; echo "null-output $?"
              "$CORPUSLINT" --rules core --format sarif --output dev/full . > /dev/null 2> full.err; echo "full-output $?"
              "$CORPUSLINT" --rules core --write-baseline dev/full . > /dev/null 2>> full.err; echo "full-baseline $?"
              stat -c "%n %F %s" dev/null dev/full
            '
            """
        let result = try Robustness.shell(script, in: folder)
        print("output safety: device nodes in a private mount namespace:\n\(result.stdout)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("null-baseline 0") && lines.contains("null-output 1"), "\(lines) \(result.stderr)")
        #expect(lines.contains("full-output 2") && lines.contains("full-baseline 2"), "\(lines)")
        #expect(lines.contains("dev/null character special file 0"), "\(lines)")
        #expect(lines.contains("dev/full character special file 0"), "\(lines)")
        let fullErrors = try String(contentsOf: folder.appendingPathComponent("full.err"), encoding: .utf8)
        #expect(fullErrors.contains("dev/full: writing the report failed (No space left on device)"), "\(fullErrors)")
        #expect(fullErrors.contains("dev/full: writing the baseline failed (No space left on device)"), "\(fullErrors)")
        #expect(!fullErrors.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: devices + "/null"), "the namespace's mount never leaks out")
    }

    // MARK: Write errors

    @Test func aClosedPipeEndsTheRunQuietlyEvenWithSIGPIPEIgnored() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(2_000, in: folder)   // some 180 KB of text: more than a pipe holds
        for format in ["text", "json", "jsonl"] {
            // `trap '' PIPE` as systemd does for services: the write fails with EPIPE instead.
            let result = try Robustness.shell("trap '' PIPE; \"$CORPUSLINT\" --rules core --format \(format) . 2> err | head -c100 > /dev/null; "
                                              + "echo \"${PIPESTATUS[0]}\"; cat err", in: folder)
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.first == "141", "\(format): ended as if by SIGPIPE (128 + 13), got \(result.stdout.prefix(300))")
            #expect(lines.dropFirst().joined().isEmpty, "\(format): quietly, nothing on standard error: \(result.stdout.prefix(500))")
        }
    }

    @Test func aFullDiskIsAClearMessageAndExitCode2() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(3, in: folder)
        // Standard output on /dev/full is written in place, so the machine's own node is safe here.
        let result = try Robustness.shell("\"$CORPUSLINT\" --rules core . > /dev/full", in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "corpuslint: writing the output failed (No space left on device)\n", "\(result.stderr)")
    }

    @Test func aBaselineOntoAFolderOrAMissingFolderFailsBeforeTheRun() throws {
        let folder = try Robustness.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Robustness.documents(3, in: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("baselines"), withIntermediateDirectories: true)
        for (path, reason) in [("baselines", "it is a folder; name a file"), ("missing/b.txt", "the folder missing does not exist")] {
            let result = try CLIRunner.run(["--rules", "core", "--write-baseline", path, "."], in: folder)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty, "the run must not start: \(result.stdout)")
            #expect(result.stderr == "\(path): cannot write the baseline there: \(reason)\n", "\(result.stderr)")
        }
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }
}

extension URL {
    /// Creates the folder (and its parents) and returns it.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
