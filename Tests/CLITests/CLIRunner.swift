#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Runs the built `corpuslint` binary as a user would, from the package root.
enum CLIRunner {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// The binary next to the test bundle (SwiftPM builds it first, the test target depends on it).
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent("corpuslint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/corpuslint")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` (default: the corpuslint binary) with pipes for its output.
    static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
                    executable: URL = binary) throws -> Result {
        let process = Self.process(arguments, in: directory, environment: environment, executable: executable)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child.
        let stderr = Reader(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: stderr.text())
    }

    /// Runs the binary with its standard error on a pseudo-terminal, as when a person watches a
    /// run; `stderr` is what the terminal received.
    static func runOnTerminal(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
        let (master, slave) = try PseudoTerminal.open()
        let process = Self.process(arguments, in: directory, environment: environment, executable: binary)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        try process.run()
        close(slave)
        let terminal = Reader(FileHandle(fileDescriptor: master, closeOnDealloc: true))
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: terminal.text())
    }

    private static func process(_ arguments: [String], in directory: URL, environment: [String: String], executable: URL) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // The tests run inside GitHub Actions too, where the default format would be annotations.
        env["GITHUB_ACTIONS"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return process
    }

    /// Reads a stream to its end on a thread of its own, so two streams drain at once. A
    /// pseudo-terminal's end is an error (EIO) once the child has closed it.
    final class Reader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = read(handle.fileDescriptor, &buffer, buffer.count)
                    if count <= 0 { break }
                    data.append(contentsOf: buffer[..<count])
                }
                done.signal()
            }
        }

        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// A pseudo-terminal pair. Glibc's Swift module hides the POSIX calls behind _XOPEN_SOURCE, so
/// they are looked up in the C library by name.
enum PseudoTerminal {
    private typealias OpenMaster = @convention(c) (Int32) -> Int32
    private typealias Prepare = @convention(c) (Int32) -> Int32
    private typealias SlaveName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    private static func function<T>(_ name: String, as type: T.Type) throws -> T {
        guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, name) else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "\(name) not found"])
        }
        return unsafeBitCast(symbol, to: type)
    }

    /// The master and slave descriptors of a new pseudo-terminal.
    static func open() throws -> (master: Int32, slave: Int32) {
        let openMaster = try function("posix_openpt", as: OpenMaster.self)
        let grant = try function("grantpt", as: Prepare.self)
        let unlock = try function("unlockpt", as: Prepare.self)
        let slaveName = try function("ptsname", as: SlaveName.self)
        let master = openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0, grant(master) == 0, unlock(master) == 0, let name = slaveName(master) else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "no pseudo-terminal available"])
        }
        #if canImport(Glibc)
        let slave = Glibc.open(String(cString: name), O_RDWR | O_NOCTTY)
        #else
        let slave = Darwin.open(String(cString: name), O_RDWR | O_NOCTTY)
        #endif
        guard slave >= 0 else {
            close(master)
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "cannot open \(String(cString: name))"])
        }
        return (master, slave)
    }
}
