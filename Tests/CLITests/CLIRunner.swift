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
    static func runOnTerminal(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
                              executable: URL = binary) throws -> Result {
        let (master, slave) = try PseudoTerminal.open()
        let process = Self.process(arguments, in: directory, environment: environment, executable: executable)
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

    /// A run with what it cost: the child's peak resident memory and its wall time.
    struct Measured {
        var result: Result
        var peakMemoryBytes: Int
        var seconds: Double
        /// Killed after `deadline` seconds: the run hung.
        var hung: Bool

        var summary: String {
            let memory = String(format: "%.1f MiB", Double(peakMemoryBytes) / 1_048_576)
            return "exit \(result.status), \(String(format: "%.2f s", seconds)), peak \(memory)" + (hung ? ", HUNG (killed)" : "")
        }
    }

    /// `run`, measured. Output goes to files, not pipes, since it may be large; a run still going
    /// after `deadline` seconds is killed, so that a hang fails a test instead of stalling the suite.
    ///
    /// The peak memory: Linux carries a process's peak over `exec` from the memory it had before,
    /// which for a spawned child is this test process's, and tests running beside this one make
    /// that grow at any moment. So this process's peak is reset to its current size before the
    /// spawn and read again once the child is reaped: a peak from `wait4` above that second
    /// reading is the child's own; otherwise the child's own peak, polled from /proc while it
    /// ran, is taken. Measured runs take turns, since each one resets this process's peak.
    static func runMeasured(_ arguments: [String], in directory: URL, deadline: Double = 300) throws -> Measured {
        measuring.lock()
        defer { measuring.unlock() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stdoutPath = folder.appendingPathComponent("stdout").path
        let stderrPath = folder.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // The shell only changes folder and then becomes the binary.
        let argv = ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", directory.path, binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["GITHUB_ACTIONS"] = nil
        let envp = environment.map { "\($0.key)=\($0.value)" }

        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = withCStrings(argv) { argv in withCStrings(envp) { envp in posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) } }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        var status: Int32 = 0
        var usage = rusage()
        var hung = false
        var polled = 0
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            polled = max(polled, peakResidentBytes(of: String(pid)) ?? 0)
            if !hung, clock.now - start > .seconds(deadline) {
                hung = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let elapsed = clock.now - start
        // No reset happened since the spawn, so this is at least what the child inherited.
        let inherited = peakResidentBytes(of: "self") ?? 0
        // Exited: the code; killed by a signal: 128 + the signal, as shells report it.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        #if canImport(Darwin)
        let reported = Int(usage.ru_maxrss)          // bytes
        #else
        let reported = Int(usage.ru_maxrss) * 1_024  // kilobytes
        #endif
        return Measured(result: Result(status: code, stdout: read(stdoutPath), stderr: read(stderrPath)),
                        peakMemoryBytes: reported > inherited ? reported : max(polled, 1),
                        seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, hung: hung)
    }

    /// Held by one measured run at a time (see `runMeasured`).
    private static let measuring = NSLock()

    /// The peak resident memory of a process (`self` or a pid) from /proc; nil where there is none.
    private static func peakResidentBytes(of process: String) -> Int? {
        guard let status = FileManager.default.contents(atPath: "/proc/\(process)/status"),
              let line = String(decoding: status, as: UTF8.self).split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1_024
    }

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
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
