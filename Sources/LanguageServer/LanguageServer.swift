import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `corpuslint server`: the Language Server Protocol over a pair of file descriptors.
///
/// The reading thread only cuts the input into messages; every message is handled, in order,
/// on one serial queue that owns all the state (open documents, loaded rules, what was
/// published), and linting after a change waits on that queue for typing to pause.
public final class LanguageServer: @unchecked Sendable {
    let settings: ServerSettings
    private let channel: MessageChannel
    let queue = DispatchQueue(label: "corpuslint.language-server")

    // State below: on `queue` only.
    var documents = DocumentStore()
    var published: [String: Published] = [:]
    let linters: ProjectLinters
    /// Per document, a counter that a newer change bumps, so an older pending lint gives way.
    var generations: [String: Int] = [:]
    var initialized = false
    var shutdownRequested = false
    var clientWatchesFiles = false
    /// Each configuration's current load failure (by its file, "" for none), told to the user
    /// once, not at every keystroke.
    var failures: [String: LoadFailure] = [:]
    /// What is shown in configuration and pack files of their mistakes, by URI.
    var shownMistakes: [String: [JSON]] = [:]
    private var nextRequestID = 1

    public init(settings: ServerSettings, input: Int32 = 0, output: Int32 = 1) {
        self.settings = settings
        channel = MessageChannel(input: input, output: output)
        linters = ProjectLinters(settings: settings)
    }

    /// What was last published for a document, and for which version of it.
    struct Published {
        var version: Int
        var findings: [PublishedFinding]
    }

    /// Serves until `exit` or the end of the input; returns the exit code the protocol asks for
    /// (0 after `shutdown`, else 1).
    public func run() -> Int32 {
        while true {
            let body: [UInt8]?
            do {
                body = try channel.read()
            } catch {
                log("the input cannot be read as messages: \(error); stopping")
                return 1
            }
            guard let body else { break }
            guard let value = try? JSON.decode(body) else {
                send(.failure(.parseError, "the message is not JSON", for: .null))
                continue
            }
            guard let message = Message(value) else {
                send(.failure(.invalidRequest, "not a JSON-RPC request, notification or response", for: value["id"] ?? .null))
                continue
            }
            if case .notification("exit", _) = message { break }
            queue.async { self.handle(message) }
        }
        return queue.sync { shutdownRequested ? 0 : 1 }
    }

    /// One message, on `queue`.
    func handle(_ message: Message) {
        switch message {
        case let .request(id, method, params):
            if !initialized && method != "initialize" {
                send(.failure(.serverNotInitialized, "`initialize` must come first", for: id))
            } else if shutdownRequested {
                send(.failure(.invalidRequest, "the server is shutting down", for: id))
            } else {
                answer(id: id, method: method, params: params)
            }
        case let .notification(method, params):
            guard initialized || method == "exit" else { return }
            notified(method: method, params: params)
        case .response:
            // Answers to the server's own requests (registering file watchers): nothing to do.
            break
        }
    }

    private func answer(id: JSON, method: String, params: JSON) {
        switch method {
        case "initialize":
            initialized = true
            clientWatchesFiles = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool ?? false
            send(.result(Self.initializeResult, for: id))
        case "shutdown":
            shutdownRequested = true
            send(.result(.null, for: id))
        case "textDocument/hover":
            send(.result(hover(params), for: id))
        case "textDocument/codeAction":
            send(.result(.array(codeActions(params)), for: id))
        default:
            send(.failure(.methodNotFound, "corpuslint's server does not answer `\(method)`", for: id))
        }
    }

    private func notified(method: String, params: JSON) {
        switch method {
        case "initialized": registerFileWatchers()
        case "textDocument/didOpen": opened(params)
        case "textDocument/didChange": changed(params)
        case "textDocument/didSave": saved(params)
        case "textDocument/didClose": closed(params)
        case "workspace/didChangeWatchedFiles": rulesMayHaveChanged()
        default: break
        }
    }

    static let initializeResult: JSON = [
        "capabilities": [
            "positionEncoding": "utf-16",
            // Incremental: the editor sends what changed, the server keeps the whole text.
            "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
            "hoverProvider": true,
            "codeActionProvider": ["codeActionKinds": ["quickfix", .string(CodeActions.fixAllKind)]],
        ],
        "serverInfo": ["name": "corpuslint", "version": .string(CorpusLintVersion.current)],
    ]

    /// Asks the editor to report changes to configurations and packs, where it can.
    private func registerFileWatchers() {
        guard clientWatchesFiles else { return }
        let watchers: JSON = [["globPattern": "**/.corpuslint.yml"], ["globPattern": "**/*.{yml,yaml}"]]
        sendRequest("client/registerCapability", ["registrations": [[
            "id": "corpuslint-rules", "method": "workspace/didChangeWatchedFiles",
            "registerOptions": ["watchers": watchers],
        ]]])
    }

    func send(_ message: Message) { channel.write(message) }

    func notify(_ method: String, _ params: JSON) { send(.notification(method: method, params: params)) }

    private func sendRequest(_ method: String, _ params: JSON) {
        send(.request(id: .int(nextRequestID), method: method, params: params))
        nextRequestID += 1
    }

    /// Standard error: the editor's log of the server.
    func log(_ text: String) {
        let line = Array("corpuslint server: \(text)\n".utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
