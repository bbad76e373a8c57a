import Foundation
import Testing
@testable import CorpusLint

@Suite struct FixedFileWriterTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func permissions(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func theFileIsReplacedWithItsModeAndNoTemporaryFileIsLeft() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md")
        try Data("old text \n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let outcome = FixedFileWriter.write(Array("old text\n".utf8), over: Array("old text \n".utf8), at: Array(file.path.utf8))
        #expect(outcome == .written)
        #expect(try String(contentsOf: file, encoding: .utf8) == "old text\n")
        #expect(try Self.permissions(file) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    }

    @Test func aFileChangedSinceItWasReadIsLeftAlone() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md")
        try Data("edited by a person\n".utf8).write(to: file)
        let outcome = FixedFileWriter.write(Array("fixed\n".utf8), over: Array("as read \n".utf8), at: Array(file.path.utf8))
        #expect(outcome == .changedOnDisk)
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited by a person\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    }

    @Test func aLinkStaysALinkAndItsTargetIsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.md"), link = folder.appendingPathComponent("link.md")
        try Data("x \n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(FixedFileWriter.write(Array("x\n".utf8), over: Array("x \n".utf8), at: Array(link.path.utf8)) == .written)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "x\n")
    }

    @Test func aFileThatVanishedIsNotCreated() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("gone.md")
        guard case .failed = FixedFileWriter.write(Array("x\n".utf8), over: Array("x \n".utf8), at: Array(file.path.utf8)) else {
            Issue.record("a write over a file that is gone must fail")
            return
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
