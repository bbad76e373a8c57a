import Foundation
import Testing

/// Sources/CPCRE2 declares PCRE2's functions, constants and callout block by hand (the library is
/// loaded at run time, so that building needs no headers). Here those declarations are compiled
/// against the real `pcre2.h` (PCRE2HeaderCheck.c): a wrong signature or value fails the build of
/// that file. Without the header (libpcre2-dev) the test is skipped and says so; on CI
/// (`CI=true`, where `.ci/run` installs the header) it fails instead.
@Suite struct PCRE2HeaderTests {
    /// The header: where the -dev packages put it, or in `PCRE2_INCLUDE_DIR`.
    static let header = ([ProcessInfo.processInfo.environment["PCRE2_INCLUDE_DIR"].map { $0 + "/pcre2.h" }].compactMap { $0 }
        + ["/usr/include/pcre2.h", "/usr/local/include/pcre2.h", "/opt/homebrew/include/pcre2.h"])
        .first { FileManager.default.fileExists(atPath: $0) }
    static let onCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()
    static let compiler = ["/usr/bin/cc", "/usr/bin/clang", "/usr/bin/gcc"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: header != nil || onCI, "pcre2.h is absent (install libpcre2-dev): CPCRE2's declarations are not checked against it"))
    func handWrittenDeclarationsMatchTheRealHeader() throws {
        let header = try #require(Self.header, "CI must have pcre2.h: .ci/run installs libpcre2-dev")
        let compiler = try #require(Self.compiler, "no C compiler to check CPCRE2 with")
        let root = Self.packageRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler)
        process.arguments = ["-fsyntax-only", "-std=gnu11", "-Werror",
                             "-I", (header as NSString).deletingLastPathComponent,
                             "-I", root.appendingPathComponent("Sources/CPCRE2/include").path,
                             "-I", root.appendingPathComponent("Sources/CPCRE2").path,
                             root.appendingPathComponent("Tests/RegexTests/PCRE2HeaderCheck.c").path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "CPCRE2 disagrees with \(header):\n\(output)")
    }

    /// The check itself must be able to fail: a deliberately wrong value is caught.
    @Test(.enabled(if: header != nil || onCI, "pcre2.h is absent (install libpcre2-dev): the check's own check is skipped"))
    func aWrongDeclarationFailsTheCheck() throws {
        let header = try #require(Self.header)
        let compiler = try #require(Self.compiler)
        let root = Self.packageRoot
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pcre2-wrong-\(UUID().uuidString).c")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            #include "\(root.appendingPathComponent("Tests/RegexTests/PCRE2HeaderCheck.c").path)"
            SAME_VALUE(CL_PCRE2_CASELESS, PCRE2_MULTILINE);
            """.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler)
        process.arguments = ["-fsyntax-only", "-std=gnu11", "-I", (header as NSString).deletingLastPathComponent,
                             "-I", root.appendingPathComponent("Sources/CPCRE2/include").path,
                             "-I", root.appendingPathComponent("Sources/CPCRE2").path, file.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
    }
}
