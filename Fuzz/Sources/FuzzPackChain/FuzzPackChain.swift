#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CorpusLint
import Foundation

/// The pack loader over real files on disk: one input is up to eight pack files (separated by a
/// line `===`), written as `p0.yml`…`p7.yml` into a project folder, with a secret file beside
/// the project. `p0.yml` is loaded as a configuration's pack, so it and every `extends` it leads
/// to must stay inside the project. Whatever the files say, loading ends in rules or in
/// positioned errors, never in a crash, and no error ever shows the secret's content.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPackChain(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let separator = Array("\n===\n".utf8)
    var files: [[UInt8]] = []
    var start = 0, index = 0
    while index + separator.count <= bytes.count, files.count < 7 {
        if Array(bytes[index..<index + separator.count]) == separator {
            files.append(Array(bytes[start..<index]))
            index += separator.count
            start = index
        } else {
            index += 1
        }
    }
    files.append(Array(bytes[start...]))

    let project = Workspace.shared.project
    for slot in 0..<8 {
        let path = project + "/p\(slot).yml"
        if slot < files.count {
            FileManager.default.createFile(atPath: path, contents: Data(files[slot]))
        } else {
            unlink(path)
        }
    }
    var limits = PackLimits()
    limits.depth = 6
    limits.files = 16
    limits.bytes = 64 << 10
    limits.rules = 200
    limits.patterns = 200
    let reference = PackReference(name: "p0.yml", file: project + "/.corpuslint.yml", confinedTo: project)
    do throws(PackErrors) {
        _ = try PackLoader.load([reference], baseDirectory: project, limits: limits)
    } catch {
        for error in error.errors {
            precondition(error.line >= 1 && error.column >= 1, "pack error without a position: \(error)")
            precondition(!error.message.contains(Workspace.secret), "an error quotes the secret: \(error)")
        }
    }
    return 0
}

/// The folders of a fuzzing process: `project/` for the packs, and `secret.yml` beside it.
final class Workspace: Sendable {
    static let shared = Workspace()
    static let secret = "SECRETMARKER"
    let project: String

    private init() {
        let root = FileManager.default.temporaryDirectory.path + "/corpuslint-fuzz-chain-\(getpid())"
        project = root + "/project"
        try? FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        // Outside the project: reachable by `extends: [../secret.yml]` were confinement to fail.
        FileManager.default.createFile(atPath: root + "/secret.yml",
                                       contents: Data("pack: \(Self.secret)\nrules:\n  - id: \(Self.secret)/x\n    kind: forbid\n    pattern: '['\n".utf8))
        FileManager.default.createFile(atPath: root + "/plain.txt", contents: Data("\(Self.secret): 1\n".utf8))
    }
}
