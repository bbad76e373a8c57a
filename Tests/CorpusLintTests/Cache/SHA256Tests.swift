import Foundation
import Testing
@testable import CorpusLint

@Suite struct SHA256Tests {
    /// FIPS 180-4's examples, and lengths around the 55/56/64-byte padding edges.
    @Test func knownDigests() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// The system's `sha256sum` is the judge for every length from 0 to 300 bytes and a large file.
    @Test func agreesWithSha256sum() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else {
            print("SKIPPED agreesWithSha256sum: /usr/bin/sha256sum is not installed")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-sha-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        var expected: [String: String] = [:]
        var names: [String] = []
        for length in Array(0...300) + [100_003] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let name = "f\(length)"
            try Data(bytes).write(to: folder.appendingPathComponent(name))
            expected[name] = SHA256.hex(bytes)
            names.append(name)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = names
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var checked = 0
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(expected[String(parts[1])] == String(parts[0]), "\(parts[1])")
            checked += 1
        }
        #expect(checked == names.count)
    }
}
