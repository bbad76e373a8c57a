/// A JSON-RPC 2.0 message as the language server protocol uses it.
public enum Message: Equatable, Sendable {
    /// A call that wants an answer carrying the same `id`.
    case request(id: JSON, method: String, params: JSON)
    case notification(method: String, params: JSON)
    /// The client's answer to a request of the server's.
    case response(id: JSON, result: JSON?, error: JSON?)

    /// Reads a message body; nil when it is no JSON-RPC message (answered with an error when it has an id).
    public init?(_ value: JSON) {
        if let method = value["method"]?.string {
            let params = value["params"] ?? .null
            if let id = value["id"], id != .null {
                self = .request(id: id, method: method, params: params)
            } else {
                self = .notification(method: method, params: params)
            }
        } else if let id = value["id"] {
            self = .response(id: id, result: value["result"], error: value["error"])
        } else {
            return nil
        }
    }

    /// The message as it goes on the wire (before framing).
    public var json: JSON {
        switch self {
        case let .request(id, method, params): ["jsonrpc": "2.0", "id": id, "method": .string(method), "params": params]
        case let .notification(method, params): ["jsonrpc": "2.0", "method": .string(method), "params": params]
        case let .response(id, result, error):
            if let error { ["jsonrpc": "2.0", "id": id, "error": error] } else { ["jsonrpc": "2.0", "id": id, "result": result ?? .null] }
        }
    }

    /// An answer to request `id`.
    public static func result(_ result: JSON, for id: JSON) -> Message { .response(id: id, result: result, error: nil) }

    /// A failed answer to request `id`.
    public static func failure(_ code: ErrorCode, _ message: String, for id: JSON) -> Message {
        .response(id: id, result: nil, error: ["code": .int(code.rawValue), "message": .string(message)])
    }
}

/// JSON-RPC's and the protocol's error codes (those this server sends).
public enum ErrorCode: Int, Sendable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    /// A request before `initialize`.
    case serverNotInitialized = -32002
}
