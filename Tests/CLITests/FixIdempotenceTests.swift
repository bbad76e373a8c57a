import Foundation
import Testing
import TestSupport

/// Fixing twice changes nothing the second time, and a fixed file lints clean for the rules
/// whose findings were fixed: over copies of the sample corpus and of the real one.
@Suite struct FixIdempotenceTests {
    /// Rules each of whose findings offers a fix (in a file the decoder did not have to repair).
    static let fixedRules = [
        "core/byte-order-mark", "core/line-endings", "core/crlf-line-endings", "text/trailing-space", "text/final-newline",
        "text/blank-lines-at-end", "extraction/glued-page-break", "extraction/page-furniture", "extraction/running-header",
        "extraction/split-paragraph",
    ]
    static let arguments = ["--fix", "--unsafe-fixes", "--rules", "un", "--rules", "text", "--format", "text", "--fail-on", "never", "."]

    @Test func theSampleCorpus() throws {
        try Self.check(CLIRunner.packageRoot.appendingPathComponent("corpus"))
    }

    @Test(.needsShared("real-corpus")) func theRealCorpus() throws {
        try Self.check(SharedFolder.url("real-corpus"))
    }

    static func check(_ source: URL) throws {
        let copy = try LintCommandTests.temporaryFolder().appendingPathComponent("corpus")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: source, to: copy)
        // The shared folder is read-only on CI: the copy must be writable to be fixed.
        try makeWritable(copy)
        // The paragraph-joining rule ships switched off: turned on here, as a keeper would, so
        // that its fix is exercised too.
        let configuration = copy.appendingPathComponent(".corpuslint.yml")
        #expect(!FileManager.default.fileExists(atPath: configuration.path), "the corpus brings no configuration of its own")
        try "severity:\n  extraction/split-paragraph: warning\n".write(to: configuration, atomically: true, encoding: .utf8)
        let original = try snapshot(copy)

        let first = try CLIRunner.run(arguments, in: copy)
        #expect(first.status == 0, Comment(rawValue: first.stderr))
        let once = try snapshot(copy)
        let changed = Set(once.keys.filter { once[$0] != original[$0] })
        #expect(!changed.isEmpty, "the corpus has damage to fix")

        let second = try CLIRunner.run(arguments, in: copy)
        #expect(try snapshot(copy) == once, "a second --fix changes nothing")
        #expect(second.stderr.contains("fixed 0 findings in 0 files"), Comment(rawValue: second.stderr))
        let diff = try CLIRunner.run(["--diff", "--unsafe-fixes", "--rules", "un", "--rules", "text", "."], in: copy)
        #expect(diff.status == 0 && diff.stdout.isEmpty, "no finding left offers a fix")

        // Files the decoder repaired get no fix; every other fixed file is clean for the fixed rules.
        let lines = second.stdout.split(separator: "\n").map(String.init)
        let repaired = Set(lines.filter { $0.hasSuffix("[core/encoding]") }.compactMap { $0.split(separator: ":").first.map(String.init) })
        let left = lines.filter { line in
            guard let path = line.split(separator: ":").first.map(String.init), changed.contains(path), !repaired.contains(path) else { return false }
            return fixedRules.contains { line.hasSuffix("[\($0)]") }
        }
        #expect(left.isEmpty, Comment(rawValue: left.prefix(10).joined(separator: "\n")))
    }

    /// Every file's bytes, by path relative to `folder`.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    static func makeWritable(_ folder: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            try FileManager.default.setAttributes([.posixPermissions: isFolder.boolValue ? 0o755 : 0o644], ofItemAtPath: path)
        }
    }
}
