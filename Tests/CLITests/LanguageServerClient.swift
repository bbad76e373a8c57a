import Foundation

/// A minimal client of `corpuslint server` for the protocol tests: frames JSON-RPC by hand
/// (no code shared with the server), collects every message the server sends on a thread of
/// its own, and waits for the one a test wants.
final class LanguageServerClient: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let condition = NSCondition()
    private var received: [[String: Any]] = []
    private var nextID = 1

    init(_ arguments: [String] = [], debounce: Int = 50, in directory: URL) throws {
        process.executableURL = CLIRunner.binary
        process.arguments = ["server", "--debounce", String(debounce)] + arguments
        process.currentDirectoryURL = directory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.detachNewThread { [self] in readMessages() }
    }

    deinit { if process.isRunning { process.terminate() } }

    func send(_ message: [String: Any]) {
        var message = message
        message["jsonrpc"] = "2.0"
        let body = try! JSONSerialization.data(withJSONObject: message)
        input.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    /// Sends a request and returns its id.
    @discardableResult
    func request(_ method: String, _ params: [String: Any] = [:]) -> Int {
        let id = nextID
        nextID += 1
        send(["id": id, "method": method, "params": params])
        return id
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) {
        send(["method": method, "params": params])
    }

    /// The answer to request `id`.
    func response(to id: Int, timeout: Double = 20) -> [String: Any]? {
        wait(timeout: timeout) { ($0["id"] as? Int) == id && $0["method"] == nil }
    }

    /// The next message matching `matches` not yet taken; nil after `timeout` seconds.
    func wait(timeout: Double = 20, for matches: ([String: Any]) -> Bool) -> [String: Any]? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let index = received.firstIndex(where: matches) { return received.remove(at: index) }
            if !condition.wait(until: deadline) { return nil }
        }
    }

    /// The next diagnostics published for `uri`.
    func diagnostics(for uri: String, timeout: Double = 20) -> [[String: Any]]? {
        publication(for: uri, timeout: timeout)?["diagnostics"] as? [[String: Any]]
    }

    /// The next `publishDiagnostics` parameters for `uri` (with the document version they are for).
    func publication(for uri: String, timeout: Double = 20) -> [String: Any]? {
        let message = wait(timeout: timeout) {
            $0["method"] as? String == "textDocument/publishDiagnostics" && ($0["params"] as? [String: Any])?["uri"] as? String == uri
        }
        return message?["params"] as? [String: Any]
    }

    /// Initializes, as every client does first.
    func start() -> [String: Any]? {
        let id = request("initialize", ["processId": ProcessInfo.processInfo.processIdentifier, "rootUri": NSNull(), "capabilities": [:]])
        let answer = response(to: id)
        notify("initialized")
        return answer
    }

    func open(_ uri: String, text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": version, "text": text]])
    }

    /// Shuts down and exits; the server's exit status.
    func stop(shutdownFirst: Bool = true) -> Int32 {
        if shutdownFirst { _ = response(to: request("shutdown")) }
        notify("exit")
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private func readMessages() {
        var buffer = Data()
        let handle = output.fileHandleForReading
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
                guard let length = header.split(separator: "\r\n").compactMap({ line -> Int? in
                    let parts = line.split(separator: ":", maxSplits: 1)
                    return parts.count == 2 && parts[0].lowercased() == "content-length" ? Int(parts[1].trimmingCharacters(in: .whitespaces)) : nil
                }).first, buffer.count - (headerEnd.upperBound - buffer.startIndex) >= length else { break }
                let body = buffer[headerEnd.upperBound..<(headerEnd.upperBound + length)]
                buffer = Data(buffer[(headerEnd.upperBound + length)...])
                if let message = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
                    condition.lock()
                    received.append(message)
                    condition.broadcast()
                    condition.unlock()
                }
            }
        }
    }
}
